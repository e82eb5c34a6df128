package storelogoff.trace;

import storelogoff.model.Event;
import storelogoff.model.Observation;
import storelogoff.model.World;

/**
 * What the model did at one step, read right after the step (the world is the machine's own,
 * so it is read at once and not kept).
 *
 * @param transportsCalled StoreLogoffTransports was called in this step (IMPL-2)
 */
record Modelled(Event event, Observation observed, World world, boolean transportsCalled) {
}
