package storelogoff.verify;

import java.util.ArrayList;
import java.util.List;

import storelogoff.model.Event;
import storelogoff.model.LogoffFlag;
import storelogoff.model.Step;

/**
 * Every step the explorer tries from every state: each client's calls, StoreLogoff with every
 * interesting argument, and the transport and spooler events. Built once; steps are reused.
 */
public final class Alphabet {

    /**
     * StoreLogoff arguments: NULL, zero, each input flag, two flags at once (FLAGS-1), an unknown
     * bit (FLAGS-2), and an output bit sent back in as MFCMAPI does (decision 0008).
     */
    public static final List<Integer> LOGOFF_ARGUMENTS = List.of(
            0,
            LogoffFlag.NO_WAIT.value, LogoffFlag.ORDERLY.value, LogoffFlag.PURGE.value,
            LogoffFlag.ABORT.value, LogoffFlag.QUIET.value,
            LogoffFlag.NO_WAIT.value | LogoffFlag.PURGE.value,
            0x20,
            LogoffFlag.COMPLETE.value | LogoffFlag.NO_WAIT.value);

    private Alphabet() {}

    public static List<Step> steps(int clients) {
        List<Step> steps = new ArrayList<>();
        for (int c = 1; c <= clients; c++) {
            steps.add(Step.call(Event.ADDREF, c));
            steps.add(Step.call(Event.RELEASE, c));
            steps.add(Step.call(Event.SUBMIT, c));
            steps.add(Step.logoffNull(c));
            for (int flags : LOGOFF_ARGUMENTS) steps.add(Step.logoff(c, flags));
        }
        for (Event e : Event.values()) {
            if (!e.isClientCall()) steps.add(Step.of(e));
        }
        return List.copyOf(steps);
    }

    /**
     * Every flag value a world can hold as saved or passed flag under any reading: the
     * arguments above, plus LOGOFF_ABORT for IMPL-4. The explorer packs flags as indexes here.
     */
    public static List<Integer> flagValues() {
        List<Integer> values = new ArrayList<>(LOGOFF_ARGUMENTS);
        if (!values.contains(LogoffFlag.ABORT.value)) values.add(LogoffFlag.ABORT.value);
        return List.copyOf(values);
    }
}
