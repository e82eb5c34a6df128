package storelogoff.verify;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import storelogoff.model.Event;
import storelogoff.model.Step;
import storelogoff.model.World;

/**
 * The steps an invariant is checked on, as a P spec monitor declares the events it observes:
 * steps of some events, and (whatever their event) steps that call StoreLogoffTransports. The
 * declaration replaces the invariant's own test of the step, so each invariant file says what
 * it watches, and the checkers skip an invariant on a step it does not watch: there it could
 * not be broken.
 *
 * @param events          the events whose steps are watched
 * @param whenTransportsCalled also every step that calls StoreLogoffTransports (IMPL-2), whatever its event
 */
public record Watch(Set<Event> events, boolean whenTransportsCalled) {
    /** Every step: properties of the world after, or of every change. */
    public static final Watch EVERY_STEP = new Watch(EnumSet.allOf(Event.class), false);

    public Watch {
        events = Set.copyOf(events);
    }

    /** The steps of these events. */
    public static Watch events(Event first, Event... rest) {
        return new Watch(EnumSet.of(first, rest), false);
    }

    /** The client calls: AddRef, Release, StoreLogoff, Submit. */
    public static Watch clientCalls() {
        return new Watch(eventsOf(Event.Kind.CLIENT_CALL), false);
    }

    /** The transport and spooler events. */
    public static Watch environment() {
        return new Watch(eventsOf(Event.Kind.ENVIRONMENT), false);
    }

    /** The steps that call StoreLogoffTransports, whatever their event. */
    public static Watch transportsCalls() {
        return new Watch(Set.of(), true);
    }

    /** These steps, and also every step that calls StoreLogoffTransports. */
    public Watch orTransportsCalls() {
        return new Watch(events, true);
    }

    /** Whether {@code step}, from {@code before} to {@code after}, is one this watch sees. */
    public boolean sees(Step step, World before, World after) {
        return events.contains(step.event()) || whenTransportsCalled && transportsCalled(before, after);
    }

    /** StoreLogoffTransports was called in the step from {@code before} to {@code after}: the cycle's call count went up. */
    public static boolean transportsCalled(World before, World after) {
        return after.transportsCalls > before.transportsCalls;
    }

    private static Set<Event> eventsOf(Event.Kind kind) {
        return EnumSet.allOf(Event.class).stream().filter(e -> e.kind == kind).collect(Collectors.toSet());
    }

    @Override
    public String toString() {
        if (equals(EVERY_STEP)) return "every step";
        String on = events.stream().sorted().map(e -> e.keyword).collect(Collectors.joining(", "));
        if (!whenTransportsCalled) return on;
        return on.isEmpty() ? "StoreLogoffTransports calls" : on + ", and StoreLogoffTransports calls";
    }
}
