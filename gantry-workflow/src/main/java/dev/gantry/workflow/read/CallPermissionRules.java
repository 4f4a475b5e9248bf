package dev.gantry.workflow.read;

import dev.gantry.workflow.diag.Diagnostic;
import dev.gantry.workflow.diag.Diagnostics;
import dev.gantry.workflow.diag.Severity;
import dev.gantry.workflow.diag.Span;
import dev.gantry.workflow.model.CallJob;
import dev.gantry.workflow.model.Job;
import dev.gantry.workflow.model.Permissions;
import dev.gantry.workflow.model.Template;
import dev.gantry.workflow.model.Workflow;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A called workflow never gets more token permissions than its call job has (rule {@value CallResolver#RULE}).
 * A call job has its own {@code permissions}, else its workflow's, else what its own caller had (at the top:
 * the repository's {@link DefaultPermissions}). The called workflow's {@code permissions} and those of each of its
 * jobs must stay within that; the error is reported at the call job, in the file that holds it, in GitHub's words.
 * Walks the tree of resolved calls, whose depth the reader bounds.
 */
final class CallPermissionRules {

    /** The scopes {@code read-all} and {@code write-all} stand for, in the order GitHub lists them. */
    private static final List<String> ORDER = List.of("actions", "checks", "contents", "deployments", "discussions",
            "issues", "packages", "pages", "pull-requests", "repository-projects", "statuses", "security-events",
            "id-token");

    private final Diagnostics diagnostics;
    private final Set<Diagnostic> reported = new HashSet<>();

    private CallPermissionRules(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    static void check(Workflow top, DefaultPermissions defaults, Diagnostics diagnostics) {
        Map<String, Permissions.Level> granted = top.permissions().map(CallPermissionRules::levels)
                .orElseGet(() -> defaults(defaults));
        new CallPermissionRules(diagnostics).walk(top, Optional.empty(), granted);
    }

    private void walk(Workflow workflow, Optional<String> file, Map<String, Permissions.Level> inherited) {
        Map<String, Permissions.Level> forWorkflow = workflow.permissions().map(CallPermissionRules::levels)
                .orElse(inherited);
        for (Job job : workflow.jobs().values()) {
            if (!(job instanceof CallJob call) || call.called().isEmpty()) {
                continue;
            }
            Map<String, Permissions.Level> allowed = call.permissions().map(CallPermissionRules::levels)
                    .orElse(forWorkflow);
            Workflow called = call.called().get();
            String reference = call.uses().name();
            called.permissions().ifPresent(p -> exceeds(levels(p), allowed).ifPresent(excess -> report(call, file,
                    "The workflow '%s' is requesting %s".formatted(reference, excess))));
            for (Job nested : called.jobs().values()) {
                nested.permissions().ifPresent(p -> exceeds(levels(p), allowed).ifPresent(excess -> report(call, file,
                        "The nested job '%s' is requesting %s".formatted(displayName(nested), excess))));
            }
            walk(called, Optional.of(reference), allowed);
        }
    }

    private void report(CallJob call, Optional<String> file, String problem) {
        Diagnostic d = new Diagnostic(Severity.ERROR, CallResolver.RULE,
                "Error calling workflow '%s'. %s.".formatted(call.uses().name(), problem),
                Span.at(call.id().span().start()), file);
        if (reported.add(d)) {
            diagnostics.add(d);
        }
    }

    /** {@code 'actions: write', but is only allowed 'actions: read'} for the scopes over their grant, if any. */
    private static Optional<String> exceeds(Map<String, Permissions.Level> requested,
                                            Map<String, Permissions.Level> allowed) {
        List<String> over = new ArrayList<>();
        for (String scope : ordered(requested.keySet())) {
            if (requested.get(scope).compareTo(allowed.getOrDefault(scope, Permissions.Level.NONE)) > 0) {
                over.add(scope);
            }
        }
        if (over.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("'%s', but is only allowed '%s'".formatted(list(over, requested), list(over, allowed)));
    }

    private static String list(List<String> scopes, Map<String, Permissions.Level> levels) {
        return String.join(", ", scopes.stream().map(s -> s + ": "
                + levels.getOrDefault(s, Permissions.Level.NONE).name().toLowerCase(Locale.ROOT)).toList());
    }

    private static List<String> ordered(Set<String> scopes) {
        List<String> sorted = new ArrayList<>(ORDER.stream().filter(scopes::contains).toList());
        scopes.stream().filter(s -> !ORDER.contains(s)).sorted().forEach(sorted::add);
        return sorted;
    }

    private static Map<String, Permissions.Level> levels(Permissions permissions) {
        return switch (permissions) {
            case Permissions.All all -> {
                Map<String, Permissions.Level> levels = new LinkedHashMap<>();
                ORDER.forEach(scope -> levels.put(scope, all.level()));
                yield levels;
            }
            case Permissions.Scopes scopes -> scopes.levels();
        };
    }

    private static Map<String, Permissions.Level> defaults(DefaultPermissions defaults) {
        return switch (defaults) {
            case PERMISSIVE -> levels(new Permissions.All(Permissions.Level.WRITE, Span.NONE));
            case RESTRICTED -> Map.of("contents", Permissions.Level.READ, "packages", Permissions.Level.READ);
        };
    }

    private static String displayName(Job job) {
        return job.name() instanceof Template.Literal<String> literal && !literal.value().isEmpty()
                ? literal.value() : job.id().name();
    }
}
