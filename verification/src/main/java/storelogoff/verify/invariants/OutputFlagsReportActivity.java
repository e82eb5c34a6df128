package storelogoff.verify.invariants;

import static storelogoff.scenario.ScenarioWriter.line;

import storelogoff.model.Event;
import storelogoff.model.HResult;
import storelogoff.model.LogoffFlag;
import storelogoff.model.Observation;
import storelogoff.model.Reading;
import storelogoff.model.Step;
import storelogoff.model.World;
import storelogoff.verify.Conjunct;
import storelogoff.verify.Watch;

/**
 * OUT-1..3, SIG-2, FLAGS-3: output flags describe the activity at that moment: INBOUND while
 * messages arrive, OUTBOUND while they are sent, OUTBOUND_QUEUE while the Outbox holds some.
 * StoreLogoffTransports reports the activity it met, or COMPLETE when there was none.
 * StoreLogoff writes back what the reading prescribes, and only when it accepted the call.
 */
final class OutputFlagsReportActivity extends Spec {
    OutputFlagsReportActivity() {
        super("output-flags-report-activity",
                "Output flags equal the activity at that moment: StoreLogoff's per the reading, StoreLogoffTransports' always.",
                Watch.transportsCalls().or(Watch.outputWritten()).or(Watch.events(Event.LOGOFF).accepted()).sameForEveryCaller(), "OUT-1", "OUT-2", "OUT-3", "SIG-2", "FLAGS-3");
    }

    private final Conjunct transportsReportActivity = conjunct("transports-report-activity",
            "StoreLogoffTransports reports the activity it met, or LOGOFF_COMPLETE when there was none.");
    private final Conjunct onlyLogoffWrites = conjunct("only-logoff-writes", "Only StoreLogoff writes output flags.");
    private final Conjunct failedCallWritesNothing = conjunct("failed-call-writes-nothing",
            "A StoreLogoff that fails writes no output flags.");
    private final Conjunct logoffWritesPerReading = conjunct("logoff-writes-per-reading",
            "An accepted StoreLogoff writes what the reading prescribes: the activity, LOGOFF_COMPLETE, or its input.");

    @Override
    public String check(Reading reading, World before, Step step, World after, Observation observed) {
        if (Facts.transportsCalled(before, after)) {
            int activity = Facts.activity(before);
            int want = activity != 0 ? activity : LogoffFlag.COMPLETE.value;
            if (after.transportsOut != want) {
                return transportsReportActivity.violated("StoreLogoffTransports reported " + Facts.flags(after.transportsOut)
                        + " but the activity at the call was " + Facts.flags(activity) + " (expected " + Facts.flags(want) + ")");
            }
        }
        if (step.event() != Event.LOGOFF) {
            return observed.outWritten ? onlyLogoffWrites.violated(line(step) + " wrote output flags although it is not StoreLogoff")
                    : null;
        }
        if (observed.hresult != HResult.S_OK) {
            return observed.outWritten
                    ? failedCallWritesNothing.violated(line(step) + " failed with " + observed.hresult + " yet wrote output flags")
                    : null;
        }
        int want = switch (reading.output()) {
            case ACTIVITY -> Facts.activity(before);
            case COMPLETE -> LogoffFlag.COMPLETE.value;
            case UNCHANGED -> step.flags();
        };
        if (!observed.outWritten || observed.outFlags != want) {
            return logoffWritesPerReading.violated(line(step) + " wrote "
                    + (observed.outWritten ? Facts.flags(observed.outFlags) : "nothing") + " to *lpulFlags but the "
                    + reading + " reading requires " + Facts.flags(want) + " (activity "
                    + Facts.flags(Facts.activity(before)) + ")");
        }
        return null;
    }
}
