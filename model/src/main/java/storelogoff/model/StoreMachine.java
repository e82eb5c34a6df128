package storelogoff.model;

/**
 * Something that runs the StoreLogoff declaration: the direct {@link Model} or the
 * {@link SpringStore}. Both must produce the same world and observation for every step.
 */
public interface StoreMachine {

    /** The model this machine runs. */
    Model model();

    /** The current world. Callers must not change it. */
    World world();

    /** Runs one step; fills {@code out} with what it showed. */
    void apply(Step step, Observation out);

    /** Puts the machine into {@code world} (state included). */
    void reset(World world);
}
