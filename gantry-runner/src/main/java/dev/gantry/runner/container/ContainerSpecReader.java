package dev.gantry.runner.container;

import dev.gantry.engine.plan.Evaluated;
import dev.gantry.workflow.expr.Interpolation;
import dev.gantry.workflow.expr.Value;
import dev.gantry.workflow.model.Container;
import dev.gantry.workflow.model.EnvMap;
import dev.gantry.workflow.model.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Evaluates a job's {@code container:} or a {@code services:} entry into a {@link ContainerSpec}: every field that
 * may hold an expression, the whole entry written as one expression (an object or an image string), and the
 * {@code options} string. Pure apart from the evaluator it is given.
 */
public final class ContainerSpecReader {

    /** How fields are evaluated at job time (the host's expression evaluator). */
    public interface Fields {
        Evaluated<String> text(String field, Template<String> template);

        Evaluated<Value> value(String field, Template<?> template);

        Evaluated<Map<String, String>> map(String field, EnvMap env);
    }

    /** A container to run, none ({@code container: ''}), or why the entry cannot be read. */
    public sealed interface Read {
        record Spec(ContainerSpec spec) implements Read {}

        record None() implements Read {}

        record Problem(String message) implements Read {}
    }

    private final Fields fields;

    public ContainerSpecReader(Fields fields) {
        this.fields = fields;
    }

    /** @param what names the entry in messages ({@code container}, {@code services.db}) */
    public Read read(String what, Template<Container> template) {
        return switch (template) {
            case Template.Literal<Container> l -> literal(what, l.value());
            case Template.Expression<Container> e -> switch (fields.value(what, e)) {
                case Evaluated.Ok<Value> ok -> fromValue(what, ok.value());
                case Evaluated.Error<Value> err -> new Read.Problem(err.message());
            };
        };
    }

    private Read literal(String what, Container c) {
        List<String> problems = new ArrayList<>();
        String image = text(what + ".image", c.image(), problems);
        Map<String, String> env = switch (fields.map(what + ".env", c.env())) {
            case Evaluated.Ok<Map<String, String>> ok -> ok.value();
            case Evaluated.Error<Map<String, String>> err -> {
                problems.add(err.message());
                yield Map.of();
            }
        };
        List<String> ports = c.ports().stream().map(p -> text(what + ".ports", p, problems)).toList();
        List<String> volumes = c.volumes().stream().map(v -> text(what + ".volumes", v, problems)).toList();
        String options = c.options().map(o -> text(what + ".options", o, problems)).orElse("");
        Optional<ContainerSpec.RegistryLogin> login = c.credentials().map(cr -> new ContainerSpec.RegistryLogin(
                text(what + ".credentials.username", cr.username(), problems),
                text(what + ".credentials.password", cr.password(), problems)));
        Optional<String> entrypoint = c.entrypoint().map(t -> text(what + ".entrypoint", t, problems))
                .filter(s -> !s.isBlank());
        String command = c.command().map(t -> text(what + ".command", t, problems)).orElse("");
        if (!problems.isEmpty()) {
            return new Read.Problem(problems.get(0));
        }
        return build(what, image, env, ports, volumes, options, login, entrypoint, command);
    }

    private Read fromValue(String what, Value value) {
        return switch (value) {
            case Value.Null n -> new Read.None();
            case Value.Str s -> s.value().isBlank() ? new Read.None() : build(what, s.value(), Map.of(), List.of(),
                    List.of(), "", Optional.empty(), Optional.empty(), "");
            case Value.Obj o -> {
                Map<String, Value> m = o.members();
                Map<String, String> env = new LinkedHashMap<>();
                if (m.get("env") instanceof Value.Obj e) {
                    e.members().forEach((k, v) -> env.put(k, Interpolation.toText(v)));
                }
                Optional<ContainerSpec.RegistryLogin> login = m.get("credentials") instanceof Value.Obj cr
                        ? Optional.of(new ContainerSpec.RegistryLogin(member(cr, "username"), member(cr, "password")))
                        : Optional.empty();
                yield build(what, member(o, "image"), env, list(m.get("ports")), list(m.get("volumes")),
                        member(o, "options"), login, Optional.of(member(o, "entrypoint")).filter(s -> !s.isBlank()),
                        member(o, "command"));
            }
            default -> new Read.Problem(what + " must be an image name or a mapping, not "
                    + Interpolation.toText(value));
        };
    }

    private static Read build(String what, String image, Map<String, String> env, List<String> ports,
                              List<String> volumes, String options, Optional<ContainerSpec.RegistryLogin> login,
                              Optional<String> entrypoint, String command) {
        if (image.isBlank()) {
            return what.equals("container") ? new Read.None()
                    : new Read.Problem(what + " has no image");
        }
        ContainerOptions parsed = ContainerOptions.NONE;
        if (!options.isBlank()) {
            switch (OptionsParser.parse(options)) {
                case OptionsParser.Parsed.Ok ok -> parsed = ok.options();
                case OptionsParser.Parsed.Rejected r -> {
                    return new Read.Problem(what + "." + r.message());
                }
            }
        }
        List<String> words = command.isBlank() ? List.of() : OptionWords.split(command).orElse(List.of(command));
        return new Read.Spec(new ContainerSpec(image.strip(), env, ports, volumes, parsed, login, entrypoint, words));
    }

    private String text(String field, Template<String> template, List<String> problems) {
        return switch (fields.text(field, template)) {
            case Evaluated.Ok<String> ok -> ok.value();
            case Evaluated.Error<String> err -> {
                problems.add(err.message());
                yield "";
            }
        };
    }

    private static String member(Value.Obj o, String name) {
        Value v = o.members().get(name);
        return v == null || v instanceof Value.Null ? "" : Interpolation.toText(v);
    }

    private static List<String> list(Value v) {
        if (v instanceof Value.Arr a) {
            return a.items().stream().map(Interpolation::toText).toList();
        }
        return v == null || v instanceof Value.Null ? List.of() : List.of(Interpolation.toText(v));
    }
}
