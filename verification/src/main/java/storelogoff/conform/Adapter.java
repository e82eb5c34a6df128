package storelogoff.conform;

import java.util.List;

import storelogoff.model.Step;
import storelogoff.trace.Expectation;

/**
 * The kit's side of an implementation under test: a process speaking the JSON Lines protocol
 * ({@link ProcessAdapter}) or a Java {@link StoreAdapter} in process ({@link JavaAdapter}).
 */
public interface Adapter extends AutoCloseable {

    Hello hello();

    /**
     * Runs one scenario: a fresh store with {@code clients} clients, then {@code steps} in
     * order. Returns what the implementation observed at each step, as it said so; the fields
     * are those of the hello. {@code where} names the scenario in failures.
     */
    List<Expectation> run(String where, int clients, boolean defaultInbox, List<Step> steps) throws AdapterFailure;

    /** Ends the implementation (a process is always ended, whatever state it is in). */
    @Override
    void close();
}
