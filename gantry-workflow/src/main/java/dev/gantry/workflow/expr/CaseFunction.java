package dev.gantry.workflow.expr;

/**
 * {@code case(pred1, value1, pred2, value2, …, default)}: the value after the first true predicate, else the
 * default. Predicates must be booleans; values that are not chosen are not evaluated. The parser ensures an odd
 * number of arguments.
 */
final class CaseFunction {

    private CaseFunction() {}

    static Value choose(Arguments args) throws ExpressionException {
        int last = args.size() - 1;
        for (int i = 0; i < last; i += 2) {
            if (!(args.get(i) instanceof Value.Bool predicate)) {
                throw ExpressionException.evaluation("case predicate must evaluate to a boolean value");
            }
            if (predicate.value()) {
                return args.get(i + 1);
            }
        }
        return args.get(last);
    }
}
