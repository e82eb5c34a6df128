package storelogoff.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import storelogoff.scenario.Excerpt;
import storelogoff.verify.mutants.KillMatrix;
import storelogoff.verify.mutants.Mutant;

/** {@code --mutant ID}: a named mutant (e.g. quiet-ignores-activity) or a generated one from the kill matrix. */
final class MutantConverter implements ITypeConverter<Mutant> {
    @Override
    public Mutant convert(String id) {
        Mutant m = KillMatrix.byId(id);
        if (m == null) {
            throw new TypeConversionException("expected a mutant id from docs/verification/kill-matrix.md"
                    + " (e.g. quiet-ignores-activity), found " + Excerpt.quoted(id));
        }
        return m;
    }
}
