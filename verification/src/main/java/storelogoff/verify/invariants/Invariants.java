package storelogoff.verify.invariants;

import java.util.List;

import storelogoff.model.Reading;
import storelogoff.verify.Invariant;

/** Every invariant of the suite, type invariant first, in the order of the page's clauses. */
public final class Invariants {
    private Invariants() {}

    public static List<Invariant> all() {
        return List.of(
                new TypeInvariant(),
                new ClientCallsAnswered(),
                new TransportsFollowTheirWork(),
                new BadFlagsChangeNothing(),
                new LastFlagIsPassed(),
                new AbortWhenNeverCalled(),
                new TransportsOnceAtZero(),
                new QuietRefusesWhileActive(),
                new AbortRefusesWhileActive(),
                new AbortStopsThenReleases(),
                new AbortReleasesWhenIdle(),
                new OnlyQuietAndAbortRefuse(),
                new OutboxSentBeforeRelease(),
                new NoWaitStopsReception(),
                new OrderlyStartsNothingNew(),
                new FlushQueuesIffPurge(),
                new ControlReturnsOnTime(),
                new OutputFlagsReportActivity(),
                new ReleasedIsTerminal(),
                new NothingLost(),
                new LogoffLeavesOthersReferences(),
                new SharedLogoffReleasesCaller());
    }

    public static List<Invariant> forReading(Reading reading) {
        return all().stream().filter(i -> i.appliesTo(reading)).toList();
    }

    public static Invariant byId(String id) {
        return all().stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown invariant '" + id + "'"));
    }
}
