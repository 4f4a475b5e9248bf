package dev.gantry.engine.event;

import dev.gantry.workflow.expr.Value;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Builds the {@link Event} a run starts from: the event name (e.g. {@code gantry run pull_request}), a webhook
 * payload ({@code -e event.json}; an empty object when none), and the folder the run starts in. The payload wins
 * where it says something; the repository fills in the rest; act's defaults close the gaps.
 *
 * <p>Where no payload and no git repository say anything (a plain folder), follows act: the sha is empty, the ref
 * is {@code refs/heads/} plus the payload's default branch or {@code master}, the actor is {@code gantry}, the
 * repository is {@code local/<folder name>}.
 *
 * <p>The run's ref and sha per event follow GitHub's "Events that trigger workflows": the pushed ref for push,
 * {@code refs/pull/N/merge} for pull requests, the base branch for {@code pull_request_target}, the tag for
 * release, the created ref for create, the deployment's ref for deployments, the default branch otherwise.
 * The sha is the checked-out commit unless the event names its own.
 *
 * <p>Reads the repository (through {@link SourceRepository}) while building; never throws for odd payloads:
 * members of the wrong kind read as absent.
 */
public final class EventBuilder {

    private final SourceRepository source;

    public EventBuilder(SourceRepository source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * The event {@code name} with {@code payload}; {@code inputs} ({@code --input K=V}) are added to a
     * {@code workflow_dispatch} event's inputs, over the payload's.
     */
    public Event build(String name, Value.Obj payload, Map<String, String> inputs) {
        Objects.requireNonNull(name, "name");
        LocalFacts facts = LocalFacts.read(source, payload);
        return switch (name) {
            case "push" -> PushBuilder.build(facts);
            case "pull_request" -> PullRequestBuilder.build(facts, false);
            case "pull_request_target" -> PullRequestBuilder.build(facts, true);
            case "workflow_dispatch" -> dispatch(facts, inputs);
            case "schedule" -> schedule(facts);
            case "workflow_call" -> call(facts);
            case "workflow_run" -> workflowRun(facts);
            default -> new GenericEvent(name, facts.payload().string("action"), OwnRevisions.of(name, facts),
                    facts.actor(), facts.completed(payload));
        };
    }

    /** The event {@code name} with no payload and no inputs. */
    public Event build(String name) {
        return build(name, new Value.Obj(Map.of()), Map.of());
    }

    private static WorkflowDispatch dispatch(LocalFacts facts, Map<String, String> given) {
        Payload p = facts.payload();
        Map<String, String> inputs = new LinkedHashMap<>();
        p.object("inputs").ifPresent(obj -> obj.members().keySet()
                .forEach(key -> p.text("inputs", key).or(() -> p.bool("inputs", key).map(String::valueOf))
                        .ifPresent(v -> inputs.put(key, v))));
        inputs.putAll(given);
        String ref = p.string("ref").map(Revision::branchRef).orElseGet(facts::headRef);
        Map<String, Value> defaults = new LinkedHashMap<>();
        defaults.put("ref", new Value.Str(ref));
        Value.Obj payload = Payload.withDefaults(p.root(), defaults);
        WorkflowDispatch event = new WorkflowDispatch(Map.of(), new Revision(facts.headSha(), ref), facts.actor(),
                facts.completed(payload));
        return event.withInputs(inputs);
    }

    private static Schedule schedule(LocalFacts facts) {
        String cron = facts.payload().string("schedule").orElse("");
        Value.Obj payload = Payload.withDefault(facts.payload().root(), "schedule", new Value.Str(cron));
        return new Schedule(cron, facts.defaultRevision(), facts.actor(), facts.completed(payload));
    }

    private static WorkflowCall call(LocalFacts facts) {
        Map<String, Value> inputs = new LinkedHashMap<>(
                facts.payload().object("inputs").map(Value.Obj::members).orElse(Map.of()));
        return new WorkflowCall(inputs, new Revision(facts.headSha(), facts.headRef()), facts.actor(),
                facts.completed(facts.payload().root()));
    }

    private static WorkflowRun workflowRun(LocalFacts facts) {
        Payload p = facts.payload();
        String activity = p.string("action").orElse("completed");
        String workflowName = p.string("workflow", "name").filter(n -> !n.isEmpty())
                .or(() -> p.string("workflow_run", "name")).orElse("");
        String headBranch = p.string("workflow_run", "head_branch").orElse("");
        String conclusion = p.string("workflow_run", "conclusion").orElse("");
        Value.Obj payload = Payload.withDefault(p.root(), "action", new Value.Str(activity));
        return new WorkflowRun(activity, workflowName, headBranch, conclusion, facts.defaultRevision(),
                facts.actor(), facts.completed(payload));
    }
}
