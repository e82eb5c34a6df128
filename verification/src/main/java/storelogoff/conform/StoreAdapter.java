package storelogoff.conform;

import storelogoff.model.Step;

/**
 * A store implementation written in Java, driven by the conformance kit in process
 * ({@link ConformanceSuite}). One instance serves a whole run; {@link #reset} starts each
 * scenario from a fresh store. Callers of the store are numbered clients 1..N: the adapter
 * keeps each client's references, so that a client holding none has no pointer to call with
 * (its calls fail with MAPI_E_INVALID_OBJECT, as the model's do) and an {@code addref} by it
 * opens the store. docs/implementers.md shows a whole adapter.
 */
public interface StoreAdapter extends AutoCloseable {

    /** The implementation's name, the steps it can make and the fields it reports. */
    Hello hello();

    /** A fresh store: OPEN, client 1 holding one reference, nothing queued; {@code defaultInbox}: it holds the default Inbox. */
    void reset(int clients, boolean defaultInbox);

    /**
     * Makes {@code step} happen (a client call by {@code step.client()}, or a transport or spooler
     * event) and reports every field of {@link #hello()} into {@code answer}.
     */
    void step(Step step, Answer answer);

    @Override
    default void close() {
    }
}
