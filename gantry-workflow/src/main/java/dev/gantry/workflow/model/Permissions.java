package dev.gantry.workflow.model;

import dev.gantry.workflow.diag.Span;
import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code permissions} of the workflow or a job: {@code read-all}/{@code write-all} or one level per scope. */
public sealed interface Permissions {

    Span span();

    enum Level { NONE, READ, WRITE }

    /** {@code read-all} ({@code READ}), {@code write-all} ({@code WRITE}) or {@code {}} ({@code NONE}). */
    record All(Level level, Span span) implements Permissions {}

    /** {@code contents: read}, {@code id-token: write}, …; scopes not named get {@code none}. */
    record Scopes(Map<String, Level> levels, Span span) implements Permissions {
        public Scopes {
            levels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(levels));
        }
    }

    /** The scopes GitHub knows. */
    java.util.Set<String> SCOPES = java.util.Set.of("actions", "attestations", "checks", "contents", "deployments",
            "discussions", "id-token", "issues", "models", "packages", "pages", "pull-requests",
            "repository-projects", "security-events", "statuses");
}
