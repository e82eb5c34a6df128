package storelogoff.scenario;

import storelogoff.model.Reading;
import storelogoff.model.World;

/**
 * How a scenario runs: the reading of the page, how many clients exist, and whether the store
 * holds the default Inbox (NOWAIT-3). Set by {@code set} directives, replaced by {@link Overrides}.
 */
public record ScenarioOptions(Reading reading, int clients, boolean defaultInbox) {
    public static final int MAX_CLIENTS = 8;
    public static final ScenarioOptions DEFAULT = new ScenarioOptions(Reading.DEFAULT, 2, true);

    public ScenarioOptions {
        if (clients < 1 || clients > MAX_CLIENTS) {
            throw new IllegalArgumentException("clients must be 1.." + MAX_CLIENTS + ", was " + clients);
        }
    }

    public ScenarioOptions withReading(Reading r) {
        return new ScenarioOptions(r, clients, defaultInbox);
    }

    public ScenarioOptions withClients(int n) {
        return new ScenarioOptions(reading, n, defaultInbox);
    }

    public ScenarioOptions withDefaultInbox(boolean on) {
        return new ScenarioOptions(reading, clients, on);
    }

    /** The world a run starts from: OPEN, client 1 holds one reference. */
    public World initialWorld() {
        return World.initial(clients, defaultInbox);
    }

    @Override
    public String toString() {
        return "reading " + reading + ", " + clients + (clients == 1 ? " client" : " clients")
                + ", default Inbox " + (defaultInbox ? "on" : "off");
    }
}
