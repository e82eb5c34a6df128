package storelogoff.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clause catalogue, read from {@link #PATH} in the repository: every clause id with its
 * text, in the page's order.
 */
public final class Clauses {
    /** The catalogue's path relative to the repository root, with {@code /} separators. */
    public static final String PATH = "docs/spec/clauses.md";
    /** The copy of the reference page the clauses split, whose sentence ids are the clauses' seeds. */
    public static final String PAGE = "docs/spec/storelogoff-page.md";

    /** A clause id such as {@code NOWAIT-3}; {@code ABORT-1..4} style ranges are expanded by {@link #cited}. */
    public static final Pattern ID = Pattern.compile("\\b(SIG|FLAGS|ABORT|NOWAIT|ORDERLY|PURGE|QUIET|OUT|RET|REM|IMPL)-(\\d+)(?:\\.\\.(\\d+))?\\b");
    private static final Pattern ROW = Pattern.compile("^\\|\\s*([A-Z]+-\\d+)\\s*\\|[^|]*\\|\\s*(.*?)\\s*\\|\\s*$");

    private final Map<String, String> text;

    private Clauses(Map<String, String> text) {
        this.text = text;
    }

    /** The catalogue of the repository whose root is {@code repoRoot}. */
    public static Clauses load(Path repoRoot) {
        Path file = repoRoot.resolve(PATH);
        try {
            Map<String, String> text = new LinkedHashMap<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                Matcher m = ROW.matcher(line);
                if (m.matches()) text.put(m.group(1), m.group(2));
            }
            if (text.isEmpty()) throw new IllegalStateException(file + " holds no clause rows");
            return new Clauses(text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the clause catalogue " + file, e);
        }
    }

    public Set<String> ids() {
        return text.keySet();
    }

    public String text(String id) {
        return text.get(id);
    }

    /** Every clause id cited in {@code source}, ranges such as {@code ABORT-1..4} expanded. */
    public static Set<String> cited(String source) {
        Set<String> ids = new LinkedHashSet<>();
        Matcher m = ID.matcher(source);
        while (m.find()) {
            int from = Integer.parseInt(m.group(2));
            int to = m.group(3) == null ? from : Integer.parseInt(m.group(3));
            for (int i = from; i <= to; i++) ids.add(m.group(1) + "-" + i);
        }
        return ids;
    }

    /** Ids in {@code ids} that the catalogue does not have. */
    public Set<String> unknown(Iterable<String> ids) {
        Set<String> out = new LinkedHashSet<>();
        for (String id : ids) if (!text.containsKey(id)) out.add(id);
        return out;
    }

    @Override
    public String toString() {
        return new ArrayList<>(text.keySet()).toString();
    }
}
