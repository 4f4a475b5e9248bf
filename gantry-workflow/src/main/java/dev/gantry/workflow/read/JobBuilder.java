package dev.gantry.workflow.read;

import dev.gantry.workflow.diag.Diagnostics;
import dev.gantry.workflow.diag.Span;
import dev.gantry.workflow.model.CallJob;
import dev.gantry.workflow.model.Concurrency;
import dev.gantry.workflow.model.Container;
import dev.gantry.workflow.model.Defaults;
import dev.gantry.workflow.model.EnvMap;
import dev.gantry.workflow.model.Environment;
import dev.gantry.workflow.model.Job;
import dev.gantry.workflow.model.JobCommon;
import dev.gantry.workflow.model.Named;
import dev.gantry.workflow.model.Permissions;
import dev.gantry.workflow.model.RunnerJob;
import dev.gantry.workflow.model.RunsOn;
import dev.gantry.workflow.model.Template;
import dev.gantry.workflow.yaml.YamlNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds one job and checks what its shape cannot express: runner groups and container images. */
final class JobBuilder {

    private final Fields fields;
    private final Diagnostics diagnostics;
    private final StepBuilder steps;
    private final StrategyBuilder strategies;

    JobBuilder(Fields fields, Diagnostics diagnostics) {
        this.fields = fields;
        this.diagnostics = diagnostics;
        this.steps = new StepBuilder(fields, diagnostics);
        this.strategies = new StrategyBuilder(fields, diagnostics);
    }

    Job build(Named id, YamlNode node) {
        YamlNode.Mapping m = node instanceof YamlNode.Mapping mapping ? mapping : new YamlNode.Mapping(List.of(), node.span());
        JobCommon common = new JobCommon(id, fields.string(m.get("name"), id.name(), id.span()),
                Fields.names(m.get("needs")), fields.condition(m.get("if")), permissions(m.get("permissions")),
                concurrency(m.get("concurrency")), strategies.build(m.get("strategy")), m.span());
        Optional<YamlNode.Scalar> uses = Fields.scalar(m.get("uses")).filter(s -> !s.isNull());
        if (uses.isPresent()) {
            Optional<YamlNode> secrets = m.get("secrets");
            boolean inherit = Fields.text(secrets).filter("inherit"::equals).isPresent();
            return new CallJob(common, new Named(uses.get().value(), uses.get().span()), fields.env(m.get("with")),
                    inherit ? EnvMap.EMPTY : fields.env(secrets), inherit);
        }
        return new RunnerJob(common, runsOn(m.get("runs-on")), environment(m.get("environment")),
                fields.env(m.get("outputs")), fields.env(m.get("env")), defaults(fields, m.get("defaults")),
                fields.number(m.get("timeout-minutes")), fields.number(m.get("cancel-timeout-minutes")),
                fields.bool(m.get("continue-on-error"), false), m.get("container").filter(c -> !(c instanceof YamlNode.Scalar s && s.isNull())).map(this::container),
                services(m.get("services")), steps.build(m.get("steps")));
    }

    private RunsOn runsOn(Optional<YamlNode> node) {
        if (node.isEmpty()) {
            return RunsOn.NONE;
        }
        YamlNode n = node.get();
        if (n instanceof YamlNode.Mapping m) {
            Optional<Template<String>> group = fields.string(m.get("group"));
            Fields.scalar(m.get("group")).filter(s -> !s.isNull()).ifPresent(this::checkGroup);
            return new RunsOn(labels(m.get("labels")), group, n.span());
        }
        return new RunsOn(labels(node), Optional.empty(), n.span());
    }

    private List<Template<String>> labels(Optional<YamlNode> node) {
        if (node.isPresent() && node.get() instanceof YamlNode.Sequence seq) {
            return seq.items().stream().map(item -> fields.string(Optional.of(item), "", item.span())).toList();
        }
        return fields.string(node).map(List::of).orElse(List.of());
    }

