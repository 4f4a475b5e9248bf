package dev.gantry.workflow.template;

import java.util.Objects;
import java.util.Set;

/**
 * What an expression written in one field may use: the named values ({@code github}, {@code matrix}, …) and the
 * functions beyond the built-in ones ({@code hashFiles}, the status functions), as GitHub lists them for that field.
 * {@link #NONE} means the field takes no expression at all; {@link #literalsOnly} a field whose expressions may use
 * literals and built-in functions but no named value.
 *
 * @param name              how messages and tests name this list, e.g. {@code step-if}
 * @param allowsExpressions false when a {@code ${{ }}} in the field is an error in itself
 */
public record FieldContexts(String name, boolean allowsExpressions, Set<String> names, Set<String> functions) {

    public static final FieldContexts NONE = new FieldContexts("none", false, Set.of(), Set.of());

    public FieldContexts {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a field's contexts need a name");
        }
        names = Set.copyOf(names);
        functions = Set.copyOf(functions);
        if (!allowsExpressions && !(names.isEmpty() && functions.isEmpty())) {
            throw new IllegalArgumentException("contexts %s allow no expression but list %s and %s"
                    .formatted(name, names, functions));
        }
    }

    /** A field whose expressions may use {@code names} and the extra {@code functions}. */
    public static FieldContexts of(String name, Set<String> names, Set<String> functions) {
        return new FieldContexts(name, true, names, functions);
    }

    /** A field whose expressions may use literals and the built-in functions only. */
    public static FieldContexts literalsOnly(String name) {
        return new FieldContexts(name, true, Set.of(), Set.of());
    }

    @Override
    public String toString() {
        return name;
    }
}
