package storelogoff.cli;

import java.util.Iterator;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import storelogoff.model.Reading;
import storelogoff.scenario.Excerpt;

/** {@code --reading NAME}: a named reading, or several joined with {@code +}. */
final class ReadingConverter implements ITypeConverter<Reading> {
    @Override
    public Reading convert(String value) {
        try {
            return Reading.byName(value);
        } catch (Reading.Contradiction e) {
            throw new TypeConversionException(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException("expected one of " + String.join(", ", Reading.names())
                    + " (several joined with +), found " + Excerpt.quoted(value));
        }
    }

    /** The names --help lists. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Reading.names().iterator();
        }
    }
}
