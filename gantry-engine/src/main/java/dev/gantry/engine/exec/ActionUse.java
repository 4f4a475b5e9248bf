package dev.gantry.engine.exec;

import java.util.Objects;
import java.util.Optional;

/**
 * Where the action behind one {@code uses:} of a job came from (provenance, kept in the job's report).
 *
 * @param uses   the reference as written ({@code actions/setup-node@v4}, {@code ./tools/lint})
 * @param source {@code store}, {@code built-in}, {@code local} or {@code image} (a {@code docker://} image)
 * @param sha    the commit a stored action's ref resolved to; empty for built-in and local actions
 */
public record ActionUse(String uses, String source, Optional<String> sha) {

    public ActionUse {
        Objects.requireNonNull(uses, "uses");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sha, "sha");
    }
}
