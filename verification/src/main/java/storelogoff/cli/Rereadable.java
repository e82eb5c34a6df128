package storelogoff.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import storelogoff.scenario.FlagSyntax;
import storelogoff.scenario.ScenarioException;
import storelogoff.scenario.TextLines;

/**
 * An input file read twice, first to check it whole, then to run it, so that nothing runs on
 * a malformed file and memory stays bounded. A regular file is opened again; anything else (a
 * pipe, {@code /dev/stdin}) is copied to a temporary file as the first read goes, and the
 * second read reads the copy.
 */
final class Rereadable implements AutoCloseable {
    private final Path file;
    private final String what;
    private Path copy;
    private boolean readOnce;

    Rereadable(Path file, String what) {
        this.file = file;
        this.what = what;
    }

    /** The lines, from the start: the file's the first time, the copy's after. */
    TextLines lines() throws ScenarioException {
        boolean first = !readOnce;
        readOnce = true;
        if (Files.isRegularFile(file) || Files.isDirectory(file) || !Files.exists(file)) return TextLines.open(file, what);
        try {
            if (!first) return new TextLines(file.toString(), what, Files.newInputStream(copy));
            copy = Files.createTempFile("storelogoff-", ".input");
            return new TextLines(file.toString(), what, new Tee(Files.newInputStream(file), Files.newOutputStream(copy)));
        } catch (IOException e) {
            throw new ScenarioException(file.toString(), 0, "cannot read the " + what + ": " + FlagSyntax.readError(e));
        }
    }

    @Override
    public void close() {
        if (copy == null) return;
        try {
            Files.deleteIfExists(copy);
        } catch (IOException e) {
            copy.toFile().deleteOnExit();
        }
    }

    /** Copies what is read to {@code copy}. */
    static final class Tee extends FilterInputStream {
        private final OutputStream copy;

        Tee(InputStream in, OutputStream copy) {
            super(in);
            this.copy = copy;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) copy.write(b);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) copy.write(b, off, n);
            return n;
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } finally {
                copy.close();
            }
        }
    }
}
