package storelogoff.verify.invariants;

import static storelogoff.model.WorldField.*;

import static storelogoff.scenario.ScenarioWriter.line;

import storelogoff.model.LogoffFlag;
import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.StoreState;
import storelogoff.model.World;
import storelogoff.verify.Conjunct;
import storelogoff.verify.Watch;

/**
 * QUIET-1, ABORT-3 against NOWAIT-4, ORDERLY-3, PURGE-2: only QUIET, and ABORT under the
 * literal reading, may keep a logoff from occurring, and only at the StoreLogoffTransports call
 * and while transports are active. NO_WAIT, ORDERLY and PURGE always lead to release.
 */
final class OnlyQuietAndAbortRefuse extends Spec {
    OnlyQuietAndAbortRefuse() {
        super("only-quiet-and-abort-refuse",
                "A logoff is refused only at the StoreLogoffTransports call, under QUIET or the literal ABORT, with activity present.",
                Watch.changes(STATE).sameForEveryCaller(), "QUIET-1", "ABORT-3", "NOWAIT-4", "ORDERLY-3", "PURGE-2");
    }

    private final Conjunct refusedAtCall = conjunct("refused-at-call",
            "A store becomes REFUSED only in the step that calls StoreLogoffTransports.");
    private final Conjunct refusingFlag = conjunct("refusing-flag",
            "Only QUIET, and ABORT under the literal reading, may refuse the logoff.");
    private final Conjunct refusedOnlyWhileActive = conjunct("refused-only-while-active",
            "A logoff is refused only when transport activity was present at the call.");

    @Override
    public String check(Reading reading, World before, Step step, World after, Observation observed) {
        if (!Facts.entered(StoreState.REFUSED, before, after)) return null;
        if (!Facts.transportsCalled(before, after)) {
            return refusedAtCall.violated(line(step) + " refused the logoff in " + before.state
                    + " without a StoreLogoffTransports call");
        }
        LogoffFlag flag = Facts.actedOn(after);
        boolean mayRefuse = flag == LogoffFlag.QUIET
                || (flag == LogoffFlag.ABORT && reading.abort() == Reading.AbortWhileActive.REFUSE);
        if (!mayRefuse) {
            return refusingFlag.violated("StoreLogoffTransports(" + Facts.flags(after.transportsFlag)
                    + ") refused the logoff; only QUIET"
                    + (reading.abort() == Reading.AbortWhileActive.REFUSE ? " and ABORT" : "") + " may refuse");
        }
        if (Facts.activity(before) == 0) {
            return refusedOnlyWhileActive.violated("StoreLogoffTransports(LOGOFF_" + flag.name()
                    + ") refused the logoff although transports were quiet");
        }
        return null;
    }
}
