package storelogoff.model;

import java.util.List;

/**
 * One row of the transition table: in {@code source}, on {@code event}, when {@code guard}
 * holds, run {@code actions} in order and move to {@code target}. Every row cites its clauses.
 */
public record Transition(String name, StoreState source, Event event, Guard guard, List<Action> actions,
                         StoreState target, List<String> clauses) {

    public Transition {
        actions = List.copyOf(actions);
        clauses = List.copyOf(clauses);
    }

    public boolean internal() {
        return source == target;
    }

    /** The label diagrams print: {@code event [guard] / actions}. */
    public String label() {
        StringBuilder b = new StringBuilder(event.keyword);
        if (guard != Guard.ALWAYS) b.append(" [").append(guard.label()).append(']');
        if (!actions.isEmpty()) {
            b.append(" / ");
            for (int i = 0; i < actions.size(); i++) {
                if (i > 0) b.append(", ");
                b.append(actions.get(i).name());
            }
        }
        return b.toString();
    }

    public Transition withGuard(Guard g) {
        return new Transition(name, source, event, g, actions, target, clauses);
    }

    public Transition withActions(List<Action> a) {
        return new Transition(name, source, event, guard, a, target, clauses);
    }

    public Transition withTarget(StoreState t) {
        return new Transition(name, source, event, guard, actions, t, clauses);
    }

    @Override
    public String toString() {
        return name + ": " + source + " --" + label() + "--> " + target;
    }
}
