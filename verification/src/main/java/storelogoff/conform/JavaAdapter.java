package storelogoff.conform;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import storelogoff.model.Step;
import storelogoff.trace.Expectation;
import storelogoff.scenario.ObservedField;

/**
 * A {@link StoreAdapter} in process. Its hello is checked like a process's; an exception from
 * the adapter, or an answer that misses a field of its hello or gives one it did not promise,
 * is an {@link AdapterFailure} naming the step.
 */
public final class JavaAdapter implements Adapter {
    private final StoreAdapter store;
    private final Hello hello;
    private final ObservedField[] fields;
    private final Answer answer = new Answer();

    public JavaAdapter(StoreAdapter store) throws AdapterFailure {
        this.store = store;
        try {
            this.hello = store.hello();
        } catch (RuntimeException e) {
            throw new AdapterFailure("the adapter failed in hello(): " + e);
        }
        if (hello == null) throw new AdapterFailure("the adapter's hello() returned null");
        this.fields = hello.fieldSet().toArray(new ObservedField[0]);
    }

    @Override
    public Hello hello() {
        return hello;
    }

    @Override
    public List<Expectation> run(String where, int clients, boolean defaultInbox, List<Step> steps) throws AdapterFailure {
        try {
            store.reset(clients, defaultInbox);
        } catch (RuntimeException e) {
            throw new AdapterFailure(where + ": the adapter failed in reset(" + clients + ", " + defaultInbox + "): " + e);
        }
        List<Expectation> out = new ArrayList<>(steps.size());
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            answer.clear();
            try {
                store.step(s, answer);
            } catch (RuntimeException e) {
                throw new AdapterFailure(Protocol.at(where, i, s) + ": the adapter failed: " + e);
            }
            Map<ObservedField, String> values = new EnumMap<>(ObservedField.class);
            for (ObservedField f : fields) {
                String v = answer.get(f);
                if (v == null) throw new AdapterFailure(Protocol.at(where, i, s) + ": the answer lacks '" + f.key + "' (its hello lists it)");
                values.put(f, v);
            }
            if (answer.count() != fields.length) {
                EnumSet<ObservedField> extra = EnumSet.copyOf(answer.given().keySet());
                extra.removeAll(values.keySet());
                throw new AdapterFailure(Protocol.at(where, i, s) + ": the answer gives " + Hello.keys(extra)
                        + ", which its hello does not list");
            }
            out.add(Expectation.canonical(values));
        }
        return out;
    }

    @Override
    public void close() {
        try {
            store.close();
        } catch (Exception e) {
            // Closing is best effort: the run's verdict is already made.
        }
    }
}
