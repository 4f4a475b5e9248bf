package dev.gantry.workflow.expr;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The table of every function the expression language knows. Function names are case-insensitive. */
public final class Functions {

    /** The most arguments a function with a variable argument list takes ({@code format}, {@code case}). */
    public static final int MAX_VARARGS = 255;

    /** In table order: the built-ins, then the status functions, then {@code hashFiles}. */
    public static final List<FunctionSpec> ALL = List.of(
            new FunctionSpec("contains", 2, 2, true, TextFunctions::contains),
            new FunctionSpec("startsWith", 2, 2, true, TextFunctions::startsWith),
            new FunctionSpec("endsWith", 2, 2, true, TextFunctions::endsWith),
            new FunctionSpec("format", 1, MAX_VARARGS, true, FormatFunction::format),
            new FunctionSpec("join", 1, 2, true, TextFunctions::join),
            new FunctionSpec("toJSON", 1, 1, true, JsonFunctions::toJson),
            new FunctionSpec("fromJSON", 1, 1, true, JsonFunctions::fromJson),
            new FunctionSpec("case", 3, MAX_VARARGS, true, CaseFunction::choose),
            new FunctionSpec("success", 0, 0, false, StatusFunctions::success),
            new FunctionSpec("always", 0, 0, false, StatusFunctions::always),
            new FunctionSpec("cancelled", 0, 0, false, StatusFunctions::cancelled),
            new FunctionSpec("failure", 0, 0, false, StatusFunctions::failure),
            new FunctionSpec("hashFiles", 1, MAX_VARARGS, false, FileHasher::hashFiles));

    private static final Map<String, FunctionSpec> BY_NAME = new HashMap<>();

    static {
        for (FunctionSpec spec : ALL) {
            BY_NAME.put(spec.name(), spec);
            BY_NAME.put(spec.name().toLowerCase(Locale.ROOT), spec);
        }
    }

    private Functions() {}

    /** The function called {@code name} in any letter case. */
    public static Optional<FunctionSpec> lookup(String name) {
        return Optional.ofNullable(find(name));
    }

    /** As {@link #lookup} without the Optional, for the evaluator's hot path; {@code null} when unknown. */
    static FunctionSpec find(String name) {
        FunctionSpec spec = BY_NAME.get(name);
        return spec != null ? spec : BY_NAME.get(name.toLowerCase(Locale.ROOT));
    }
}
