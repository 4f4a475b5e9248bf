package dev.gantry.engine.context;

import dev.gantry.workflow.expr.EvaluationContext;
import dev.gantry.workflow.expr.Evaluator;
import dev.gantry.workflow.expr.ExpressionException;
import dev.gantry.workflow.expr.Interpolation;
import dev.gantry.workflow.expr.Value;
import dev.gantry.workflow.model.EnvMap;
import dev.gantry.workflow.model.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates a workflow's top-level {@code env} into the {@code env} context a job starts with. Its expressions may
 * read {@code github}, {@code inputs}, {@code vars} and {@code secrets} (what {@code context} holds). Values become
 * strings as GitHub inserts them into text. Every failure is collected with the variable's name and place. Pure.
 */
public final class WorkflowEnv {

    private WorkflowEnv() {}

    /** The outcome: the variables in source order, or every problem. */
    public sealed interface Result {
        record Evaluated(Value.Obj env) implements Result {}

        record Invalid(List<Problem> problems) implements Result {
            public Invalid {
                problems = List.copyOf(problems);
            }
        }
    }

    public static Result evaluate(String file, EnvMap env, EvaluationContext context) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Value> out = new LinkedHashMap<>();
        env.whole().ifPresent(whole -> value(file, "env", whole, context, problems).ifPresent(v -> {
            if (v instanceof Value.Obj obj) {
                obj.members().forEach((k, member) -> out.put(k, new Value.Str(Interpolation.toText(member))));
            } else {
                problems.add(new Problem(file, whole.span(), "env must evaluate to an object, not %s"
                        .formatted(v.kindName())));
            }
        }));
        env.entries().forEach((name, template) -> value(file, "env." + name, template, context, problems)
                .ifPresent(v -> out.put(name, new Value.Str(Interpolation.toText(v)))));
        return problems.isEmpty() ? new Result.Evaluated(new Value.Obj(out)) : new Result.Invalid(problems);
    }

    private static Optional<Value> value(String file, String what, Template<?> template, EvaluationContext context,
                                         List<Problem> problems) {
        return switch (template) {
            case Template.Literal<?> literal -> Optional.of(new Value.Str(String.valueOf(literal.value())));
            case Template.Expression<?> expression -> {
                if (expression.expr().isEmpty()) {
                    problems.add(new Problem(file, expression.span(), "%s: the expression does not parse: %s"
                            .formatted(what, expression.source())));
                    yield Optional.empty();
                }
                try {
                    yield Optional.of(Evaluator.evaluate(expression.expr().get(), context));
                } catch (ExpressionException e) {
                    problems.add(new Problem(file, expression.span(), "%s: %s".formatted(what, e.getMessage())));
                    yield Optional.empty();
                }
            }
        };
    }
}
