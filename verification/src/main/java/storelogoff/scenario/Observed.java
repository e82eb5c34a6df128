package storelogoff.scenario;

import java.util.ArrayList;
import java.util.List;

import storelogoff.model.Observation;
import storelogoff.model.Step;
import storelogoff.model.World;

/**
 * What one step showed, every {@link ObservedField} in canonical form, in field order. What
 * {@code run} prints, what {@code check} compares a trace with, and what {@code diff} tells
 * readings apart by.
 */
public record Observed(List<String> values) {

    public Observed {
        if (values.size() != ObservedField.ALL.size()) {
            throw new IllegalArgumentException("expected " + ObservedField.ALL.size() + " values, found " + values.size());
        }
        values = List.copyOf(values);
    }

    /** What {@code step} showed, going from {@code before} to {@code after}. */
    public static Observed of(Step step, Observation observed, World before, World after) {
        List<String> values = new ArrayList<>(ObservedField.ALL.size());
        for (ObservedField f : ObservedField.ALL) values.add(f.modelled(step, observed, before, after));
        return new Observed(values);
    }

    public String get(ObservedField f) {
        return values.get(f.ordinal());
    }

    /** Each field that differs, as {@code key: this vs other}; empty when equal. */
    public List<String> differences(Observed other) {
        List<String> out = new ArrayList<>();
        for (ObservedField f : ObservedField.ALL) {
            if (!get(f).equals(other.get(f))) out.add(f.key + ": " + get(f) + " vs " + other.get(f));
        }
        return out;
    }
}
