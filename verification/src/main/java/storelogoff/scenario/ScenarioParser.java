package storelogoff.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import storelogoff.model.Event;
import storelogoff.model.LogoffFlag;
import storelogoff.model.Reading;
import storelogoff.model.Step;

/**
 * Reads a scenario file (format: docs/trace-format.md) one step at a time, so that a file of any
 * length runs in bounded memory; {@link ScenarioWriter} writes one. The first malformed line
 * stops the read with FILE:LINE and what was expected there; a caller that must run nothing on
 * a malformed file reads it through once before running it ({@code run} does).
 *
 * <pre>
 * set clients 2          # directives, only before the first step
 * c2 addref              # a client call, optionally naming its client (default c1)
 * logoff NO_WAIT|PURGE   # FLAGS: names, numbers, or null
 * send-start => OK       # a trace suffix, kept for the check command
 * </pre>
 */
public final class ScenarioParser implements AutoCloseable {
    /** What a flags argument may be (FLAGS-2 names the input flags). */
    static final String FLAG_CHOICES = "a flag name (" + Arrays.stream(LogoffFlag.values()).filter(f -> f.input)
            .map(LogoffFlag::name).collect(Collectors.joining(", ")) + "), a number or null";
    static final String STEP_CHOICES = Arrays.stream(Event.values())
            .map(e -> e == Event.LOGOFF ? e.keyword + " FLAGS" : e.keyword).collect(Collectors.joining(", "));
    private static final String SETTINGS = "reading, clients, default-inbox";
    // Compiled once: a file of a million lines is parsed with them a million times.
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern CLIENT = Pattern.compile("(?i)c[0-9]+");
    private static final Pattern BAR = Pattern.compile("\\s*\\|\\s*");

    private final String file;
    private final TextLines lines;
    private final Overrides overrides;
    private ScenarioOptions fileOptions = ScenarioOptions.DEFAULT;
    /** The options in force, fixed at the first step (directives may not follow it). */
    private ScenarioOptions options;
    /** The line of the first step, 0 before it. */
    private int firstStepLine;
    /** A step read but not yet handed out: the first one, read with the directives. */
    private ScenarioStep pending;
    private int line;

    /** A parser of one step, outside any file ({@link #step(String, int)}). */
    private ScenarioParser(String file, Overrides overrides) {
        this.file = file;
        this.lines = null;
        this.overrides = overrides;
    }

    /** Reads the directives up to the first step, so that {@link #options()} is known. */
    private ScenarioParser(TextLines lines, Overrides overrides) throws ScenarioException {
        this.file = lines.file();
        this.lines = lines;
        this.overrides = overrides;
        pending = read();
        optionsInForce();
    }

    /** Opens {@code file} and reads its directives; errors name it as given. */
    public static ScenarioParser open(Path file, Overrides overrides) throws ScenarioException {
        return open(TextLines.open(file, "scenario"), overrides);
    }

    /** Reads scenario lines from {@code lines}: its directives now, its steps on {@link #next()}. */
    public static ScenarioParser open(TextLines lines, Overrides overrides) throws ScenarioException {
        try {
            return new ScenarioParser(lines, overrides);
        } catch (ScenarioException e) {
            lines.close();
            throw e;
        }
    }

    /** Parses the whole of {@code file} into memory: for small files (examples, tests). */
    public static ScenarioFile parse(Path file, Overrides overrides) throws ScenarioException {
        try (ScenarioParser p = open(file, overrides)) {
            return p.readAll();
        }
    }

    /** Parses {@code text}; {@code file} is the name errors carry. */
    public static ScenarioFile parse(String file, String text, Overrides overrides) throws ScenarioException {
        try (ScenarioParser p = open(TextLines.of(file, "scenario", text), overrides)) {
            return p.readAll();
        }
    }

    /**
     * One step written as a scenario line, e.g. {@code c2 logoff NO_WAIT}, in a scenario of
     * {@code clients} clients: what {@link ScenarioWriter#line} writes. A malformed step fails
     * saying what was expected (line 1).
     */
    public static Step step(String line, int clients) throws ScenarioException {
        ScenarioParser p = new ScenarioParser("step", new Overrides(null, clients, null));
        p.line = 1;
        String text = line.strip();
        if (text.isEmpty()) throw p.error("expected a step (" + STEP_CHOICES + "), found nothing");
        return p.step(text, SPACES.split(text));
    }

