package dev.gantry.workflow.model;

import dev.gantry.workflow.diag.Span;
import java.util.List;
import java.util.Optional;

/**
 * A job that calls a reusable workflow ({@code uses: owner/repo/.github/workflows/x.yml@ref} or
 * {@code ./.github/workflows/x.yml}).
 *
 * @param secretsInherit true for {@code secrets: inherit}; then {@code secrets} is empty
 */
public record CallJob(JobCommon common, Named uses, EnvMap with, EnvMap secrets, boolean secretsInherit)
        implements Job {

    @Override public Named id() { return common.id(); }
    @Override public Template<String> name() { return common.name(); }
    @Override public List<Named> needs() { return common.needs(); }
    @Override public Template<Boolean> condition() { return common.condition(); }
    @Override public Optional<Permissions> permissions() { return common.permissions(); }
    @Override public Optional<Concurrency> concurrency() { return common.concurrency(); }
    @Override public Optional<Template<Strategy>> strategy() { return common.strategy(); }
    @Override public Span span() { return common.span(); }
}
