// Kopano's (and Zarafa's) StoreLogoff, written from its documented behaviour, with the
// conformance kit's JSON Lines main (adapter.h): StoreLogoff returns success and does nothing
// else. It checks neither the flags nor the pointer, leaves *lpulFlags as it was, and the store
// never calls StoreLogoffTransports, not at the final Release either.
//
// The kit reports it consistent with no reading: it diverges at the final release (IMPL-2).
#include <atomic>

#include "adapter.h"
#include "mapi.h"

class KopanoStore final : public IMsgStore {
public:
    ULONG AddRef() override { return ++refs_; }

    ULONG Release() override {
        ULONG left = --refs_;
        if (left == 0) delete this;  // no StoreLogoffTransports
        return left;
    }

    HRESULT StoreLogoff(ULONG* /*lpulFlags*/) override { return S_OK; }

private:
    std::atomic<ULONG> refs_{1};
};

int main() {
    return adapter::serve("Kopano (C++ re-creation of its StoreLogoff)",
                          [](IMAPISupport*) -> IMsgStore* { return new KopanoStore(); });
}
