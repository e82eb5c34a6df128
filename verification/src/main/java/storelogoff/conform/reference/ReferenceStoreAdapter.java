package storelogoff.conform.reference;

import static storelogoff.model.Event.ADDREF;
import static storelogoff.model.Event.LOGOFF;
import static storelogoff.model.Event.RELEASE;
import static storelogoff.model.Event.SUBMIT;

import java.util.List;

import storelogoff.conform.Answer;
import storelogoff.conform.Hello;
import storelogoff.conform.StoreAdapter;
import storelogoff.model.Step;
import storelogoff.scenario.ObservedField;

/**
 * The conformance kit's adapter for {@link ReferenceStore}: plays the store's clients (each
 * client's references are its pointers) and MAPI's support object, which records the
 * StoreLogoffTransports call of each step and answers with the activity the store has.
 * It is how an implementer puts a Java store under the kit (docs/implementers.md).
 */
public final class ReferenceStoreAdapter implements StoreAdapter {
    private ReferenceStore store;
    private int[] refs;
    /** The flag StoreLogoffTransports got in the current step, or null. */
    private Integer transports;

    @Override
    public Hello hello() {
        return Hello.of("Java reference store", List.of(ADDREF, RELEASE, LOGOFF, SUBMIT),
                List.of(ObservedField.RESULT, ObservedField.OUT_FLAGS, ObservedField.TRANSPORTS_FLAGS, ObservedField.REFS, ObservedField.SAVED_FLAG, ObservedField.OUTBOX));
    }

    @Override
    public void reset(int clients, boolean defaultInbox) {
        store = new ReferenceStore(this::storeLogoffTransports);
        refs = new int[clients];
        refs[0] = 1;
    }

    /** The support object: records the call; answers LOGOFF_COMPLETE, or the activity the spooler finds. */
    private int storeLogoffTransports(int[] lpulFlags) {
        transports = lpulFlags[0];
        int activity = store.activity();
        lpulFlags[0] = activity != 0 ? activity : Mapi.LOGOFF_COMPLETE;
        return Mapi.S_OK;
    }

    @Override
    public void step(Step step, Answer answer) {
        transports = null;
        int client = step.client() - 1;
        boolean holds = refs[client] > 0;
        int hr;
        Integer out = null;
        switch (step.event()) {
            case ADDREF -> {
                hr = store.addRef();
                if (hr == Mapi.S_OK) refs[client]++;
            }
            case RELEASE -> {
                hr = holds ? store.release() : Mapi.MAPI_E_INVALID_OBJECT;
                if (holds && hr == Mapi.S_OK) refs[client]--;
            }
            case LOGOFF -> {
                int[] lpulFlags = step.nullFlags() ? null : new int[] {step.flags()};
                hr = holds ? store.storeLogoff(lpulFlags) : Mapi.MAPI_E_INVALID_OBJECT;
                if (hr == Mapi.S_OK) out = lpulFlags[0];
            }
            case SUBMIT -> hr = holds ? store.submit() : Mapi.MAPI_E_INVALID_OBJECT;
            default -> throw new IllegalArgumentException("the reference store cannot make " + step);
        }
        answer.result(hr);
        if (out != null) answer.flags(ObservedField.OUT_FLAGS, out);
        else answer.none(ObservedField.OUT_FLAGS);
        if (transports != null) answer.flags(ObservedField.TRANSPORTS_FLAGS, transports);
        else answer.none(ObservedField.TRANSPORTS_FLAGS);
        answer.count(ObservedField.REFS, store.refs());
        Integer saved = store.savedFlag();
        if (saved != null) answer.flags(ObservedField.SAVED_FLAG, saved);
        else answer.none(ObservedField.SAVED_FLAG);
        answer.count(ObservedField.OUTBOX, store.outbox());
    }
}
