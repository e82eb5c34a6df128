package storelogoff.verify.docs;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import storelogoff.model.WorldField;
import storelogoff.model.WorldField.Kind;

/**
 * The hot-path code derived from {@link WorldField}, generated because a loop over the
 * declaration's readers and writers costs about 15 times as much as field-by-field code:
 * {@code World.copyFrom/equals/hashCode}, and the explorer's decoder and one-pass encoder in
 * {@code StateCodec}. Each is a {@link GeneratedRegion} of its hand-written class; the
 * templates below say, per {@link Kind}, how a field is copied, compared, hashed and packed.
 */
final class WorldFieldCode {
    static final String WORLD = "model/src/main/java/storelogoff/model/World.java";
    static final String CODEC = "verification/src/main/java/storelogoff/verify/explore/StateCodec.java";

    private WorldFieldCode() {}

    static List<GeneratedDoc> regions(Path repoRoot) {
        return List.of(new GeneratedRegion(repoRoot, WORLD, "world", WorldFieldCode::world),
                new GeneratedRegion(repoRoot, CODEC, "codec", WorldFieldCode::codec));
    }

    // ---- World ----

    static String world() {
        StringBuilder b = new StringBuilder();
        List<WorldField> config = WorldField.ALL.stream().filter(f -> f.kind == Kind.CONFIGURATION).toList();
        String mismatch = config.stream().map(f -> "o." + f.key + " != " + f.key).collect(Collectors.joining(" || "));
        b.append("    public void copyFrom(World o) {\n");
        b.append("        if (").append(mismatch).append(" || o.refs.length != refs.length) {\n");
        b.append("            throw new IllegalArgumentException(\"worlds of different configurations\");\n");
        b.append("        }\n");
        // The explorer copies a world back after every step that changed it. A loop, not
        // System.arraycopy, whose stub call costs more than a few counts; and a reference stored
        // only when it differs, since G1 pays a barrier with a memory fence for each store of one.
        for (WorldField f : WorldField.ALL) {
            switch (f.kind) {
                case CONFIGURATION -> { }
                case REFERENCES -> b.append("        for (int i = 0; i < ").append(f.key).append(".length; i++) ").append(f.key)
                        .append("[i] = o.").append(f.key).append("[i];\n");
                case STATE -> b.append("        if (").append(f.key).append(" != o.").append(f.key).append(") ").append(f.key)
                        .append(" = o.").append(f.key).append(";\n");
                default -> b.append("        ").append(f.key).append(" = o.").append(f.key).append(";\n");
            }
        }
        b.append("    }\n\n");

        // The same world first: the search checks a step that changed nothing with `before` as both worlds.
        b.append("    @Override\n    public boolean equals(Object other) {\n        return other == this || other instanceof World o");
        for (WorldField f : WorldField.ALL) {
            b.append("\n                && ").append(f.kind == Kind.REFERENCES
                    ? "Arrays.equals(" + f.key + ", o." + f.key + ")" : f.key + " == o." + f.key);
        }
        b.append(";\n    }\n\n");

        b.append("    @Override\n    public int hashCode() {\n        int h = 1;\n");
        for (WorldField f : WorldField.ALL) {
            String v = switch (f.kind) {
                case CONFIGURATION, YES_NO -> "(" + f.key + " ? 1 : 0)";
                case STATE -> f.key + ".ordinal()";
                case REFERENCES -> "Arrays.hashCode(" + f.key + ")";
                default -> f.key;
            };
            b.append("        h = 31 * h + ").append(v).append(";\n");
        }
        b.append("        return h;\n    }\n");
        return b.toString();
    }

    // ---- StateCodec ----

