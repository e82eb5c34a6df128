package storelogoff.verify.walk;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import storelogoff.model.Event;
import storelogoff.model.LogoffFlag;
import storelogoff.model.Reading;
import storelogoff.model.Step;

/**
 * Reads a printed scenario back, so tests can replay exactly the text a failure prints.
 * Only what {@link Scenario#toText} writes; the command line has the full reader.
 */
final class ScenarioReader {
    private ScenarioReader() {}

    static Scenario parse(String text) {
        Reading reading = Reading.DEFAULT;
        int clients = 1;
        boolean defaultInbox = true;
        List<Step> steps = new ArrayList<>();
        String[] lines = text.split("\n");
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].trim();
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] t = line.split("\\s+");
            String where = "line " + (n + 1) + " '" + line + "': ";
            if (t[0].equals("set")) {
                switch (t[1]) {
                    case "reading" -> reading = Reading.byName(t[2]);
                    case "clients" -> clients = Integer.parseInt(t[2]);
                    case "default-inbox" -> defaultInbox = t[2].equals("on");
                    default -> throw new IllegalArgumentException(where + "unknown setting");
                }
                continue;
            }
            int i = 0, client = 1;
            if (t[0].matches("c[0-9]+")) client = Integer.parseInt(t[i++].substring(1));
            Event e = Event.byKeyword(t[i++]);
            if (e == null) throw new IllegalArgumentException(where + "expected an event");
            if (e == Event.LOGOFF) {
                steps.add(t[i].equals("null") ? Step.logoffNull(client) : Step.logoff(client, flags(t[i], where)));
            } else {
                steps.add(e.isClientCall() ? Step.call(e, client) : Step.of(e));
            }
        }
        return new Scenario(reading, clients, defaultInbox, steps);
    }

    private static int flags(String arg, String where) {
        if (arg.toLowerCase(Locale.ROOT).startsWith("0x")) return Integer.parseUnsignedInt(arg.substring(2), 16);
        if (arg.equals("0")) return 0;
        int flags = 0;
        for (String name : arg.split("\\|")) {
            LogoffFlag f = LogoffFlag.byName(name);
            if (f == null) throw new IllegalArgumentException(where + "unknown flag " + name);
            flags |= f.value;
        }
        return flags;
    }
}
