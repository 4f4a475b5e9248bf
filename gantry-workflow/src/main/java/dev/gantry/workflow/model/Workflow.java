package dev.gantry.workflow.model;

import dev.gantry.workflow.diag.Span;
import java.util.Map;
import java.util.Optional;

/**
 * One workflow file.
 *
 * @param jobs by id, in source order
 */
public record Workflow(
        Optional<String> name,
        Optional<Template<String>> runName,
        Triggers on,
        Optional<Permissions> permissions,
        EnvMap env,
        Optional<Defaults> defaults,
        Optional<Concurrency> concurrency,
        Map<String, Job> jobs,
        Span span) {

    public Workflow {
        jobs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(jobs));
    }
}
