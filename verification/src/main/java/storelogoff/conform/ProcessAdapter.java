package storelogoff.conform;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonGenerator;

import storelogoff.model.Step;
import storelogoff.trace.Expectation;
import storelogoff.scenario.ObservedField;

/**
 * An implementation under test as a process speaking the JSON Lines protocol on its stdin and
 * stdout ({@link Protocol}). Steps are written in batches and their answers read back in order,
 * so a round trip through the pipes is paid per batch, not per step. Every answer has a
 * deadline: a watchdog ends the process when it passes. Whatever happens (an answer, a
 * failure, the JVM shutting down on Ctrl-C) the process and its children are ended.
 */
public final class ProcessAdapter implements Adapter {
    /** Steps written before their answers are read: small enough that neither pipe can fill up (64 KiB). */
    private static final int BATCH = 64;
    private static final int TAIL_LINES = 10;
    private static final int TAIL_CHARS = 300;

    private final String command;
    private final Process process;
    private final BufferedReader in;
    private final BufferedWriter out;
    private final JsonGenerator json;
    private final long timeoutNanos;
    private final Deque<String> stderr = new ArrayDeque<>();
    private final Thread stderrReader;
    private final Thread watchdog;
    private final Thread shutdownHook;
    private final Hello hello;
    private final Answer answer = new Answer();

    /** The deadline of the answer being read (System.nanoTime), 0 when none is awaited. */
    private volatile long deadline;
    private volatile boolean timedOut;
    private volatile boolean closed;
    /** The number of the next message: every reset and step has one, echoed by its answer. */
    private long next;

