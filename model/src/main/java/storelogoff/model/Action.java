package storelogoff.model;

/**
 * A named change to the world; the rows that run it cite the clauses. Pure in the sense that
 * it depends only on the world, the step and the observation it writes to.
 */
public record Action(String name, Effect effect) {

    @FunctionalInterface
    public interface Effect {
        void apply(World w, Step s, Observation o);
    }

    public void apply(World w, Step s, Observation o) {
        effect.apply(w, s, o);
    }

    @Override
    public String toString() {
        return name;
    }
}
