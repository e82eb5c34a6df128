package storelogoff.conform.lincheck;

/** {@link RacyStore}'s operations for Lincheck, the same as {@link ReferenceStoreOps}'. */
public final class RacyStoreOps extends StoreOps {
    public RacyStoreOps() {
        super(support -> {
            RacyStore s = new RacyStore(support);
            return new Store(s::addRef, s::release, s::storeLogoff);
        });
    }
}
