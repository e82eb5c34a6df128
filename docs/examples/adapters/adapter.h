// The conformance kit's adapter for a C++ store: speaks the JSON Lines protocol on stdin and
// stdout (docs/conformance/protocol.md) and drives one IMsgStore per scenario. It plays the
// store's clients (each client's references are its pointers: a client holding none has no
// pointer to call with) and MAPI's support object, recording StoreLogoffTransports.
//
// The kit's messages are one compact JSON object a line with known members, so a few lines of
// scanning read them; no JSON library is needed. Answers are buffered and flushed only when
// no further message is waiting, so a batch of steps costs one write.
#pragma once
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <iostream>
#include <string>
#include <vector>

#include "mapi.h"

namespace adapter {

// The support object: records the StoreLogoffTransports call of the current step.
class RecordingSupport final : public IMAPISupport {
public:
    HRESULT StoreLogoffTransports(ULONG* lpulFlags) override {
        called = true;
        flags = lpulFlags ? *lpulFlags : 0;
        if (lpulFlags) *lpulFlags = LOGOFF_COMPLETE;
        return S_OK;
    }
    bool called = false;
    ULONG flags = 0;
};

// The raw text of member `key` of a one-line JSON object ("" when absent): a number, true,
// false, null, or a string without its quotes.
inline std::string member(const std::string& line, const char* key) {
    std::string pattern = std::string("\"") + key + "\":";
    std::size_t at = line.find(pattern);
    if (at == std::string::npos) return "";
    at += pattern.size();
    while (at < line.size() && line[at] == ' ') at++;
    if (at < line.size() && line[at] == '"') {
        std::size_t end = line.find('"', at + 1);
        return line.substr(at + 1, end - at - 1);
    }
    std::size_t end = line.find_first_of(",}", at);
    return line.substr(at, end - at);
}

inline const char* hresult_name(HRESULT hr) {
    switch (hr) {
        case S_OK: return "S_OK";
        case MAPI_E_INVALID_PARAMETER: return "MAPI_E_INVALID_PARAMETER";
        case MAPI_E_UNKNOWN_FLAGS: return "MAPI_E_UNKNOWN_FLAGS";
        case MAPI_E_INVALID_OBJECT: return "MAPI_E_INVALID_OBJECT";
        case MAPI_E_NO_SUPPORT: return "MAPI_E_NO_SUPPORT";
        default: return nullptr;
    }
}

// Serves the kit until its input ends. `make` creates a store holding one reference.
inline int serve(const char* implementation, const std::function<IMsgStore*(IMAPISupport*)>& make) {
    std::ios::sync_with_stdio(false);
    std::string out;
    out += std::string("{\"protocol\":1,\"implementation\":\"") + implementation +
           "\",\"steps\":[\"addref\",\"release\",\"logoff\"],\"fields\":[\"result\",\"out\",\"refs\",\"transports\"]}\n";
    std::fwrite(out.data(), 1, out.size(), stdout);
    std::fflush(stdout);
    out.clear();

    RecordingSupport support;
    IMsgStore* store = nullptr;  // null once the final Release has destroyed it
    ULONG storeRefs = 0;         // what the store's AddRef and Release last returned
    std::vector<ULONG> refs;     // per client: the references it holds (its pointers)

    std::string line;
    while (std::getline(std::cin, line)) {
        std::string n = member(line, "n");
        if (line.find("\"reset\":") != std::string::npos) {
            // A fresh store: client 1 holds the reference its creation returned.
            while (store != nullptr && storeRefs > 0) storeRefs = store->Release();
            int clients = std::atoi(member(line, "clients").c_str());
            refs.assign(clients > 0 ? clients : 1, 0);
            store = make(&support);
            storeRefs = 1;
            refs[0] = 1;
            out += "{\"n\":" + n + ",\"ready\":true}\n";
        } else {
            std::string step = member(line, "step");
            int client = std::atoi(member(line, "client").c_str());
            ULONG* mine = client >= 1 && client <= static_cast<int>(refs.size()) ? &refs[client - 1] : nullptr;
            bool holds = store != nullptr && mine != nullptr && *mine > 0;
            support.called = false;
            HRESULT hr = S_OK;
            std::string written = "null";
            if (step == "addref") {
                if (store == nullptr || mine == nullptr) {
                    hr = MAPI_E_INVALID_OBJECT;
                } else {
                    storeRefs = store->AddRef();
                    ++*mine;
                }
            } else if (step == "release") {
                if (!holds) {
                    hr = MAPI_E_INVALID_OBJECT;
                } else {
                    --*mine;
                    storeRefs = store->Release();
                    if (storeRefs == 0) store = nullptr;
                }
            } else if (step == "logoff") {
                if (!holds) {
                    hr = MAPI_E_INVALID_OBJECT;
                } else {
                    std::string flags = member(line, "flags");
                    if (flags == "null") {
                        hr = store->StoreLogoff(nullptr);
                    } else {
                        ULONG value = static_cast<ULONG>(std::strtoul(flags.c_str(), nullptr, 10));
                        hr = store->StoreLogoff(&value);
                        if (hr == S_OK) written = std::to_string(value);
                    }
                }
            } else {
                out += "{\"n\":" + n + ",\"error\":\"this adapter cannot make step '" + step + "'\"}\n";
                continue;
            }
            const char* name = hresult_name(hr);
            out += "{\"n\":" + n + ",\"observed\":{\"result\":";
            out += name ? "\"" + std::string(name) + "\"" : std::to_string(hr);
            out += ",\"out\":" + written + ",\"refs\":" + std::to_string(store ? storeRefs : 0) + ",\"transports\":";
            out += support.called ? std::to_string(support.flags) : "null";
            out += "}}\n";
        }
        // Flush once no further message is waiting: a batch of steps costs one write.
        if (std::cin.rdbuf()->in_avail() <= 0) {
            std::fwrite(out.data(), 1, out.size(), stdout);
            std::fflush(stdout);
            out.clear();
        }
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
    std::fflush(stdout);
    while (store != nullptr && storeRefs > 0) storeRefs = store->Release();
    return 0;
}

}  // namespace adapter