    private ScenarioFile readAll() throws ScenarioException {
        List<ScenarioStep> steps = new ArrayList<>();
        for (ScenarioStep s = next(); s != null; s = next()) steps.add(s);
        return new ScenarioFile(file, options, steps);
    }

    public String file() {
        return file;
    }

    /** The options the steps run under: the file's directives, then the overrides. */
    public ScenarioOptions options() {
        return options;
    }

    /** The next step; null after the last. */
    public ScenarioStep next() throws ScenarioException {
        if (pending != null) {
            ScenarioStep s = pending;
            pending = null;
            return s;
        }
        return read();
    }

    /** The line {@link #next()} read last: where the reader is. */
    public int line() {
        return line;
    }

    @Override
    public void close() {
        lines.close();
    }

    /** Reads lines up to the next step; null at the end of the file. */
    private ScenarioStep read() throws ScenarioException {
        for (String raw = lines.next(); raw != null; raw = lines.next()) {
            line = lines.line();
            ScenarioStep s = parseLine(raw);
            if (s != null) return s;
        }
        return null;
    }

    /** The step on this line, or null for a directive, a comment or a blank line. */
    private ScenarioStep parseLine(String raw) throws ScenarioException {
        int hash = raw.indexOf('#');
        String text = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
        if (text.isEmpty()) return null;
        String expectation = null;
        int arrow = arrowAt(text);
        if (arrow >= 0) {
            expectation = text.substring(arrow + 2).strip();
            text = text.substring(0, arrow).strip();
            if (text.isEmpty()) throw error("expected a step before '=>', found nothing");
            if (expectation.isEmpty()) throw error("expected a trace after '=>', found end of line");
        }
        String[] words = SPACES.split(text);
        if (words[0].equalsIgnoreCase("set")) {
            if (expectation != null) throw error("expected no trace after a 'set' directive, found " + Excerpt.quoted("=> " + expectation));
            directive(words);
            return null;
        }
        ScenarioStep s = new ScenarioStep(line, step(text, words), expectation);
        if (firstStepLine == 0) firstStepLine = line;
        return s;
    }

    /** Where the trace suffix starts: an {@code =>} standing as a word of its own, or -1. */
    private static int arrowAt(String text) {
        for (int i = text.indexOf("=>"); i >= 0; i = text.indexOf("=>", i + 1)) {
            boolean before = i == 0 || Character.isWhitespace(text.charAt(i - 1));
            boolean after = i + 2 == text.length() || Character.isWhitespace(text.charAt(i + 2));
            if (before && after) return i;
        }
        return -1;
    }

    // ---- set NAME VALUE ----

    private void directive(String[] words) throws ScenarioException {
        if (firstStepLine > 0) {
            throw error("expected a step: 'set' directives must come before the first step (line "
                    + firstStepLine + ")");
        }
        if (words.length < 2) throw error("expected a setting (" + SETTINGS + ") after 'set', found end of line");
        String name = words[1].toLowerCase(Locale.ROOT);
        String expected = switch (name) {
            case "reading" -> "a reading (" + String.join(", ", Reading.names()) + "; several joined with +)";
            case "clients" -> "a number of clients from 1 to " + ScenarioOptions.MAX_CLIENTS;
            case "default-inbox" -> "on or off";
            default -> throw error("expected a setting (" + SETTINGS + "), found " + Excerpt.quoted(words[1]));
        };
        if (words.length < 3) throw error("expected " + expected + " after 'set " + name + "', found end of line");
        if (words.length > 3) throw error("expected end of line after 'set " + name + " " + Excerpt.of(words[2]) + "', found " + Excerpt.quoted(words[3]));
        String value = words[2];
        switch (name) {
            case "reading" -> {
                try {
                    fileOptions = fileOptions.withReading(Reading.byName(value));
                } catch (Reading.Contradiction e) {
                    throw error(e.getMessage());
                } catch (IllegalArgumentException e) {
                    throw error("expected " + expected + ", found " + Excerpt.quoted(value));
                }
            }
            case "clients" -> {
                int n = value.matches("[0-9]{1,2}") ? Integer.parseInt(value) : 0;
                if (n < 1 || n > ScenarioOptions.MAX_CLIENTS) throw error("expected " + expected + ", found " + Excerpt.quoted(value));
                fileOptions = fileOptions.withClients(n);
            }
            default -> {
                String v = value.toLowerCase(Locale.ROOT);
                if (!v.equals("on") && !v.equals("off")) throw error("expected " + expected + ", found " + Excerpt.quoted(value));
                fileOptions = fileOptions.withDefaultInbox(v.equals("on"));
            }
        }
    }

