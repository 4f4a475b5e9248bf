package dev.gantry.workflow.expr;

/**
 * One function the expression language knows: its name as documented, how many arguments it takes, and what it
 * does. {@code builtIn} functions may be called in every field; the others (status functions, {@code hashFiles})
 * only where the caller allows them.
 */
public record FunctionSpec(String name, int minArgs, int maxArgs, boolean builtIn, Impl impl) {

    /** What a function computes. Arguments are evaluated on demand, so a function may skip some of them. */
    @FunctionalInterface
    public interface Impl {
        Value call(Arguments args) throws ExpressionException;
    }

    public FunctionSpec {
        if (minArgs < 0 || maxArgs < minArgs) {
            throw new IllegalArgumentException("bad arity %d..%d for %s".formatted(minArgs, maxArgs, name));
        }
    }
}
