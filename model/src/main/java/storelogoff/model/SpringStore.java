package storelogoff.model;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateContext;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.config.StateMachineBuilder;
import org.springframework.statemachine.config.configurers.StateConfigurer;
import org.springframework.statemachine.config.builders.StateMachineTransitionConfigurer;
import org.springframework.statemachine.support.DefaultExtendedState;
import org.springframework.statemachine.support.DefaultStateMachineContext;

import reactor.core.publisher.Mono;

/**
 * The declaration run as a Spring Statemachine. Every row of the table becomes one Spring
 * transition whose guard and action call the row's own guard and actions, so no transition
 * logic exists twice. The world lives in the machine's extended state; the step travels as a
 * message header.
 *
 * <p>Spring reports an event refused by a guard as ACCEPTED, so the outcome is read from the
 * world and the machine's state, never from Spring's result type.
 *
 * <p>Spring sees the world only through the rows' guards: from its state and the event it
 * fires a transition whose guard holds, and that transition's action is the row's own
 * ({@link Model#fire}, which names the row it fired). Where one guard at most holds (the table
 * is deterministic, which the explorer and the walks check on every step) what Spring does
 * follows from {@link Model#decision}, so the checkers compare it with the direct engine once
 * per decision rather than once per step. Where several hold, Spring's pick among them depends
 * on what the machine ran before (a fresh machine and a used one pick differently).
 */
public final class SpringStore implements StoreMachine {
    private static final String WORLD = "world";
    private static final String OBSERVATION = "observation";
    private static final String STEP = "step";
    /** Held so that the level set here survives garbage collection of the logger. */
    private static final Logger SPRING_LOG = Logger.getLogger("org.springframework");

    static {
        SPRING_LOG.setLevel(Level.SEVERE);
    }

    private final Model model;
    private final List<Wire> wires;
    private StateMachine<StoreState, Event> machine;
    /** An error thrown inside a Spring guard or action: Spring would only log it. */
    private RuntimeException failure;

    public SpringStore(Model model, World initial) {
        this(model, initial, declared(model));
    }

    private SpringStore(Model model, World initial, List<Wire> wires) {
        this.model = model;
        this.wires = List.copyOf(wires);
        this.machine = build();
        reset(initial);
    }

    /**
     * One Spring transition: the row whose source, event and target it declares, the guard
     * Spring asks, and the row whose actions run. As declared, all three are the same row.
     */
    public record Wire(Transition declared, Guard guard, Transition fires) {
        static Wire of(Transition row) {
            return new Wire(row, row.guard(), row);
        }
    }

    /** The wires as declared: one per row, in table order. */
    public static List<Wire> declared(Model model) {
        return model.transitions().stream().map(Wire::of).toList();
    }

    /**
     * For tests of the checkers only: a machine that claims {@code model} but is wired as
     * {@code wiring} makes of the declared wires (rows swapped, a guard negated, an action on the
     * wrong row), so that each checker comparing Spring with the direct engine can be shown to
     * catch a wrong translation of the table.
     */
    public static SpringStore miswired(Model model, World initial, UnaryOperator<List<Wire>> wiring) {
        return new SpringStore(model, initial, wiring.apply(declared(model)));
    }

    @Override
    public Model model() {
        return model;
    }

    @Override
    public World world() {
        return (World) machine.getExtendedState().getVariables().get(WORLD);
    }

    /** The state Spring itself reports. */
    public StoreState springState() {
        return machine.getState().getId();
    }

    @Override
    public void apply(Step step, Observation out) {
        Model.requireKnownClient(world(), step);
        Observation o = observation();
        o.reset();
        failure = null;
        Message<Event> message = MessageBuilder.withPayload(step.event()).setHeader(STEP, step).build();
        // sendEvent(Mono) does nothing until subscribed: blockLast() subscribes and waits.
        machine.sendEvent(Mono.just(message)).blockLast();
        if (failure != null) throw failure;
        Model.settle(step, o);
        if (springState() != world().state) {
            throw new IllegalStateException("Spring is in " + springState() + " but the world says "
                    + world().state + " after " + step);
        }
        out.copyFrom(o);
    }

    @Override
    public void reset(World w) {
        if (machine.isComplete()) machine = build(); // an ended machine cannot be reset
        machine.stopReactively().block();
        HashMap<Object, Object> vars = new HashMap<>();
        vars.put(WORLD, w.copy());
        vars.put(OBSERVATION, new Observation());
        DefaultExtendedState ext = new DefaultExtendedState(vars);
        machine.getStateMachineAccessor().doWithAllRegions(a ->
                a.resetStateMachineReactively(new DefaultStateMachineContext<>(w.state, null, null, ext)).block());
        machine.startReactively().block();
    }

    private Observation observation() {
        return (Observation) machine.getExtendedState().getVariables().get(OBSERVATION);
    }

    private StateMachine<StoreState, Event> build() {
        try {
            StateMachineBuilder.Builder<StoreState, Event> b = StateMachineBuilder.builder();
            b.configureConfiguration().withConfiguration().autoStartup(false).machineId("StoreLogoff");
            StateConfigurer<StoreState, Event> states = b.configureStates().withStates()
                    .initial(StoreState.OPEN)
                    .states(EnumSet.allOf(StoreState.class));
            states.end(StoreState.RELEASED);
            StateMachineTransitionConfigurer<StoreState, Event> tc = b.configureTransitions();
            for (Wire w : wires) {
                Transition t = w.declared();
                if (t.internal()) {
                    tc.withInternal().source(t.source()).event(t.event())
                            .guard(ctx -> guard(w.guard(), ctx)).action(ctx -> action(w.fires(), ctx));
                } else {
                    tc.withExternal().source(t.source()).target(t.target()).event(t.event())
                            .guard(ctx -> guard(w.guard(), ctx)).action(ctx -> action(w.fires(), ctx));
                }
            }
            return b.build();
        } catch (Exception e) {
            throw new IllegalStateException("cannot build the Spring machine from the declaration", e);
        }
    }

    private boolean guard(Guard g, StateContext<StoreState, Event> ctx) {
        try {
            return g.test(worldOf(ctx), stepOf(ctx));
        } catch (RuntimeException e) {
            failure = e;
            return false;
        }
    }

    private void action(Transition t, StateContext<StoreState, Event> ctx) {
        try {
            Model.fire(t, worldOf(ctx), stepOf(ctx),
                    (Observation) ctx.getExtendedState().getVariables().get(OBSERVATION));
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    private static World worldOf(StateContext<StoreState, Event> ctx) {
        return (World) ctx.getExtendedState().getVariables().get(WORLD);
    }

    private static Step stepOf(StateContext<StoreState, Event> ctx) {
        return (Step) ctx.getMessageHeader(STEP);
    }
}
