package storelogoff.verify.diff;

import java.util.Optional;

import storelogoff.model.Reading;
import storelogoff.verify.Bounds;

/**
 * The outcome of comparing two readings within bounds: the shortest distinguishing scenario,
 * or none, with how many pairs of worlds the search visited.
 */
public record Comparison(Reading a, Reading b, Bounds bounds, Optional<Distinction> distinction, int pairsVisited) {

    /** The distinguishing scenario, or a comment line saying there is none within bounds. */
    public String report() {
        return distinction.map(Distinction::scenario).orElseGet(() -> "# Readings " + a + " and " + b
                + " behave the same within " + bounds + " (" + pairsVisited + " pairs of worlds explored)\n");
    }
}
