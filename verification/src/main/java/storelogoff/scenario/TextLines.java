package storelogoff.scenario;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The lines of a scenario or trace file, read one at a time, so that a file of any length
 * needs memory for one line only. UTF-8 only; a byte-order mark at the start is skipped. A
 * line break is {@code \n} or {@code \r\n}. Input that is not text fails at the line where it
 * shows: bytes that are not UTF-8, a NUL character (a binary file such as {@code /dev/zero}),
 * or a line longer than {@link #MAX_LINE} characters (a file without line breaks).
 */
public final class TextLines implements Closeable {
    /** The longest line read, in characters: far beyond any step or trace line. */
    public static final int MAX_LINE = 100_000;

    private final String file;
    private final String what;
    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
    private final char[] buffer = new char[8192];
    private final StringBuilder current = new StringBuilder();
    private int pos;
    private int end;
    private int line;
    private boolean started;
    private boolean inputEnded;
    /** Bytes that are not UTF-8 follow the characters in the buffer: an error once they are reached. */
    private boolean malformed;
    private boolean done;

    /** Reads {@code in}; {@code file} names it in errors, {@code what} says what it is ("scenario", "trace"). */
    public TextLines(String file, String what, InputStream in) {
        this.file = file;
        this.what = what;
        this.in = in;
    }

    /** Opens {@code path}; errors name it as given. */
    public static TextLines open(Path path, String what) throws ScenarioException {
        String file = path.toString();
        if (Files.isDirectory(path)) throw new ScenarioException(file, 0, "cannot read the " + what + ": it is a directory");
        try {
            return new TextLines(file, what, Files.newInputStream(path));
        } catch (IOException e) {
            throw new ScenarioException(file, 0, "cannot read the " + what + ": " + FlagSyntax.readError(e));
        }
    }

    /** The lines of {@code text}. */
    public static TextLines of(String file, String what, String text) {
        return new TextLines(file, what, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    public String file() {
        return file;
    }

    /** The number of the line {@link #next} returned last, from 1. */
    public int line() {
        return line;
    }

    /** The next line without its line break; null after the last. */
    public String next() throws ScenarioException {
        if (done) return null;
        current.setLength(0);
        line++;
        while (true) {
            if (pos == end && !fill()) {
                done = true;
                return current.toString();
            }
            int start = pos;
            while (pos < end && buffer[pos] != '\n') {
                if (buffer[pos] == '\0') {
                    throw new ScenarioException(file, line, "expected text, found a NUL character (\\u0000) at column "
                            + (current.length() + pos - start + 1) + ": is it a binary file?");
                }
                pos++;
            }
            current.append(buffer, start, pos - start);
            if (current.length() > MAX_LINE) {
                throw new ScenarioException(file, line, String.format(Locale.ROOT,
                        "expected a line of at most %,d characters, found a longer one: is it a text file?", MAX_LINE));
            }
            if (pos < end) {
                pos++; // the '\n'
                int n = current.length();
                if (n > 0 && current.charAt(n - 1) == '\r') current.setLength(n - 1);
                return current.toString();
            }
        }
    }

    /**
     * The first character that is not white space, without consuming anything; -1 when the
     * input is blank as far as the first buffer reaches. Only before the first {@link #next()}.
     */
    public int firstNonBlank() throws ScenarioException {
        if (line > 0) throw new IllegalStateException("firstNonBlank after next");
        while (true) {
            for (int i = pos; i < end; i++) {
                if (!Character.isWhitespace(buffer[i])) return buffer[i];
            }
            if (end == buffer.length || !read()) return -1;
        }
    }

    /** Refills the emptied buffer; false at the end of the input. */
    private boolean fill() throws ScenarioException {
        pos = 0;
        end = 0;
        return read();
    }

    /**
     * Decodes more characters after those held; false at the end of the input. Characters
     * before bytes that are not UTF-8 are handed out first, so the error names the right line.
     * Skips a byte-order mark at the start.
     */
    private boolean read() throws ScenarioException {
        try {
            CharBuffer out = CharBuffer.wrap(buffer, end, buffer.length - end);
            while (!malformed && out.position() == end) {
                CoderResult r = decoder.decode(bytes, out, inputEnded);
                if (r.isError()) {
                    malformed = true;
                } else if (out.position() == end && r.isUnderflow()) {
                    if (inputEnded) break;
                    bytes.compact();
                    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                    if (n < 0) inputEnded = true;
                    else bytes.position(bytes.position() + n);
                    bytes.flip();
                }
            }
            int n = out.position() - end;
            if (n == 0) {
                if (malformed) throw new ScenarioException(file, Math.max(line, 1), "cannot read the " + what + ": not UTF-8 text");
                return false;
            }
            if (!started) {
                started = true;
                if (buffer[end] == '\uFEFF') pos++;
            }
            end += n;
            return true;
        } catch (IOException e) {
            throw new ScenarioException(file, Math.max(line, 1), "cannot read the " + what + ": " + FlagSyntax.readError(e));
        }
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            // Read-only: nothing is lost when closing fails.
        }
    }
}
