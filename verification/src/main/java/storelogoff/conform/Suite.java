package storelogoff.conform;

import java.util.Locale;

/** The four suites of the kit, in the order they run (docs/implementers.md, "Running the kit"). */
public enum Suite {
    /** A shortest scenario firing each row of the transition table the adapter's steps reach. */
    ROWS,
    /** A shortest scenario for each pair of rows that can fire one right after the other. */
    PAIRS,
    /** For readings that differ in one point, the shortest scenario that tells them apart. */
    READINGS,
    /** Model-guided random walks; a divergence is shrunk to a shortest failing scenario. */
    WALKS;

    /** {@code rows}, {@code pairs}, ... */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The suite named {@code key}, or null. */
    public static Suite byKey(String key) {
        for (Suite s : values()) {
            if (s.key().equals(key.strip().toLowerCase(Locale.ROOT))) return s;
        }
        return null;
    }
}