    private void checkGroup(YamlNode.Scalar group) {
        String name = group.value();
        int slash = name.indexOf('/');
        if (slash < 0 || name.contains("${{")) {
            return;
        }
        String prefix = name.substring(0, slash);
        String rest = name.substring(slash + 1);
        Span at = Span.at(group.span().start());
        if (rest.isEmpty()) {
            diagnostics.error("runner-label", at, "Invalid runs-on group name '%s'.", name);
        } else if (!prefix.equals("organization") && !prefix.equals("enterprise")) {
            diagnostics.error("runner-label", at, "Invalid runs-on group name '%s'. Please use 'organization/' or"
                    + " 'enterprise/' prefix to target a single runner group.", name);
        }
    }

    private Optional<Environment> environment(Optional<YamlNode> node) {
        if (node.isEmpty() || (node.get() instanceof YamlNode.Scalar s && s.isNull())) {
            return Optional.empty();
        }
        if (node.get() instanceof YamlNode.Mapping m) {
            return Optional.of(new Environment(fields.string(m.get("name"), "", m.span()), fields.string(m.get("url")),
                    m.span()));
        }
        return Optional.of(new Environment(fields.string(node, "", node.get().span()), Optional.empty(),
                node.get().span()));
    }

    private Template<Container> container(YamlNode node) {
        if (node instanceof YamlNode.Scalar s) {
            Optional<Template.Expression<Object>> e = fieldsExpression(s);
            if (e.isPresent()) {
                return new Template.Expression<>(e.get().source(), e.get().expr(), s.span());
            }
            if (!s.isNull() && s.value().isEmpty()) {
                diagnostics.error(SyntaxChecker.RULE, Span.at(s.span().start()), "Container image cannot be empty");
            }
        }
        Optional<YamlNode.Mapping> m = Fields.mapping(Optional.of(node));
        if (m.isPresent() && m.get().get("image").isEmpty()) {
            diagnostics.error(SyntaxChecker.RULE, Span.at(node.span().start()), "Container image cannot be empty");
        }
        Template<String> image = m.isPresent() ? fields.string(m.get().get("image"), "", node.span())
                : fields.string(Optional.of(node), "", node.span());
        Optional<Container.Credentials> credentials = m.flatMap(c -> Fields.mapping(c.get("credentials")))
                .map(c -> new Container.Credentials(fields.string(c.get("username"), "", c.span()),
                        fields.string(c.get("password"), "", c.span()), c.span()));
        Container container = new Container(image, credentials, fields.env(m.flatMap(c -> c.get("env"))),
                labels(m.flatMap(c -> c.get("ports"))), labels(m.flatMap(c -> c.get("volumes"))),
                fields.string(m.flatMap(c -> c.get("options"))), fields.string(m.flatMap(c -> c.get("entrypoint"))),
                fields.string(m.flatMap(c -> c.get("command"))), node.span());
        return Template.literal(container, node.span());
    }

    private Optional<Template.Expression<Object>> fieldsExpression(YamlNode.Scalar s) {
        return fields.string(Optional.of(s)).filter(Template.Expression.class::isInstance)
                .map(t -> new Template.Expression<>(((Template.Expression<String>) t).source(),
                        ((Template.Expression<String>) t).expr(), t.span()));
    }

    private Map<String, Template<Container>> services(Optional<YamlNode> node) {
        Map<String, Template<Container>> services = new LinkedHashMap<>();
        Fields.mapping(node).ifPresent(m -> m.entries().forEach(e -> e.keyText()
                .ifPresent(name -> services.putIfAbsent(name, container(e.value())))));
        return services;
    }

    Optional<Concurrency> concurrency(Optional<YamlNode> node) {
        return ConcurrencyReader.read(fields, node);
    }

    static Optional<Permissions> permissions(Optional<YamlNode> node) {
        return PermissionsReader.read(node);
    }

    static Optional<Defaults> defaults(Fields fields, Optional<YamlNode> node) {
        return Fields.mapping(node).flatMap(d -> Fields.mapping(d.get("run")))
                .map(run -> new Defaults(fields.string(run.get("shell")), fields.string(run.get("working-directory")),
                        run.span()));
    }
}
