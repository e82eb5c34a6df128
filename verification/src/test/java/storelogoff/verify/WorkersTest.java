package storelogoff.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.FutureTask;

import org.junit.jupiter.api.Test;

/** A worker's result, or what it threw, as it was thrown. */
class WorkersTest {

    @Test
    void theResultOrTheWorkersExceptionAsThrown() {
        assertThat(Workers.await(CompletableFuture.completedFuture(7))).isEqualTo(7);
        IllegalArgumentException bad = new IllegalArgumentException("bad");
        assertThatThrownBy(() -> Workers.await(CompletableFuture.failedFuture(bad))).isSameAs(bad);
        OutOfMemoryError oom = new OutOfMemoryError("heap");
        assertThatThrownBy(() -> Workers.await(CompletableFuture.failedFuture(oom))).isSameAs(oom);
        IOException io = new IOException("disk");
        assertThatThrownBy(() -> Workers.await(CompletableFuture.failedFuture(io)))
                .isInstanceOf(IllegalStateException.class).hasCause(io);
    }

    @Test
    void anInterruptedWaitKeepsTheInterrupt() {
        FutureTask<Integer> never = new FutureTask<>(() -> 1);
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> Workers.await(never)).isInstanceOf(IllegalStateException.class).hasMessage("interrupted");
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }
}
