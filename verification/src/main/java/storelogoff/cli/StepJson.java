package storelogoff.cli;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;

import storelogoff.scenario.ObservedField;
import storelogoff.scenario.ScenarioOptions;
import storelogoff.scenario.ScenarioWriter;
import storelogoff.scenario.StepReport;

/**
 * {@code run --json}: the settings, then one object per step: its line, the step as a scenario
 * line, then every {@link ObservedField} in order, a dotted key as a member of its object (null
 * when all its members are none). The output is a JSON Lines trace ({@code check} reads it);
 * docs/trace-format.md.
 */
final class StepJson {
    private StepJson() {}

    /** The first line: the settings the run used, as a trace's {@code set} line. */
    static String settings(ScenarioOptions o) {
        return JsonLine.of(json -> {
            json.writeStartObject();
            json.writeObjectFieldStart("set");
            json.writeStringField("reading", o.reading().name());
            json.writeNumberField("clients", o.clients());
            json.writeBooleanField("defaultInbox", o.defaultInbox());
            json.writeEndObject();
            json.writeEndObject();
        });
    }

    static String of(StepReport r) {
        return JsonLine.of(json -> {
            json.writeStartObject();
            json.writeNumberField("line", r.line());
            json.writeStringField("event", ScenarioWriter.line(r.step()));
            List<ObservedField> all = ObservedField.ALL;
            for (int i = 0; i < all.size(); i++) {
                ObservedField f = all.get(i);
                if (f.key.equals(f.group())) {
                    json.writeFieldName(f.key);
                    value(json, f.toJson(r.observed().get(f)));
                    continue;
                }
                // The fields of one object stand together in the vocabulary.
                int end = i;
                boolean none = true;
                while (end < all.size() && all.get(end).group().equals(f.group())) {
                    none &= r.observed().get(all.get(end)).equals(ObservedField.NONE);
                    end++;
                }
                if (none) {
                    json.writeNullField(f.group());
                } else {
                    json.writeObjectFieldStart(f.group());
                    for (ObservedField m : all.subList(i, end)) {
                        json.writeFieldName(m.member());
                        value(json, m.toJson(r.observed().get(m)));
                    }
                    json.writeEndObject();
                }
                i = end - 1;
            }
            json.writeEndObject();
        });
    }

    /** A value of {@link ObservedField#toJson}: String, Long, Boolean, List of Strings, or null. */
    private static void value(JsonGenerator json, Object v) throws IOException {
        if (v == null) {
            json.writeNull();
        } else if (v instanceof String s) {
            json.writeString(s);
        } else if (v instanceof Long n) {
            json.writeNumber(n);
        } else if (v instanceof Boolean b) {
            json.writeBoolean(b);
        } else if (v instanceof List<?> list) {
            json.writeStartArray();
            for (Object o : list) json.writeString((String) o);
            json.writeEndArray();
        } else {
            throw new IllegalArgumentException("no JSON form for " + v.getClass().getName());
        }
    }
}
