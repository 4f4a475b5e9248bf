package dev.gantry.workflow.model;

import dev.gantry.workflow.diag.Span;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A job that calls a reusable workflow ({@code uses: owner/repo/.github/workflows/x.yml@ref} or
 * {@code ./.github/workflows/x.yml}).
 *
 * @param secretsInherit true for {@code secrets: inherit}; then {@code secrets} is empty
 * @param called         the called workflow as read, its own calls resolved in turn, when the reader could fetch
 *                       it (see {@code ReadOptions.calledWorkflows}); empty when it was not available, or when
 *                       the call is cut off (a cycle, too deep, over a limit)
 */
public record CallJob(JobCommon common, Named uses, EnvMap with, EnvMap secrets, boolean secretsInherit,
                      Optional<Workflow> called) implements Job {

    public CallJob {
        Objects.requireNonNull(called, "called");
    }

    /** A call whose workflow has not been fetched. */
    public CallJob(JobCommon common, Named uses, EnvMap with, EnvMap secrets, boolean secretsInherit) {
        this(common, uses, with, secrets, secretsInherit, Optional.empty());
    }

    /** This call with its called workflow. */
    public CallJob withCalled(Workflow workflow) {
        return new CallJob(common, uses, with, secrets, secretsInherit, Optional.of(workflow));
    }

    @Override public Named id() { return common.id(); }
    @Override public Template<String> name() { return common.name(); }
    @Override public List<Named> needs() { return common.needs(); }
    @Override public Template<Boolean> condition() { return common.condition(); }
    @Override public Optional<Permissions> permissions() { return common.permissions(); }
    @Override public Optional<Concurrency> concurrency() { return common.concurrency(); }
    @Override public Optional<Template<Strategy>> strategy() { return common.strategy(); }
    @Override public Span span() { return common.span(); }
}
