package dev.gantry.workflow.model;

import dev.gantry.workflow.diag.Span;
import java.util.List;
import java.util.Optional;

/** The keys every kind of job has; shared by {@link RunnerJob} and {@link CallJob}. */
public record JobCommon(Named id, Template<String> name, List<Named> needs, Template<Boolean> condition,
                        Optional<Permissions> permissions, Optional<Concurrency> concurrency,
                        Optional<Template<Strategy>> strategy, Span span) {
    public JobCommon {
        needs = List.copyOf(needs);
    }
}
