package dev.gantry.workflow.read;

import static dev.gantry.workflow.read.ObjSyntaxBuilder.obj;
import static dev.gantry.workflow.read.Syntax.ANY;
import static dev.gantry.workflow.read.Syntax.BOOL;
import static dev.gantry.workflow.read.Syntax.CONDITION;
import static dev.gantry.workflow.read.Syntax.NON_EMPTY;
import static dev.gantry.workflow.read.Syntax.NULL;
import static dev.gantry.workflow.read.Syntax.NUMBER;
import static dev.gantry.workflow.read.Syntax.STRING;
import static dev.gantry.workflow.read.Syntax.either;
import static dev.gantry.workflow.read.Syntax.in;
import static dev.gantry.workflow.read.Syntax.mapOf;
import static dev.gantry.workflow.read.Syntax.oneOf;
import static dev.gantry.workflow.read.Syntax.seq;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gantry's own description of GitHub's workflow syntax: every key at every level, its type, whether it is
 * required, and which contexts expressions in it may use. Written from GitHub's documentation ("Workflow syntax
 * for GitHub Actions", "Contexts availability"), not copied from any schema file.
 */
public final class WorkflowSyntax {

    /** Every event a workflow may listen to. */
    public static final Set<String> EVENTS = Set.of("branch_protection_rule", "check_run", "check_suite", "create",
            "delete", "deployment", "deployment_status", "discussion", "discussion_comment", "fork", "gollum",
            "image_version", "issue_comment", "issues", "label", "merge_group", "milestone", "page_build", "project",
            "project_card", "project_column", "public", "pull_request", "pull_request_comment", "pull_request_review",
            "pull_request_review_comment", "pull_request_target", "push", "registry_package", "release",
            "repository_dispatch", "schedule", "status", "watch", "workflow_call", "workflow_dispatch",
            "workflow_run");

    private static final Syntax STRINGS = either(NON_EMPTY, seq(NON_EMPTY));
    private static final Syntax LEVEL = oneOf("read", "write", "none");

    private WorkflowSyntax() {}

    /** The syntax of a whole workflow file; {@code backgroundSteps} enables the experimental step kinds. */
    public static Syntax workflow(boolean backgroundSteps) {
        return obj()
                .opt("name", STRING)
                .opt("description", STRING)
                .opt("run-name", in(Contexts.WORKFLOW_NAME, STRING))
                .req("on", on())
                .opt("permissions", permissions())
                .opt("env", in(Contexts.WORKFLOW_ENV, mapOf(STRING)))
                .opt("defaults", defaults())
                .opt("concurrency", in(Contexts.WORKFLOW_NAME, concurrency()))
                .req("jobs", mapOf(job(backgroundSteps)))
                .build();
    }

    static Syntax on() {
        ObjSyntaxBuilder events = obj();
        for (String event : EVENTS) {
            events.opt(event, either(NULL, event(event)));
        }
        Syntax eventName = new Syntax.Str(true, EVENTS);
        return either(eventName, seq(eventName), events.build());
    }

    private static Syntax event(String event) {
        return switch (event) {
            case "schedule" -> seq(obj().req("cron", NON_EMPTY).opt("timezone", NON_EMPTY).build());
            case "workflow_dispatch" -> obj().opt("inputs", either(NULL, mapOf(dispatchInput()))).build();
            case "workflow_call" -> workflowCall();
            case "push" -> obj().opt("branches", STRINGS).opt("branches-ignore", STRINGS).opt("tags", STRINGS)
                    .opt("tags-ignore", STRINGS).opt("paths", STRINGS).opt("paths-ignore", STRINGS).build();
            case "pull_request", "pull_request_target" -> obj().opt("types", types(event)).opt("branches", STRINGS)
                    .opt("branches-ignore", STRINGS).opt("paths", STRINGS).opt("paths-ignore", STRINGS).build();
            case "workflow_run" -> obj().opt("types", types(event)).opt("workflows", STRINGS)
                    .opt("branches", STRINGS).opt("branches-ignore", STRINGS).build();
            case "merge_group" -> obj().opt("types", types(event)).opt("branches", STRINGS)
                    .opt("branches-ignore", STRINGS).build();
            case "image_version" -> obj().opt("types", types(event)).opt("names", STRINGS).opt("versions", STRINGS)
                    .build();
            default -> EventTypes.WITHOUT_CONFIGURATION.contains(event) ? obj().build()
                    : obj().opt("types", types(event)).build();
        };
    }

