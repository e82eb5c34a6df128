package storelogoff.verify;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for a worker thread's result. */
public final class Workers {
    private Workers() {}

    /** The result, or what the worker threw, as it was thrown: an OutOfMemoryError stays one (exit 3, not a verdict). */
    public static <T> T await(Future<T> f) {
        try {
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
