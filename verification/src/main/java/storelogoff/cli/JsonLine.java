package storelogoff.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * One JSON value on one line, written by Jackson's generator: compact, members in the order
 * written, strings escaped as RFC 8259 requires and otherwise as given (UTF-8 on output).
 */
final class JsonLine {
    private static final JsonFactory FACTORY = new JsonFactory();

    /** Writes the value; a body only calls the generator. */
    @FunctionalInterface
    interface Body {
        void write(JsonGenerator json) throws IOException;
    }

    private JsonLine() {}

    static String of(Body body) {
        StringWriter line = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(line)) {
            body.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to a string", e);
        }
        return line.toString();
    }

    /** {@code "name":["a","b"]}. */
    static void strings(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String v : values) json.writeString(v);
        json.writeEndArray();
    }
}
