package storelogoff.verify.docs;

/**
 * A file in the repository that is produced from the model, never edited by hand. Its
 * committed text must equal {@link #render()}; a test and {@code ./storelogoff docs --check}
 * enforce that.
 */
public interface GeneratedDoc {

    /** The path relative to the repository root, with {@code /} separators. */
    String path();

    /** The full text of the file. */
    String render();
}
