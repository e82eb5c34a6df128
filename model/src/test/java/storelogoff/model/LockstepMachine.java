package storelogoff.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;

/**
 * Runs every step on the direct engine and on the Spring Statemachine and asserts, after each
 * step, that both show the same world and the same observation. Remembers which rows fired.
 */
final class LockstepMachine implements StoreMachine {
    private final StoreMachine direct;
    private final StoreMachine spring;
    private final Observation springOut = new Observation();
    private final Set<String> fired = new TreeSet<>();
    private int steps;

    LockstepMachine(Model model, World initial) {
        this.direct = Engine.DIRECT.start(model, initial);
        this.spring = Engine.SPRING.start(model, initial);
    }

    @Override
    public Model model() {
        return direct.model();
    }

    @Override
    public World world() {
        return direct.world();
    }

    @Override
    public void apply(Step step, Observation out) {
        direct.apply(step, out);
        spring.apply(step, springOut);
        String where = String.format("step %d '%s' under %s", steps++, step, model().reading());
        assertThat(spring.world()).as("%s: Spring's world must equal the direct engine's", where).isEqualTo(direct.world());
        assertThat(springOut.fired).as("%s: the same row fires", where).isSameAs(out.fired);
        assertThat(springOut.hresult).as("%s: the same HRESULT", where).isEqualTo(out.hresult);
        assertThat(springOut.outWritten).as("%s: both write lpulFlags back or neither", where).isEqualTo(out.outWritten);
        assertThat(springOut.outFlags).as("%s: the same output flags", where).isEqualTo(out.outFlags);
        if (out.fired != null) fired.add(out.fired.name());
    }

    @Override
    public void reset(World world) {
        direct.reset(world);
        spring.reset(world);
        assertThat(spring.world()).as("after a reset both engines hold the given world").isEqualTo(world)
                .isEqualTo(direct.world());
    }

    /** The names of the rows that fired so far. */
    Set<String> fired() {
        return fired;
    }

    int steps() {
        return steps;
    }
}
