package storelogoff.bench;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import storelogoff.model.Event;
import storelogoff.model.Model;
import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.SpringStore;
import storelogoff.model.Step;
import storelogoff.model.World;
import storelogoff.verify.Alphabet;
import storelogoff.verify.Bounds;
import storelogoff.verify.Invariant;
import storelogoff.verify.explore.StateCodec;
import storelogoff.verify.invariants.Invariants;

/**
 * What one explored transition costs, part by part, on the transitions the explorer meets:
 * a step of the direct engine, packing and unpacking a world, checking every invariant, and
 * the same step as one Spring Statemachine event. The README's per-step figures come from here.
 *
 * <p>The transitions are a fixed sample (seeded) of a long random walk within the bounds,
 * so every run measures the same mix of states and steps.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class StepCosts {
    /** Transitions sampled; a power of two so the index wraps with a mask. */
    private static final int SAMPLE = 1 << 12;

    /** The bounds the sample is drawn within, as clients/refs/messages/arrivals. */
    @Param({"4/3/4/4"})
    public String bounds;

    private Model model;
    private StateCodec codec;
    private Invariant[] invariants;
    private final World[] before = new World[SAMPLE];
    private final World[] after = new World[SAMPLE];
    private final Step[] steps = new Step[SAMPLE];
    private final Observation[] observed = new Observation[SAMPLE];
    private final long[] codes = new long[SAMPLE];
    private World scratch;
    private final Observation out = new Observation();
    private int next;

    private SpringStore spring;
    private final Step addref = Step.call(Event.ADDREF, 1);
    private final Step release = Step.call(Event.RELEASE, 1);
    private boolean added;

    @Setup
    public void sample() {
        String[] b = bounds.split("/");
        Bounds limits = new Bounds(Integer.parseInt(b[0]), Integer.parseInt(b[1]), Integer.parseInt(b[2]),
                Integer.parseInt(b[3]), true);
        model = new Model(Reading.DEFAULT);
        codec = new StateCodec(limits);
        invariants = Invariants.forReading(Reading.DEFAULT).toArray(Invariant[]::new);
        List<Step> alphabet = Alphabet.steps(limits.clients());
        SplittableRandom random = new SplittableRandom(12);
        World w = limits.initialWorld();
        for (int i = 0; i < SAMPLE; ) {
            Step s = alphabet.get(random.nextInt(alphabet.size()));
            if (!limits.allows(w, s)) continue;
            before[i] = w.copy();
            steps[i] = s;
            codes[i] = codec.encode(w);
            observed[i] = new Observation();
            model.step(w, s, observed[i]);
            after[i] = w.copy();
            i++;
            // Start again now and then, so the sample is not all RELEASED worlds.
            if (random.nextInt(64) == 0) w = limits.initialWorld();
        }
        scratch = limits.initialWorld();
        spring = new SpringStore(model, World.initial(1, true));
    }

    private int index() {
        return next = (next + 1) & (SAMPLE - 1);
    }

    /** One step of the direct engine: the world before is copied into scratch, then stepped. */
    @Benchmark
    public World directStep() {
        int i = index();
        scratch.copyFrom(before[i]);
        model.step(scratch, steps[i], out);
        return scratch;
    }

    /** Packing a world into the long the explorer stores. */
    @Benchmark
    public long encode() {
        return codec.encode(after[index()]);
    }

    /** Unpacking a stored long into the scratch world. */
    @Benchmark
    public World decode() {
        codec.decode(codes[index()], scratch);
        return scratch;
    }

    /** Every invariant of the reading on one transition, as the explorer checks them. */
    @Benchmark
    public int invariants() {
        int i = index();
        int violated = 0;
        for (Invariant inv : invariants) {
            if (inv.check(Reading.DEFAULT, before[i], steps[i], after[i], observed[i]) != null) violated++;
        }
        return violated;
    }

    /**
     * One event through the Spring Statemachine: client 1 adds a reference and releases it in
     * turn, so the machine stays OPEN and needs no reset. Spring's Reactor pipeline takes tens
     * of thousands of events to be compiled, hence the longer warm-up.
     */
    @Benchmark
    @Warmup(iterations = 10, time = 2)
    public World springEvent() {
        spring.apply((added = !added) ? addref : release, out);
        return spring.world();
    }
}
