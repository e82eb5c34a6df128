package storelogoff.verify.walk;

import java.util.List;

import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.World;

/**
 * A replayable run: the configuration and the steps from the scenario format's initial world
 * (OPEN, client 1 holds one reference; {@link World#initial}).
 */
public record Scenario(Reading reading, int clients, boolean defaultInbox, List<Step> steps) {

    public Scenario {
        if (clients < 1) throw new IllegalArgumentException("clients must be at least 1, was " + clients);
        steps = List.copyOf(steps);
    }

    public World initialWorld() {
        return World.initial(clients, defaultInbox);
    }

    public Scenario withSteps(List<Step> newSteps) {
        return new Scenario(reading, clients, defaultInbox, newSteps);
    }

    public Scenario withClients(int n) {
        return new Scenario(reading, n, defaultInbox, steps);
    }

    public Scenario withDefaultInbox(boolean on) {
        return new Scenario(reading, clients, on, steps);
    }

    /** The highest client number any step uses (1 when none does). */
    public int highestClientUsed() {
        int max = 1;
        for (Step s : steps) if (s.event().isClientCall()) max = Math.max(max, s.client());
        return max;
    }

    /**
     * The scenario file: {@code headerLines} as {@code #} comments, the {@code set} directives,
     * then one step per line.
     */
    public String toText(List<String> headerLines) {
        StringBuilder b = new StringBuilder();
        for (String h : headerLines) b.append("# ").append(h).append('\n');
        b.append("set reading ").append(reading.name()).append('\n');
        b.append("set clients ").append(clients).append('\n');
        if (!defaultInbox) b.append("set default-inbox off\n");
        for (Step s : steps) b.append(s.toScenarioLine()).append('\n');
        return b.toString();
    }
}
