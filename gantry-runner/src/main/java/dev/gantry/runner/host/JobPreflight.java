package dev.gantry.runner.host;

import dev.gantry.engine.plan.Evaluated;
import dev.gantry.runner.container.ContainerRuntime;
import dev.gantry.runner.sandbox.Sandbox;
import dev.gantry.workflow.expr.Interpolation;
import dev.gantry.workflow.expr.Value;
import dev.gantry.workflow.model.ActionRef;
import dev.gantry.workflow.model.Container;
import dev.gantry.workflow.model.RunnerJob;
import dev.gantry.workflow.model.Template;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What must hold before a job's first step runs on this host, each problem one clear sentence: no job container or
 * service containers (there is no container runtime here), {@code runs-on} labels this host serves, and a sandbox
 * program that exists (the actions the steps use are found by {@link ActionResolver}). Pure apart from checking the sandbox program's file.
 */
final class JobPreflight {

    private JobPreflight() {}

    /** The first problem, or empty when the job can start. */
    static Optional<String> check(RunnerJob job, HostOptions options, StepExpressions expressions) {
        if (options.containers() instanceof ContainerRuntime.Unavailable none) {
            String why = none == HostOptions.NO_CONTAINERS ? "" : " (" + none.reason() + ")";
            Optional<String> image = job.container().flatMap(c -> image(c, expressions));
            if (image.isPresent()) {
                return Optional.of("this job needs a container runtime (container: " + image.get()
                        + "), and none is configured" + why);
            }
            if (!job.services().isEmpty()) {
                return Optional.of("this job needs a container runtime (services: " + String.join(", ",
                        job.services().keySet()) + "), and none is configured" + why);
            }
        }
        Optional<String> labels = labels(job, options, expressions);
        if (labels.isPresent()) {
            return labels;
        }
        if (options.sandbox() instanceof Sandbox.Bubblewrap bwrap && !Files.isExecutable(bwrap.executable())) {
            return Optional.of("the bubblewrap sandbox was chosen, but " + bwrap.executable()
                    + " is not an executable program (install bubblewrap, or run without the sandbox)");
        }
        return Optional.empty();
    }

    /** Whether a step is {@code actions/checkout}, which is done already on this host. */
    static boolean isCheckout(ActionRef action) {
        return action instanceof ActionRef.Repository r && r.owner().equalsIgnoreCase("actions")
                && r.repo().equalsIgnoreCase("checkout") && r.path().isEmpty();
    }

    private static Optional<String> labels(RunnerJob job, HostOptions options, StepExpressions expressions) {
        List<String> wanted = new ArrayList<>();
        for (Template<String> label : job.runsOn().labels()) {
            switch (expressions.value("runs-on", label)) {
                case Evaluated.Ok<Value> ok -> {
                    if (ok.value() instanceof Value.Arr arr) {
                        arr.items().forEach(v -> wanted.add(Interpolation.toText(v)));
                    } else {
                        wanted.add(Interpolation.toText(ok.value()));
                    }
                }
                case Evaluated.Error<Value> e -> {
                    return Optional.of(e.message());
                }
            }
        }
        List<String> missing = options.labels().missing(wanted);
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("runs-on asks for " + String.join(", ", missing) + ", which this host does not serve"
                + " (it serves " + String.join(", ", options.labels().labels().stream().sorted().toList()) + ")");
    }

    /** The job container's image; empty when it evaluates to nothing (as {@code container: ''} means none). */
    private static Optional<String> image(Template<Container> container, StepExpressions expressions) {
        String image = switch (container) {
            case Template.Literal<Container> l -> switch (l.value().image()) {
                case Template.Literal<String> s -> s.value();
                case Template.Expression<String> e -> text(expressions.value("container.image", e), e.source());
            };
            case Template.Expression<Container> e -> text(expressions.value("container", e), e.source());
        };
        return image.isBlank() ? Optional.empty() : Optional.of(image);
    }

    private static String text(Evaluated<Value> value, String source) {
        return switch (value) {
            case Evaluated.Ok<Value> ok -> switch (ok.value()) {
                case Value.Null n -> "";
                case Value.Obj o -> Interpolation.toText(o.members().getOrDefault("image", new Value.Str("${{ "
                        + source + " }}")));
                default -> Interpolation.toText(ok.value());
            };
            case Evaluated.Error<Value> e -> "${{ " + source + " }}";
        };
    }
}
