// A re-creation of the logoff path of Microsoft's Sample Message Store (MAPI SDK), written from
// its documented behaviour, with the conformance kit's JSON Lines main (adapter.h).
//
// - StoreLogoff checks the pointer, saves *lpulFlags as it is (no check for zero, several or
//   unknown flags), writes LOGOFF_COMPLETE back and returns S_OK; a later call overwrites.
// - The saved flags start as LOGOFF_ABORT, for a client that never calls StoreLogoff (IMPL-4).
// - The final Release calls StoreLogoffTransports with the saved flags through the support
//   object and ignores its answer (IMPL-1, IMPL-2), then the store goes away.
//
// The kit reports it consistent with the reading lenient-flags+output-complete.
#include <mutex>

#include "adapter.h"
#include "mapi.h"

class SampleStore final : public IMsgStore {
public:
    explicit SampleStore(IMAPISupport* support) : support_(support) {}

    ULONG AddRef() override {
        std::lock_guard<std::mutex> lock(cs_);
        return ++refs_;
    }

    ULONG Release() override {
        ULONG left;
        {
            std::lock_guard<std::mutex> lock(cs_);
            left = --refs_;
        }
        if (left == 0) {
            Neuter();
            delete this;
        }
        return left;
    }

    HRESULT StoreLogoff(ULONG* lpulFlags) override {
        if (lpulFlags == nullptr) return MAPI_E_INVALID_PARAMETER;
        std::lock_guard<std::mutex> lock(cs_);
        flagsForTransports_ = *lpulFlags;  // saved verbatim; the last call wins
        *lpulFlags = LOGOFF_COMPLETE;
        return S_OK;
    }

private:
    // The final release: the transports learn how to log off, with the flags StoreLogoff saved.
    void Neuter() {
        ULONG flags = flagsForTransports_;
        (void)support_->StoreLogoffTransports(&flags);  // its answer is ignored, as the sample store does
    }

    std::mutex cs_;
    ULONG refs_ = 1;
    ULONG flagsForTransports_ = LOGOFF_ABORT;
    IMAPISupport* support_;
};

int main() {
    return adapter::serve("Microsoft sample store (C++ re-creation of its logoff path)",
                          [](IMAPISupport* support) -> IMsgStore* { return new SampleStore(support); });
}