    /** One activity type or a list of them, from the event's documented list (any for repository_dispatch). */
    private static Syntax types(String event) {
        Syntax type = EventTypes.of(event).<Syntax>map(allowed -> new Syntax.Str(true, allowed)).orElse(NON_EMPTY);
        return either(type, seq(type));
    }

    private static Syntax dispatchInput() {
        return either(NULL, obj()
                .opt("description", STRING)
                .opt("required", BOOL)
                .opt("default", either(STRING, BOOL, NUMBER))
                .opt("type", oneOf("string", "boolean", "number", "choice", "environment"))
                .opt("options", seq(STRING))
                .build());
    }

    private static Syntax workflowCall() {
        Syntax input = obj()
                .opt("description", STRING)
                .opt("required", BOOL)
                .req("type", oneOf("string", "boolean", "number"))
                .opt("default", in(Contexts.CALL_INPUT_DEFAULT, either(STRING, BOOL, NUMBER)))
                .build();
        Syntax output = obj()
                .opt("description", STRING)
                .req("value", in(Contexts.CALL_OUTPUT_VALUE, STRING))
                .build();
        Syntax secret = either(NULL, obj().opt("description", STRING).opt("required", BOOL).build());
        return obj()
                .opt("inputs", either(NULL, mapOf(input)))
                .opt("outputs", either(NULL, mapOf(output)))
                .opt("secrets", either(NULL, mapOf(secret)))
                .build();
    }

    static Syntax permissions() {
        ObjSyntaxBuilder scopes = obj();
        for (String scope : dev.gantry.workflow.model.Permissions.SCOPES) {
            scopes.opt(scope, LEVEL);
        }
        return either(oneOf("read-all", "write-all"), scopes.build());
    }

    private static Syntax defaults() {
        return obj().opt("run", obj().opt("shell", NON_EMPTY).opt("working-directory", NON_EMPTY).build()).build();
    }

    private static Syntax concurrency() {
        return either(NON_EMPTY, obj().req("group", NON_EMPTY).opt("cancel-in-progress", BOOL)
                .opt("queue", NON_EMPTY).build());
    }

    private static Syntax job(boolean backgroundSteps) {
        Syntax.Obj common = obj()
                .opt("name", in(Contexts.JOB, STRING))
                .opt("needs", STRINGS)
                .opt("if", in(Contexts.JOB_IF, CONDITION))
                .opt("permissions", permissions())
                .opt("concurrency", in(Contexts.JOB, concurrency()))
                .opt("strategy", in(Contexts.JOB_STRATEGY, strategy()))
                .build();
        Syntax runnerJob = obj().all(common)
                .req("runs-on", in(Contexts.JOB, runsOn()))
                .opt("environment", in(Contexts.JOB, environment()))
                .opt("outputs", in(Contexts.JOB_OUTPUTS, mapOf(STRING)))
                .opt("env", in(Contexts.JOB_ENV, mapOf(STRING)))
                .opt("defaults", in(Contexts.JOB_DEFAULTS, defaults()))
                .opt("steps", seq(step(backgroundSteps)))
                .opt("timeout-minutes", in(Contexts.JOB, NUMBER))
                .opt("cancel-timeout-minutes", in(Contexts.JOB, NUMBER))
                .opt("continue-on-error", in(Contexts.JOB, BOOL))
                .opt("container", in(Contexts.JOB, either(NULL, NON_EMPTY, container())))
                .opt("services", in(Contexts.JOB, mapOf(either(NON_EMPTY, container()))))
                .opt("snapshot", in(Contexts.SNAPSHOT, either(NON_EMPTY, obj().req("image-name", NON_EMPTY)
                        .opt("version", NON_EMPTY).opt("if", CONDITION).build())))
                .build();
        Syntax callJob = obj().all(common)
                // GitHub resolves called workflows before run time; an expression here is accepted, not checked.
                .req("uses", in(Contexts.WORKFLOW_NAME, NON_EMPTY))
                .opt("with", in(Contexts.CALL_WITH, mapOf(either(STRING, BOOL, NUMBER))))
                .opt("secrets", either(oneOf("inherit"), in(Contexts.CALL_SECRETS, mapOf(STRING))))
                .build();
        return new Syntax.ByKey(List.of(Map.entry("uses", callJob)), runnerJob);
    }

