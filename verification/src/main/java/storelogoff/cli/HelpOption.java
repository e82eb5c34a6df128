package storelogoff.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code -h, --help} for every command, and the exit statuses every command's help lists:
 * defined once here, shown by each command that mixes this in.
 */
@Command(exitCodeListHeading = "%nExit status:%n", exitCodeList = {
    "0:done: the model holds, the trace conforms, the docs are fresh",
    "1:a finding: a violation, a divergence, stale docs, a surviving mutant",
    "2:bad usage or bad input; one line on stderr says what",
    "3:internal error or resource exhausted (memory, stack); one line on stderr says what to do, --debug adds the stack trace"})
final class HelpOption {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;
}
