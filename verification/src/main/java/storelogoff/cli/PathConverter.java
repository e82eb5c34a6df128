package storelogoff.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A FILE or DIR argument: a name the file system cannot hold is a usage error in our words, not Java's. */
final class PathConverter implements ITypeConverter<Path> {
    @Override
    public Path convert(String name) {
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            throw new TypeConversionException("expected a file name, found '" + name + "' (" + e.getReason() + ")");
        }
    }
}
