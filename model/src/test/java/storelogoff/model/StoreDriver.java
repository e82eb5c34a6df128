package storelogoff.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Test driver: runs readable steps through a {@link StoreMachine} and exposes the world and
 * the last observation. It asserts nothing; tests state what the clauses require.
 *
 * <p>Client calls without {@code client(n)} are made by client 1, who holds the store at the
 * start. The world starts with two clients (client 2 holds nothing until it calls addref) and
 * a store that contains the default Inbox (NOWAIT-3).
 */
final class StoreDriver {
    /** The five flags valid on input (FLAGS-2). */
    static final List<LogoffFlag> INPUT_FLAGS = Arrays.stream(LogoffFlag.values()).filter(f -> f.input).toList();

    private final StoreMachine machine;
    private final Observation last = new Observation();
    private final List<Step> trace = new ArrayList<>();

    private StoreDriver(StoreMachine machine) {
        this.machine = machine;
    }

    static StoreDriver start(Engine engine, Reading reading) {
        return start(engine, reading, World.initial(2, true));
    }

    static StoreDriver start(Engine engine, Reading reading, World initial) {
        return on(engine.start(new Model(reading), initial));
    }

    /** A driver on any machine, e.g. one that runs both engines in lockstep. */
    static StoreDriver on(StoreMachine machine) {
        return new StoreDriver(machine);
    }

    /** Runs one step and remembers it for assertion messages. */
    StoreDriver run(Step step) {
        machine.apply(step, last);
        trace.add(step);
        return this;
    }

    // --- Client 1's calls ---

    StoreDriver addref() {
        return client(1).addref();
    }

    StoreDriver release() {
        return client(1).release();
    }

    StoreDriver submit() {
        return client(1).submit();
    }

    StoreDriver logoff(LogoffFlag flag) {
        return client(1).logoff(flag);
    }

    StoreDriver logoffFlags(int flags) {
        return client(1).logoffFlags(flags);
    }

    StoreDriver logoffNull() {
        return client(1).logoffNull();
    }

    /** The calls of client {@code n}; each returns the driver, so chains go on as client 1. */
    Client client(int n) {
        return new Client(n);
    }

    final class Client {
        private final int n;

        private Client(int n) {
            this.n = n;
        }

        StoreDriver addref() {
            return run(Step.call(Event.ADDREF, n));
        }

        StoreDriver release() {
            return run(Step.call(Event.RELEASE, n));
        }

        StoreDriver submit() {
            return run(Step.call(Event.SUBMIT, n));
        }

        StoreDriver logoff(LogoffFlag flag) {
            return logoffFlags(flag.value);
        }

        StoreDriver logoffFlags(int flags) {
            return run(Step.logoff(n, flags));
        }

        StoreDriver logoffNull() {
            return run(Step.logoffNull(n));
        }
    }

    // --- Transports and the spooler ---

    StoreDriver sendStart() {
        return run(Step.of(Event.SEND_START));
    }

    StoreDriver sendDone() {
        return run(Step.of(Event.SEND_DONE));
    }

    StoreDriver receiveStart() {
        return run(Step.of(Event.RECEIVE_START));
    }

    StoreDriver receiveDone() {
        return run(Step.of(Event.RECEIVE_DONE));
    }

    StoreDriver spoolerRelease() {
        return run(Step.of(Event.SPOOLER_RELEASE));
    }

    // --- What the tests look at ---

    World world() {
        return machine.world();
    }

    /** A copy of the world, to compare with after a step that must change nothing. */
    World snapshot() {
        return machine.world().copy();
    }

    StoreState state() {
        return machine.world().state;
    }

    Observation last() {
        return last;
    }

    /** The HRESULT of the last client call. */
    HResult hresult() {
        return last.hresult;
    }

    /** The last step's result as a scenario shows it: an HRESULT name, OK or DISABLED. */
    String result() {
        return last.resultName(trace.get(trace.size() - 1).event());
    }

    /** The steps run so far, as scenario lines. */
    String trace() {
        return trace.stream().map(Step::toString).collect(Collectors.joining(", "));
    }

    /** An assertion description: the clause text, then the steps and the world that led here. */
    String at(String format, Object... args) {
        return String.format(format, args) + "\n  after: " + trace() + "\n  world: " + world()
                + "\n  last:  " + last;
    }
}