    // ---- [cN] EVENT [FLAGS] ----

    private Step step(String text, String[] words) throws ScenarioException {
        String clientWord = CLIENT.matcher(words[0]).matches() ? words[0] : null;
        int at = clientWord == null ? 0 : 1;
        if (at >= words.length) throw error("expected a step (" + STEP_CHOICES + ") after " + Excerpt.quoted(clientWord) + ", found end of line");
        Event event = Event.byKeyword(words[at]);
        if (event == null) {
            throw error("expected a step (" + STEP_CHOICES + ")"
                    + (clientWord == null ? " or 'set'" : " after " + Excerpt.quoted(clientWord)) + ", found " + Excerpt.quoted(words[at]));
        }
        int client = event.isClientCall() ? client(clientWord) : 0;
        if (!event.isClientCall() && clientWord != null) {
            throw error("expected no client before '" + event.keyword + "' (a transport or spooler event), found " + Excerpt.quoted(clientWord));
        }
        // Everything after the keyword, with spaces around '|' removed so "NO_WAIT | PURGE" is one argument.
        String rest = text.substring(text.indexOf(words[at]) + words[at].length()).strip();
        rest = BAR.matcher(rest).replaceAll("|");
        String[] args = rest.isEmpty() ? new String[0] : SPACES.split(rest);
        if (event != Event.LOGOFF) {
            if (args.length > 0) throw error("expected end of line after '" + event.keyword + "', found " + Excerpt.quoted(args[0]));
            return Step.call(event, client);
        }
        if (args.length == 0) throw error("expected " + FLAG_CHOICES + " after 'logoff', found end of line");
        if (args.length > 1) throw error("expected end of line after 'logoff " + Excerpt.of(args[0]) + "', found " + Excerpt.quoted(args[1]));
        if (args[0].equalsIgnoreCase("null")) return Step.logoffNull(client);
        return Step.logoff(client, flags(args[0]));
    }

    /** The client a call names, c1 when none; checked against the clients in force. */
    private int client(String word) throws ScenarioException {
        int clients = optionsInForce().clients();
        if (word == null) return 1;
        String digits = word.substring(1);
        int c = digits.length() <= 2 ? Integer.parseInt(digits) : 0;
        if (c < 1 || c > clients) {
            throw error("expected a client " + (clients == 1 ? "c1" : "c1..c" + clients) + " (this scenario has "
                    + clients + (clients == 1 ? " client" : " clients") + "), found " + Excerpt.quoted(word));
        }
        return c;
    }

    /** FLAGS: names and numbers joined with '|', e.g. {@code NO_WAIT|0x20}. */
    private int flags(String arg) throws ScenarioException {
        int flags = 0;
        for (String part : arg.split("\\|", -1)) {
            Integer v = flagValue(part);
            if (v == null) throw error("expected " + FLAG_CHOICES + ", found " + Excerpt.quoted(part.isEmpty() ? arg : part));
            flags |= v;
        }
        return flags;
    }

    /** One flag name or unsigned 32-bit number, or null when it is neither. */
    private Integer flagValue(String part) throws ScenarioException {
        if (part.equalsIgnoreCase("null")) throw error("expected null alone, not joined with other flags, found " + Excerpt.quoted(part));
        try {
            return FlagSyntax.value(part);
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
    }

    private ScenarioOptions optionsInForce() {
        if (options == null) options = overrides.applyTo(fileOptions);
        return options;
    }

    private ScenarioException error(String detail) {
        return new ScenarioException(file, line, detail);
    }
}
