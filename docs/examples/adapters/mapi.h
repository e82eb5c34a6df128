// The few MAPI declarations the example stores need, with the values of Microsoft's headers
// (MAPIDefS.h, MAPICode.h). Not the real headers: just enough to write StoreLogoff and Release
// the way a message store provider does, and to compile anywhere with a C++17 compiler.
#pragma once
#include <cstdint>

using ULONG = std::uint32_t;
using HRESULT = std::int32_t;

constexpr HRESULT S_OK = 0;
constexpr HRESULT MAPI_E_INVALID_PARAMETER = static_cast<HRESULT>(0x80070057);
constexpr HRESULT MAPI_E_UNKNOWN_FLAGS = static_cast<HRESULT>(0x80040106);
constexpr HRESULT MAPI_E_INVALID_OBJECT = static_cast<HRESULT>(0x80040108);
constexpr HRESULT MAPI_E_NO_SUPPORT = static_cast<HRESULT>(0x80040102);

// StoreLogoff's input flags: one per call.
constexpr ULONG LOGOFF_NO_WAIT = 0x00000001;
constexpr ULONG LOGOFF_ORDERLY = 0x00000002;
constexpr ULONG LOGOFF_PURGE = 0x00000004;
constexpr ULONG LOGOFF_ABORT = 0x00000008;
constexpr ULONG LOGOFF_QUIET = 0x00000010;
// Output flags.
constexpr ULONG LOGOFF_COMPLETE = 0x00010000;
constexpr ULONG LOGOFF_INBOUND = 0x00020000;
constexpr ULONG LOGOFF_OUTBOUND = 0x00040000;
constexpr ULONG LOGOFF_OUTBOUND_QUEUE = 0x00080000;

// The part of IMAPISupport a store calls at logoff: MAPI's support object, handed to the store
// at logon. The spooler behind it decides what happens to the transports.
struct IMAPISupport {
    virtual HRESULT StoreLogoffTransports(ULONG* lpulFlags) = 0;
    virtual ~IMAPISupport() = default;
};

// The part of IMsgStore (and IUnknown) that logoff involves.
struct IMsgStore {
    virtual ULONG AddRef() = 0;
    virtual ULONG Release() = 0;
    virtual HRESULT StoreLogoff(ULONG* lpulFlags) = 0;

protected:
    virtual ~IMsgStore() = default;  // released, never deleted by its callers
};