    static String codec() {
        StringBuilder b = new StringBuilder();
        b.append("    /** The fields this code was generated for, checked against WorldField when a codec is made. */\n");
        b.append("    private static final List<String> GENERATED_FOR = List.of(")
                .append(WorldField.ALL.stream().map(f -> "\"" + f.key + "\"").collect(Collectors.joining(", ")))
                .append(");\n\n");

        b.append("    /**\n     * Writes the state {@code c} into {@code w}, which must have this codec's configuration; with the\n"
                + "     * wide layout the per-client fields come from the second word {@code hi}, else {@code hi} is {@code c}.\n     */\n");
        b.append("    public void decode(long c, long hi, World w) {\n        requireConfiguration(w);\n");
        b.append("        int[] s = shift, n = width;\n");
        for (WorldField f : WorldField.ALL) {
            int k = f.ordinal();
            if (f.kind == Kind.CONFIGURATION) continue;
            if (f.kind == Kind.REFERENCES) {
                b.append("        for (int i = 0; i < clients; i++) w.").append(f.key).append("[i] = (int) bits(hi, s[")
                        .append(k).append("] + i * n[").append(k).append("], n[").append(k).append("]);\n");
                continue;
            }
            String v = "(int) bits(c, s[" + k + "], n[" + k + "])";
            b.append("        w.").append(f.key).append(" = ").append(switch (f.kind) {
                case STATE -> "STATES[" + v + "]";
                case YES_NO -> "bits(c, s[" + k + "], n[" + k + "]) != 0";
                case FLAGS -> "flagValues[" + v + "]";
                case OUTPUT_FLAGS -> "unpackOutput(" + v + ")";
                default -> v;
            }).append(";\n");
        }
        b.append("    }\n\n");

        encoder(b, true);
        b.append('\n');
        encoder(b, false);
        return b.toString();
    }

    /**
     * The one-pass encoder of a world one step changed: with {@code restore}, {@code encodeAndRestore}
     * (the search alone), else {@code encodeChanged}, which leaves the world after as it is for the
     * invariants.
     */
    private static void encoder(StringBuilder b, boolean restore) {
        if (restore) {
            b.append("""
                        /**
                         * The code of {@code after}, a copy of {@code before} (code {@code beforeCode}) that one step
                         * changed, with {@code after} put back to {@code before} on the way: one pass over the fields
                         * instead of {@code encode(after)} then {@code after.copyFrom(before)}. A step changes few
                         * fields, so most comparisons find nothing to do. A value beyond its field fails naming the
                         * field and the world before the step. With the wide layout this is the first word;
                         * {@link #refsWord} of {@code after}, taken before, is the second.
                         */
                        public long encodeAndRestore(World after, World before, long beforeCode) {
                    """);
        } else {
            b.append("""
                        /**
                         * The code of {@code after}, a copy of {@code before} (code {@code beforeCode}) that one step
                         * changed, leaving both as they are: as {@link #encodeAndRestore}, for a search that still
                         * checks the step's invariants on {@code after}. With the wide layout, the first word.
                         */
                        public long encodeChanged(World after, World before, long beforeCode) {
                    """);
        }
        b.append("        int[] s = shift, n = width;\n        long c = beforeCode;\n");
        // One line a field: the comparison, the new bits, the restore.
        for (WorldField f : WorldField.ALL) {
            int k = f.ordinal();
            String x = "after." + f.key, was = "before." + f.key;
            switch (f.kind) {
                case CONFIGURATION -> { }
                // With the wide layout the per-client fields are in the second word: refsWord packs them.
                case REFERENCES -> b.append("        for (int i = 0; i < clients; i++) {\n")
                        .append("            if (").append(x).append("[i] != ").append(was).append("[i]) { if (!wide) c = with(c, s[").append(k)
                        .append("] + i * n[").append(k).append("], n[").append(k).append("], checked(").append(x)
                        .append("[i], n[").append(k).append("], FIELDS[").append(k).append("], i, before));")
                        .append(restore ? " " + x + "[i] = " + was + "[i];" : "").append(" }\n        }\n");
                default -> {
                    String change = switch (f.kind) {
                        case YES_NO -> "c ^= 1L << s[" + k + "];";
                        case STATE -> "c = with(c, s[" + k + "], n[" + k + "], " + x + ".ordinal());";
                        case FLAGS -> "c = with(c, s[" + k + "], n[" + k + "], flagIndex(" + x + ", FIELDS[" + k + "], 0, before));";
                        case OUTPUT_FLAGS -> "c = with(c, s[" + k + "], n[" + k + "], packOutput(" + x + ", FIELDS[" + k + "], before));";
                        default -> "c = with(c, s[" + k + "], n[" + k + "], checked(" + x + ", n[" + k + "], FIELDS[" + k + "], 0, before));";
                    };
                    b.append("        if (").append(x).append(" != ").append(was).append(") { ").append(change)
                            .append(restore ? " " + x + " = " + was + ";" : "").append(" }\n");
                }
            }
        }
        b.append("        return c;\n    }\n");
    }
}
