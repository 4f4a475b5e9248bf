package dev.gantry.engine.context;

import dev.gantry.workflow.expr.EvaluationContext;
import dev.gantry.workflow.expr.Evaluator;
import dev.gantry.workflow.expr.ExpressionException;
import dev.gantry.workflow.expr.Interpolation;
import dev.gantry.workflow.expr.Value;
import dev.gantry.workflow.diag.Span;
import dev.gantry.workflow.model.Input;
import dev.gantry.workflow.model.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The {@code inputs} context of a {@code workflow_dispatch} or {@code workflow_call} run: every declared input,
 * given or defaulted, typed by its declared type ({@code boolean} inputs are booleans, {@code number} inputs
 * numbers, the rest strings), and the same values as strings for {@code github.event.inputs}, which GitHub keeps
 * as strings. An input neither given nor defaulted is {@code false}, {@code 0} or {@code ''} by type.
 *
 * <p>Problems (a required input missing, a value that is not of the declared type, a choice not among the options,
 * an input the workflow does not declare) are collected, all of them, each naming the input. Pure.
 */
public final class InputResolver {

    /** A decimal number as a form field holds it: sign, digits, fraction, exponent. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private InputResolver() {}

    /** The outcome: the typed inputs and their string forms, or every problem. */
    public sealed interface Result {
        record Resolved(Value.Obj inputs, Map<String, String> strings) implements Result {
            public Resolved {
                strings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(strings));
            }
        }

        record Invalid(List<Problem> problems) implements Result {
            public Invalid {
                problems = List.copyOf(problems);
            }
        }
    }

    /** For {@code workflow_dispatch}: the given inputs are strings, as typed on a form or {@code --input K=V}. */
    public static Result forDispatch(String file, Map<String, Input> declared, Map<String, String> given,
                                     EvaluationContext defaults) {
        Map<String, Value> values = new LinkedHashMap<>();
        given.forEach((k, v) -> values.put(k, new Value.Str(v)));
        return resolve(file, declared, values, defaults);
    }

    /**
     * @param given    values by input name (typed for {@code workflow_call}; strings are converted by type)
     * @param defaults what a default expression may read ({@code github}, {@code inputs} of a caller…)
     */
    public static Result resolve(String file, Map<String, Input> declared, Map<String, Value> given,
                                 EvaluationContext defaults) {
        List<Problem> problems = new ArrayList<>();
        given.keySet().stream().filter(name -> !declared.containsKey(name)).forEach(name -> problems.add(
                new Problem(file, Span.NONE, "unexpected input \"%s\"; the workflow declares %s".formatted(name,
                        declared.isEmpty() ? "no inputs" : String.join(", ", declared.keySet())))));
        Map<String, Value> typed = new LinkedHashMap<>();
        Map<String, String> strings = new LinkedHashMap<>();
        for (Input input : declared.values()) {
            Value raw = given.containsKey(input.id())
                    ? given.get(input.id()) : defaultOf(file, input, defaults, problems);
            if (raw == null) {
                if (input.required()) {
                    problems.add(new Problem(file, input.span(), "input \"%s\" is required".formatted(input.id())));
                }
                raw = emptyOf(input.type());
            }
            Value value = typed(file, input, raw, problems);
            typed.put(input.id(), value);
            strings.put(input.id(), Interpolation.toText(value));
        }
        return problems.isEmpty() ? new Result.Resolved(new Value.Obj(typed), strings) : new Result.Invalid(problems);
    }

    /** The input's default value, or null when it has none (or it failed, reported). */
    private static Value defaultOf(String file, Input input, EvaluationContext context, List<Problem> problems) {
        if (input.defaultValue().isEmpty()) {
            return null;
        }
        return switch (input.defaultValue().get()) {
            case Template.Literal<Value> literal -> literal.value();
            case Template.Expression<Value> expression -> {
                if (expression.expr().isEmpty()) {
                    problems.add(new Problem(file, expression.span(), "the default of input \"%s\" (%s) does not parse"
                            .formatted(input.id(), expression.source())));
                    yield null;
                }
                try {
                    yield Evaluator.evaluate(expression.expr().get(), context);
                } catch (ExpressionException e) {
                    String message = "the default of input \"%s\" (%s) cannot be evaluated: %s"
                            .formatted(input.id(), expression.source(), e.getMessage());
                    problems.add(new Problem(file, expression.span(), message));
                    yield null;
                }
            }
        };
    }

    private static Value emptyOf(String type) {
        return switch (type) {
            case "boolean" -> Value.FALSE;
            case "number" -> new Value.Num(0);
            default -> new Value.Str("");
        };
    }

    private static Value typed(String file, Input input, Value raw, List<Problem> problems) {
        String text = Interpolation.toText(raw);
        return switch (input.type()) {
            case "boolean" -> switch (raw) {
                case Value.Bool b -> b;
                case Value.Str s when s.value().toLowerCase(Locale.ROOT).equals("true") -> Value.TRUE;
                case Value.Str s when s.value().toLowerCase(Locale.ROOT).equals("false") -> Value.FALSE;
                default -> {
                    problems.add(new Problem(file, input.span(), "input \"%s\" is a boolean: true or false, not \"%s\""
                            .formatted(input.id(), text)));
                    yield Value.FALSE;
                }
            };
            case "number" -> {
                if (raw instanceof Value.Num n) {
                    yield n;
                }
                if (NUMBER.matcher(text.strip()).matches()) {
                    yield new Value.Num(Double.parseDouble(text.strip()));
                }
                problems.add(new Problem(file, input.span(), "input \"%s\" is a number, not \"%s\""
                        .formatted(input.id(), text)));
                yield new Value.Num(0);
            }
            case "choice" -> {
                if (!input.options().isEmpty() && !input.options().contains(text)) {
                    problems.add(new Problem(file, input.span(), "input \"%s\" must be one of %s, not \"%s\""
                            .formatted(input.id(), String.join(", ", input.options()), text)));
                }
                yield new Value.Str(text);
            }
            default -> new Value.Str(text);
        };
    }
}
