package storelogoff.scenario;

import storelogoff.model.Model;
import storelogoff.model.SpringStore;
import storelogoff.model.StoreMachine;
import storelogoff.model.World;

/** Which machine runs a scenario: both run the one declaration and must agree. */
public enum Engine {
    /** The declaration as a Spring Statemachine: the default, what the spec is published as. */
    SPRING,
    /** The declaration run directly: the engine the explorer uses. */
    DIRECT;

    public StoreMachine machine(Model model, World initial) {
        return this == SPRING ? new SpringStore(model, initial) : model.direct(initial);
    }

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
