package storelogoff.scenario;

import storelogoff.model.Reading;

/** Command-line settings that win over a file's {@code set} directives; a null field keeps the file's value. */
public record Overrides(Reading reading, Integer clients, Boolean defaultInbox) {
    public static final Overrides NONE = new Overrides(null, null, null);

    public ScenarioOptions applyTo(ScenarioOptions o) {
        ScenarioOptions r = o;
        if (reading != null) r = r.withReading(reading);
        if (clients != null) r = r.withClients(clients);
        if (defaultInbox != null) r = r.withDefaultInbox(defaultInbox);
        return r;
    }
}