    private static Syntax runsOn() {
        return either(NON_EMPTY, seq(NON_EMPTY), obj().opt("group", NON_EMPTY).opt("labels", STRINGS).build());
    }

    private static Syntax environment() {
        return either(STRING, obj()
                .req("name", STRING)
                .opt("url", in(Contexts.ENVIRONMENT_URL, STRING))
                .opt("deployment", BOOL)
                .build());
    }

    private static Syntax strategy() {
        Syntax rows = seq(mapOf(ANY));
        Syntax matrix = obj().opt("include", rows).opt("exclude", rows).others(seq(ANY)).build();
        return obj().opt("matrix", matrix).opt("fail-fast", BOOL).opt("max-parallel", NUMBER).build();
    }

    private static Syntax container() {
        return obj()
                .opt("image", NON_EMPTY)
                .opt("credentials", in(Contexts.CREDENTIALS, obj().opt("username", STRING).opt("password", STRING)
                        .build()))
                .opt("env", in(Contexts.CONTAINER_ENV, mapOf(STRING)))
                .opt("ports", seq(NON_EMPTY))
                .opt("volumes", seq(NON_EMPTY))
                .opt("options", STRING)
                .opt("entrypoint", STRING)
                .opt("command", STRING)
                .build();
    }

    private static Syntax step(boolean backgroundSteps) {
        ObjSyntaxBuilder common = obj()
                .opt("id", NON_EMPTY)
                .opt("name", in(Contexts.STEP, STRING))
                .opt("if", in(Contexts.STEP_IF, CONDITION))
                .opt("env", in(Contexts.STEP, mapOf(STRING)))
                .opt("continue-on-error", in(Contexts.STEP, BOOL))
                .opt("timeout-minutes", in(Contexts.STEP, NUMBER));
        if (backgroundSteps) {
            common.opt("background", in(Contexts.STEP, BOOL));
        }
        Syntax.Obj base = common.build();
        Syntax run = obj().all(base)
                .req("run", in(Contexts.STEP, STRING))
                // GitHub allows no expression in a step's shell (unlike defaults.run.shell of a job).
                .opt("shell", NON_EMPTY)
                .opt("working-directory", in(Contexts.STEP, NON_EMPTY))
                .build();
        Syntax uses = obj().all(base)
                .req("uses", NON_EMPTY)
                .opt("with", in(Contexts.STEP, mapOf(STRING)))
                .build();
        if (!backgroundSteps) {
            return new Syntax.ByKey(List.of(Map.entry("run", run), Map.entry("uses", uses)), uses);
        }
        Syntax.Obj control = obj().opt("id", NON_EMPTY).opt("name", in(Contexts.STEP, STRING))
                .opt("if", in(Contexts.STEP_IF, CONDITION)).build();
        return new Syntax.ByKey(List.of(Map.entry("run", run), Map.entry("uses", uses),
                Map.entry("wait", obj().all(control).req("wait", STRINGS).build()),
                Map.entry("wait-all", obj().all(control).req("wait-all", either(NULL, BOOL)).build()),
                Map.entry("cancel", obj().all(control).req("cancel", NON_EMPTY).build())), uses);
    }
}
