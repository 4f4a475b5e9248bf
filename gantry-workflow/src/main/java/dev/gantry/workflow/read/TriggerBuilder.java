package dev.gantry.workflow.read;

import dev.gantry.workflow.diag.Diagnostics;
import dev.gantry.workflow.diag.Span;
import dev.gantry.workflow.expr.Value;
import dev.gantry.workflow.model.CallOutput;
import dev.gantry.workflow.model.CallSecret;
import dev.gantry.workflow.model.Filters;
import dev.gantry.workflow.model.Input;
import dev.gantry.workflow.model.Named;
import dev.gantry.workflow.model.Template;
import dev.gantry.workflow.model.Trigger;
import dev.gantry.workflow.model.Triggers;
import dev.gantry.workflow.yaml.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds {@link Triggers} from the {@code on} node and checks cron lines and filter patterns through {@link TriggerRules}. */
final class TriggerBuilder {

    private final Fields fields;
    private final Diagnostics diagnostics;
    private final TriggerRules rules;
    private final InputRules inputRules;

    TriggerBuilder(Fields fields, Diagnostics diagnostics) {
        this.fields = fields;
        this.diagnostics = diagnostics;
        this.rules = new TriggerRules(diagnostics);
        this.inputRules = new InputRules(diagnostics);
    }

    Triggers build(Optional<YamlNode> on) {
        List<Trigger> triggers = new ArrayList<>();
        Span span = on.map(YamlNode::span).orElse(Span.NONE);
        if (on.isPresent() && on.get() instanceof YamlNode.Mapping m) {
            for (YamlNode.Entry e : m.entries()) {
                e.keyText().filter(WorkflowSyntax.EVENTS::contains)
                        .ifPresent(name -> triggers.add(trigger(name, e.value(), e.key().span())));
            }
        } else {
            for (Named name : Fields.names(on)) {
                triggers.add(trigger(name.name(), new YamlNode.Scalar("", "", dev.gantry.workflow.yaml.ScalarStyle.PLAIN,
                        Optional.empty(), name.span()), name.span()));
            }
        }
        return new Triggers(triggers, span);
    }

    private Trigger trigger(String event, YamlNode config, Span span) {
        Optional<YamlNode.Mapping> map = config instanceof YamlNode.Mapping m ? Optional.of(m) : Optional.empty();
        return switch (event) {
            case "schedule" -> schedule(config, span);
            case "workflow_dispatch" -> {
                Fields.mapping(map.flatMap(m -> m.get("inputs"))).ifPresent(m -> inputRules.checkDispatch(span, m));
                yield new Trigger.Dispatch(inputs(map.flatMap(m -> m.get("inputs"))), span);
            }
            case "workflow_call" -> {
                Fields.mapping(map.flatMap(m -> m.get("inputs"))).ifPresent(inputRules::checkCall);
                yield new Trigger.Call(inputs(map.flatMap(m -> m.get("inputs"))),
                        outputs(map.flatMap(m -> m.get("outputs"))), secrets(map.flatMap(m -> m.get("secrets"))),
                        span);
            }
            default -> {
                Map<String, List<Named>> lists = new LinkedHashMap<>();
                map.ifPresent(m -> {
                    rules.checkFilters(event, m);
                    for (String filter : Filters.NAMES) {
                        m.get(filter).ifPresent(node -> lists.put(filter, Fields.names(Optional.of(node))));
                    }
                });
                List<Named> workflows = Fields.names(map.flatMap(m -> m.get("workflows")));
                if (event.equals("workflow_run") && workflows.isEmpty()) {
                    diagnostics.warning(TriggerRules.EVENTS, Span.at(span.start()), "The workflow_run event names no"
                            + " workflows, so it never triggers this workflow");
                }
                yield new Trigger.Event(event, Fields.names(map.flatMap(m -> m.get("types"))), new Filters(lists),
                        workflows, span);
            }
        };
    }

    private Trigger schedule(YamlNode config, Span span) {
        List<Named> crons = new ArrayList<>();
        if (config instanceof YamlNode.Sequence seq) {
            for (YamlNode item : seq.items()) {
                Optional<YamlNode.Mapping> entry = Fields.mapping(Optional.of(item));
                entry.ifPresent(rules::checkScheduleEntry);
                Fields.scalar(entry.flatMap(m -> m.get("cron")))
                        .filter(s -> !s.isNull())
                        .ifPresent(s -> crons.add(new Named(s.value(), s.span())));
            }
        }
        if (crons.isEmpty() && config instanceof YamlNode.Scalar) {
            // GitHub accepts a bare "schedule" event, but without a cron line it never fires.
            diagnostics.warning(TriggerRules.EVENTS, Span.at(span.start()), "The schedule event has no cron line, so"
                    + " it never triggers this workflow");
        }
        return new Trigger.Schedule(crons, span);
    }

    private Map<String, Input> inputs(Optional<YamlNode> node) {
        Map<String, Input> inputs = new LinkedHashMap<>();
        Fields.mapping(node).ifPresent(m -> {
            for (YamlNode.Entry e : m.entries()) {
                e.keyText().ifPresent(id -> {
                    Optional<YamlNode.Mapping> def = Fields.mapping(Optional.of(e.value()));
                    Optional<YamlNode> dflt = def.flatMap(d -> d.get("default"));
                    Optional<Template<Value>> defaultValue = dflt.map(this::inputDefault);
                    inputs.putIfAbsent(id, new Input(id,
                            Fields.text(def.flatMap(d -> d.get("description"))),
                            Fields.text(def.flatMap(d -> d.get("type"))).orElse("string"),
                            Fields.scalar(def.flatMap(d -> d.get("required"))).map(YamlNode.Scalar::isTrue).orElse(false),
                            defaultValue,
                            Fields.names(def.flatMap(d -> d.get("options"))).stream().map(Named::name).toList(),
                            e.key().span()));
                });
            }
        });
        return inputs;
    }

    private Template<Value> inputDefault(YamlNode node) {
        Optional<Template<String>> text = fields.string(Optional.of(node));
        if (text.isPresent() && text.get() instanceof Template.Expression<String> e) {
            return new Template.Expression<>(e.source(), e.expr(), e.span());
        }
        return Template.literal(Fields.value(node), node.span());
    }

    private Map<String, CallOutput> outputs(Optional<YamlNode> node) {
        Map<String, CallOutput> outputs = new LinkedHashMap<>();
        Fields.mapping(node).ifPresent(m -> {
            for (YamlNode.Entry e : m.entries()) {
                e.keyText().ifPresent(id -> {
                    Optional<YamlNode.Mapping> def = Fields.mapping(Optional.of(e.value()));
                    outputs.putIfAbsent(id, new CallOutput(id, Fields.text(def.flatMap(d -> d.get("description"))),
                            fields.string(def.flatMap(d -> d.get("value")), "", e.value().span()), e.key().span()));
                });
            }
        });
        return outputs;
    }

    private static Map<String, CallSecret> secrets(Optional<YamlNode> node) {
        Map<String, CallSecret> secrets = new LinkedHashMap<>();
        Fields.mapping(node).ifPresent(m -> {
            for (YamlNode.Entry e : m.entries()) {
                e.keyText().ifPresent(id -> {
                    Optional<YamlNode.Mapping> def = Fields.mapping(Optional.of(e.value()));
                    secrets.putIfAbsent(id, new CallSecret(id, Fields.text(def.flatMap(d -> d.get("description"))),
                            Fields.scalar(def.flatMap(d -> d.get("required"))).map(YamlNode.Scalar::isTrue).orElse(false),
                            e.key().span()));
                });
            }
        });
        return secrets;
    }
}
