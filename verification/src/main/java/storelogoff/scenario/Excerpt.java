package storelogoff.scenario;

/**
 * Input as an error line quotes it: at most {@link #MAX} characters, then {@code …}, so a huge
 * line cannot flood the terminal; invisible and control characters escaped as {@code \u200B},
 * so that what looks like a valid word shows why it is not.
 */
public final class Excerpt {
    /** Characters of input an error line shows at most. */
    public static final int MAX = 120;

    private Excerpt() {}

    /** {@code text} in single quotes, shortened and escaped. */
    public static String quoted(String text) {
        return "'" + of(text) + "'";
    }

    /** {@code text} shortened to {@link #MAX} characters (then {@code …}) with invisible characters escaped. */
    public static String of(String text) {
        StringBuilder b = new StringBuilder(Math.min(text.length(), MAX) + 8);
        int shown = 0;
        for (int i = 0; i < text.length(); ) {
            if (shown == MAX) return b.append('…').toString();
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            if (visible(cp)) {
                b.appendCodePoint(cp);
            } else {
                for (int k = i; k < i + n; k++) b.append(String.format("\\u%04X", (int) text.charAt(k)));
            }
            i += n;
            shown++;
        }
        return b.toString();
    }

    /** Whether a character shows as itself: not a control, format, non-ASCII space, unassigned or private character. */
    static boolean visible(int cp) {
        if (cp == ' ') return true;
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SPACE_SEPARATOR, Character.LINE_SEPARATOR,
                 Character.PARAGRAPH_SEPARATOR, Character.UNASSIGNED, Character.PRIVATE_USE, Character.SURROGATE -> false;
            default -> true;
        };
    }
}
