package storelogoff.verify.walk;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Zeller and Hildebrandt's ddmin: reduces a failing list to a 1-minimal one (removing any single
 * element makes it pass) by testing ever finer chunks and their complements.
 */
public final class DeltaDebugging {
    private DeltaDebugging() {}

    /**
     * Returns a sublist of {@code failing} (order kept) for which {@code fails} still holds and
     * from which no single element can be removed. {@code fails} must hold for {@code failing}.
     */
    public static <T> List<T> ddmin(List<T> failing, Predicate<List<T>> fails) {
        List<T> current = List.copyOf(failing);
        int n = 2;
        while (current.size() >= 2) {
            List<List<T>> chunks = split(current, Math.min(n, current.size()));
            List<T> next = null;
            for (List<T> chunk : chunks) {
                if (fails.test(chunk)) {
                    next = chunk;
                    n = 2;
                    break;
                }
            }
            if (next == null && chunks.size() > 2) {
                for (int i = 0; i < chunks.size() && next == null; i++) {
                    List<T> complement = complement(chunks, i);
                    if (fails.test(complement)) {
                        next = complement;
                        n = Math.max(n - 1, 2);
                    }
                }
            }
            if (next != null) {
                current = next;
            } else if (chunks.size() >= current.size()) {
                break; // single elements tried: 1-minimal
            } else {
                n = Math.min(current.size(), 2 * chunks.size());
            }
        }
        if (current.size() == 1 && fails.test(List.of())) return List.of();
        return current;
    }

    /** {@code list} cut into {@code n} contiguous chunks of nearly equal size. */
    private static <T> List<List<T>> split(List<T> list, int n) {
        List<List<T>> chunks = new ArrayList<>(n);
        int start = 0;
        for (int i = 0; i < n; i++) {
            int end = start + (list.size() - start) / (n - i);
            chunks.add(List.copyOf(list.subList(start, end)));
            start = end;
        }
        return chunks;
    }

    private static <T> List<T> complement(List<List<T>> chunks, int skip) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) if (i != skip) out.addAll(chunks.get(i));
        return out;
    }
}
