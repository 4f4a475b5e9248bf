package dev.gantry.server.http;

import dev.gantry.server.store.Ids.RepositoryId;
import dev.gantry.server.store.RunQuery;
import dev.gantry.server.store.Status;
import io.javalin.http.Context;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The query of {@code GET …/actions/runs}: GitHub's filters {@code status} (a status or a conclusion),
 * {@code branch}, {@code event}, {@code actor}, {@code head_sha}, and paging {@code per_page} (1–100, default 30) and {@code page}
 * (from 1). Parsing refuses bad values with a 422 naming the parameter.
 */
record RunFilter(Optional<Status> status, Optional<String> conclusion, Optional<String> branch,
                 Optional<String> event, Optional<String> actor, Optional<String> headSha, int perPage, int page) {

    private static final Set<String> CONCLUSIONS = Set.of("success", "failure", "cancelled", "skipped");

    static RunFilter of(Context ctx) {
        Optional<String> status = param(ctx, "status");
        Optional<Status> byStatus = status.flatMap(s -> Arrays.stream(Status.values())
                .filter(v -> v.word().equals(s)).findFirst());
        Optional<String> byConclusion = status.filter(CONCLUSIONS::contains);
        if (status.isPresent() && byStatus.isEmpty() && byConclusion.isEmpty()) {
            throw ApiRefusal.unprocessable("Unknown status \"" + status.get()
                    + "\": use queued, in_progress, completed, success, failure, cancelled or skipped.");
        }
        return new RunFilter(byConclusion.isPresent() ? Optional.of(Status.COMPLETED) : byStatus, byConclusion,
                param(ctx, "branch"), param(ctx, "event"), param(ctx, "actor"),
                param(ctx, "head_sha"),
                number(ctx, "per_page", 30, 100), number(ctx, "page", 1, Integer.MAX_VALUE));
    }

    /** The store query of this filter's page, of one repository or of all. */
    RunQuery page(Optional<RepositoryId> repository) {
        return new RunQuery(repository, status, conclusion, branch, event, actor, headSha,
                (long) (page - 1) * perPage, perPage);
    }

    private static Optional<String> param(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).map(String::trim).filter(s -> !s.isEmpty());
    }

    private static int number(Context ctx, String name, int fallback, int max) {
        Optional<String> value = param(ctx, name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.get());
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ApiRefusal.unprocessable("Invalid " + name + " \"" + value.get() + "\": use a whole number from 1 to "
                + max + ".");
    }
}
