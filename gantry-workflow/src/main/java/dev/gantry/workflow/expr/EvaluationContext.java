package dev.gantry.workflow.expr;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything an evaluation may read, filled by the caller: the named values ({@code github}, {@code env},
 * {@code matrix}, …; names are case-insensitive), the status the status functions test, and the workspace that
 * {@code hashFiles} reads (without one, {@code hashFiles} is an evaluation error). Immutable, thread-safe.
 */
public final class EvaluationContext {

    private final Map<String, Value> namedValues;
    private final Map<String, Value> byLowerName;
    private final StatusInfo status;
    private final Optional<Path> workspace;

    private EvaluationContext(Map<String, Value> namedValues, StatusInfo status, Optional<Path> workspace) {
        this.namedValues = Map.copyOf(namedValues);
        this.status = Objects.requireNonNull(status, "status");
        this.workspace = Objects.requireNonNull(workspace, "workspace");
        Map<String, Value> lower = new HashMap<>();
        namedValues.forEach((name, value) -> lower.putIfAbsent(name.toLowerCase(Locale.ROOT), value));
        this.byLowerName = lower;
    }

    /** Named values only; the job status is success and there is no workspace. */
    public static EvaluationContext of(Map<String, Value> namedValues) {
        return new EvaluationContext(namedValues, StatusInfo.SUCCESS, Optional.empty());
    }

    public EvaluationContext withStatus(StatusInfo newStatus) {
        return new EvaluationContext(namedValues, newStatus, workspace);
    }

    /** {@code hashFiles} patterns are relative to {@code root}, and only files under it are hashed. */
    public EvaluationContext withWorkspace(Path root) {
        return new EvaluationContext(namedValues, status, Optional.of(root));
    }

    public Map<String, Value> namedValues() {
        return namedValues;
    }

    public StatusInfo status() {
        return status;
    }

    public Optional<Path> workspace() {
        return workspace;
    }

    /** The named value {@code name} in any letter case; null when the caller supplied none. */
    Value namedValue(String name) {
        Value v = byLowerName.get(name);
        if (v == null) {
            v = byLowerName.get(name.toLowerCase(Locale.ROOT));
        }
        return v == null ? Value.NULL : v;
    }
}
