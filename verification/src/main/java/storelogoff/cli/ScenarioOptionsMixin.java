package storelogoff.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import storelogoff.model.Reading;
import storelogoff.scenario.Engine;
import storelogoff.scenario.Overrides;
import storelogoff.scenario.ScenarioOptions;

/** The options of commands that replay a file (run, check): they override the file's own settings. */
final class ScenarioOptionsMixin {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--reading", paramLabel = "R", converter = ReadingConverter.class,
            completionCandidates = ReadingConverter.Names.class,
            description = "The reading of the page: ${COMPLETION-CANDIDATES}; several joined with +."
                    + " Overrides the file's 'set reading'.")
    Reading reading;

    @Option(names = "--clients", paramLabel = "N", description = "How many clients exist (1..8). Overrides 'set clients'.")
    Integer clients;

    @Option(names = "--no-default-inbox",
            description = "The store does not hold the default Inbox (NOWAIT-3). Overrides 'set default-inbox'.")
    boolean noDefaultInbox;

    @Option(names = "--engine", paramLabel = "E", defaultValue = "spring",
            description = "spring (the Spring Statemachine, default) or direct (the fast engine).")
    Engine engine;

    /** The overrides these options ask for; a client count out of range is a usage error. */
    Overrides overrides() {
        if (clients != null && (clients < 1 || clients > ScenarioOptions.MAX_CLIENTS)) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--clients': expected 1.."
                    + ScenarioOptions.MAX_CLIENTS + ", found " + clients);
        }
        return new Overrides(reading, clients, noDefaultInbox ? false : null);
    }
}
