package storelogoff.conform.lincheck;

import storelogoff.conform.reference.ReferenceStore;

/** The reference store's operations for Lincheck. */
public final class ReferenceStoreOps extends StoreOps {
    public ReferenceStoreOps() {
        super(support -> {
            ReferenceStore s = new ReferenceStore(support);
            return new Store(s::addRef, s::release, s::storeLogoff);
        });
    }
}