    private ProcessAdapter(List<String> command, Duration timeout) throws AdapterFailure {
        this.command = String.join(" ", command);
        this.timeoutNanos = timeout.toNanos();
        try {
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new AdapterFailure("cannot start the adapter '" + this.command + "': " + e.getMessage());
        }
        shutdownHook = new Thread(this::kill, "conform-adapter-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8), 1 << 16);
        out = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8), 1 << 16);
        try {
            json = Protocol.generator(out);
        } catch (IOException e) {
            kill();
            throw new AdapterFailure("cannot write to the adapter: " + e.getMessage());
        }
        stderrReader = daemon("conform-adapter-stderr", () -> drain(process.getErrorStream()));
        watchdog = daemon("conform-adapter-watchdog", this::watch);
        Hello h;
        try {
            String line = read("its hello");
            h = Protocol.readHello(line);
        } catch (BadMessage e) {
            close();
            throw failure("the adapter's first line: " + e.getMessage());
        } catch (AdapterFailure e) {
            close();
            throw e;
        }
        hello = h;
    }

    /** Starts {@code command} and reads its hello; {@code timeout} is the deadline of each answer. */
    public static ProcessAdapter start(List<String> command, Duration timeout) throws AdapterFailure {
        if (command.isEmpty()) throw new IllegalArgumentException("expected a command to start, found none");
        return new ProcessAdapter(List.copyOf(command), timeout);
    }

    @Override
    public Hello hello() {
        return hello;
    }

    @Override
    public List<Expectation> run(String where, int clients, boolean defaultInbox, List<Step> steps) throws AdapterFailure {
        // The reset goes with the first batch: one round trip for a short scenario.
        long reset = next++;
        try {
            Protocol.writeReset(json, reset, clients, defaultInbox);
        } catch (IOException e) {
            throw failure(where + " reset: the adapter stopped before answering (it closed its input)" + exited());
        }
        Set<ObservedField> fields = hello.fieldSet();
        List<Expectation> answers = new ArrayList<>(steps.size());
        for (int from = 0; from < steps.size() || from == 0; from += BATCH) {
            int to = Math.min(steps.size(), from + BATCH);
            long first = next;
            try {
                for (int i = from; i < to; i++) Protocol.writeStep(json, next++, steps.get(i));
                json.flush();
            } catch (IOException e) {
                String at = from == 0 ? where + " reset" : Protocol.at(where, from, steps.get(from));
                throw failure(at + ": the adapter stopped before answering (it closed its input)" + exited());
            }
            if (from == 0) {
                try {
                    Protocol.readReady(read(where + " reset"), reset);
                } catch (BadMessage e) {
                    throw failure(where + " reset: " + e.getMessage());
                }
            }
            for (int i = from; i < to; i++) {
                Step s = steps.get(i);
                String at = Protocol.at(where, i, s);
                try {
                    answers.add(Protocol.readObserved(read(at), first + i - from, s.event(), fields, answer));
                } catch (BadMessage e) {
                    throw failure(at + ": " + e.getMessage());
                }
            }
        }
        return answers;
    }

    /** The next line from the adapter, within the deadline. */
    private String read(String what) throws AdapterFailure {
        String line;
        deadline = System.nanoTime() + timeoutNanos;
        try {
            line = in.readLine();
        } catch (IOException e) {
            line = null;
        } finally {
            deadline = 0;
        }
        if (timedOut) {
            throw failure(what + ": no answer within " + seconds(timeoutNanos) + " (the adapter was ended; --timeout sets the limit)");
        }
        if (line == null) throw failure(what + ": the adapter stopped before answering (it closed its output)" + exited());
        return line;
    }

    /** {@code ; it exited with status N}, once the process has ended (waits briefly for it). */
    private String exited() {
        try {
            if (process.waitFor(2, TimeUnit.SECONDS)) {
                int status = process.exitValue();
                return "; it exited with status " + status + (status > 128 ? " (signal " + (status - 128) + ")" : "");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "";
    }

    private AdapterFailure failure(String message) {
        // The process tree ends first, our ends of its pipes still open: Process.destroy closes them, and
        // stderr's last lines, still in the pipe, would be lost (a crash's message, under load). The reader
        // then ends at the pipe's end, unless the cores are so busy that it is not scheduled at once.
        endTree();
        try {
            stderrReader.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        kill();
        synchronized (stderr) {
            return new AdapterFailure(message, new ArrayList<>(stderr));
        }
    }

    /** Asks the adapter to end (end of its input), then ends it and its children, at once if need be. */
    @Override
    public void close() {
        if (closed) return;
        try {
            out.close();
        } catch (IOException e) {
            // The adapter may have gone already; it is ended below either way.
        }
        try {
            process.waitFor(500, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        kill();
    }

    /** Ends the process tree now, closes our ends of its pipes and forgets the shutdown hook. */
    private void kill() {
        closed = true;
        endTree();
        process.destroyForcibly(); // the process is gone: this closes the pipes
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // The JVM is shutting down: this is the hook running.
        }
    }

    /** Ends the adapter and its children through their handles, which leaves the pipes open, and waits briefly. */
    private void endTree() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.toHandle().destroyForcibly();
        try {
            process.waitFor(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Keeps the last lines of the adapter's stderr, so that it never blocks on a full pipe. */
    private void drain(InputStream err) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(err, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                synchronized (stderr) {
                    stderr.addLast(line.length() > TAIL_CHARS ? line.substring(0, TAIL_CHARS) + "..." : line);
                    if (stderr.size() > TAIL_LINES) stderr.removeFirst();
                }
            }
        } catch (IOException e) {
            // The process is gone.
        }
    }

    /** Ends the process when an answer is overdue. */
    private void watch() {
        while (!closed) {
            long d = deadline;
            long now = System.nanoTime();
            if (d != 0 && now - d > 0) {
                timedOut = true;
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                return;
            }
            long sleep = d == 0 ? 50_000_000L : Math.min(50_000_000L, d - now + 1_000_000L);
            try {
                TimeUnit.NANOSECONDS.sleep(Math.max(1_000_000L, sleep));
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static Thread daemon(String name, Runnable r) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static String seconds(long nanos) {
        double s = nanos / 1e9;
        return (s == Math.rint(s) ? String.valueOf((long) s) : String.valueOf(s)) + " s";
    }

    @Override
    public String toString() {
        return command;
    }
}
