package storelogoff.verify;

/**
 * One named part of an {@link Invariant}: a condition that can fail on its own. An invariant's
 * check returns {@link #violated} of the first of its conjuncts that fails, so a violation says
 * which part broke, and the kill matrix can show that every part is needed (issue 11, §2).
 *
 * @param id          stable within its invariant, e.g. {@code refs-not-negative}
 * @param description what must hold, in plain words
 */
public record Conjunct(String id, String description) {

    /** Between a conjunct's id and the detail in a violation message. */
    static final String SEPARATOR = ": ";

    public Conjunct {
        if (!id.matches("[a-z][a-z0-9-]*")) throw new IllegalArgumentException("conjunct id '" + id + "' is not kebab-case");
    }

    /** The violation message for this conjunct: its id, then what was found. Called only on failure. */
    public String violated(String detail) {
        return id + SEPARATOR + detail;
    }

    /** Whether {@code message} is a violation of this conjunct. */
    public boolean named(String message) {
        return message != null && message.startsWith(id) && message.startsWith(SEPARATOR, id.length());
    }
}
