package dev.gantry.workflow.action;

import dev.gantry.workflow.diag.Diagnostics;
import dev.gantry.workflow.model.EnvMap;
import dev.gantry.workflow.model.Template;
import dev.gantry.workflow.template.TemplateChecker;
import dev.gantry.workflow.yaml.YamlNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the {@code runs} section. A key that belongs to another kind of action (e.g. {@code env} in a JavaScript
 * action) is a warning: GitHub ignores it. A key the kind needs ({@code main}, {@code image}, {@code steps}) is an
 * error when missing.
 */
final class RunsReader {

    private static final Set<String> KEYS = Set.of("using", "main", "pre", "pre-if", "post", "post-if", "image",
            "env", "args", "entrypoint", "pre-entrypoint", "post-entrypoint", "steps");
    private static final Set<String> NODE_KEYS = Set.of("using", "main", "pre", "pre-if", "post", "post-if");
    private static final Set<String> DOCKER_KEYS = Set.of("using", "image", "env", "args", "entrypoint",
            "pre-entrypoint", "post-entrypoint", "pre-if", "post-if");
    private static final Set<String> COMPOSITE_KEYS = Set.of("using", "steps");
    private static final String USINGS = "composite, docker, node12, node16, node20, node24";

    private final Diagnostics out;
    private final TemplateChecker expressions;

    RunsReader(Diagnostics out, TemplateChecker expressions) {
        this.out = out;
        this.expressions = expressions;
    }

    /** The runs section, or empty when it is missing or unusable (an error has then been reported). */
    Optional<ActionRuns> read(YamlNode node) {
        Optional<Fields> maybe = Fields.of(node, "\"runs\" section", KEYS, out, expressions);
        if (maybe.isEmpty()) {
            return Optional.empty();
        }
        Fields fields = maybe.get();
        Text using = fields.requiredText("using");
        if (using.value().isEmpty()) {
            return Optional.empty();
        }
        String kind = using.value().toLowerCase(Locale.ROOT);
        if (kind.equals("composite")) {
            ignoreOthers(fields, COMPOSITE_KEYS, "composite");
            return Optional.of(composite(fields));
        }
        if (kind.equals("docker")) {
            ignoreOthers(fields, DOCKER_KEYS, "Docker");
            return docker(fields);
        }
        Optional<NodeVersion> version = NodeVersion.fromUsing(kind);
        if (version.isEmpty()) {
            out.error(Fields.ACTION, using.span(), "unknown \"using\" value \"%s\" in \"runs\" section; expected one "
                    + "of %s", using, USINGS);
            return Optional.empty();
        }
        ignoreOthers(fields, NODE_KEYS, "JavaScript");
        Text main = fields.requiredText("main");
        Optional<Text> pre = fields.text("pre");
        Optional<Text> post = fields.text("post");
        Template<Boolean> preIf = ifWithout(fields, "pre-if", pre, "pre");
        Template<Boolean> postIf = ifWithout(fields, "post-if", post, "post");
        return main.value().isEmpty() ? Optional.empty()
                : Optional.of(new ActionRuns.Node(version.get(), main, pre, preIf, post, postIf, fields.span()));
    }

    private Optional<ActionRuns> docker(Fields fields) {
        Text image = fields.requiredText("image");
        Optional<Text> preEntrypoint = fields.text("pre-entrypoint");
        Optional<Text> postEntrypoint = fields.text("post-entrypoint");
        Template<Boolean> preIf = ifWithout(fields, "pre-if", preEntrypoint, "pre-entrypoint");
        Template<Boolean> postIf = ifWithout(fields, "post-if", postEntrypoint, "post-entrypoint");
        EnvMap env = fields.env("env", ActionContexts.DOCKER);
        List<Template<String>> args = fields.templates("args", ActionContexts.DOCKER);
        Optional<Text> entrypoint = fields.text("entrypoint");
        if (image.value().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ActionRuns.Docker(DockerImage.of(image), env, args, entrypoint, preEntrypoint, preIf,
                postEntrypoint, postIf, fields.span()));
    }

    private ActionRuns composite(Fields fields) {
        Optional<YamlNode> steps = fields.node("steps");
        if (steps.isEmpty() || Fields.isNull(steps.get())) {
            out.error(Fields.ACTION, fields.has("steps") ? fields.keySpan("steps") : fields.span(),
                    "\"steps\" is required in \"runs\" section of a composite action");
            return new ActionRuns.Composite(List.of(), fields.span());
        }
        return new ActionRuns.Composite(new CompositeStepReader(out, expressions).read(steps.get()), fields.span());
    }

    private Template<Boolean> ifWithout(Fields fields, String ifKey, Optional<Text> phase, String phaseKey) {
        Template<Boolean> condition =
                fields.condition(ifKey, ActionContexts.RUNS_IF, ActionRuns.DEFAULT_PHASE_CONDITION);
        if (fields.has(ifKey) && phase.isEmpty()) {
            out.warning(Fields.ACTION, fields.keySpan(ifKey), "\"%s\" has no effect without \"%s\" in \"runs\" "
                    + "section", ifKey, phaseKey);
        }
        return condition;
    }

    private void ignoreOthers(Fields fields, Set<String> used, String kind) {
        for (String key : KEYS) {
            if (fields.has(key) && !used.contains(key)) {
                out.warning(Fields.ACTION, fields.keySpan(key), "\"%s\" in \"runs\" section is not used by %s actions "
                        + "and is ignored", key, kind);
            }
        }
    }
}
