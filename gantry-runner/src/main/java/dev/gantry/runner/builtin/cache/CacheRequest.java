package dev.gantry.runner.builtin.cache;

import dev.gantry.runner.action.ActionCall;
import dev.gantry.runner.action.ActionFailure;
import dev.gantry.runner.builtin.input.Inputs;
import dev.gantry.runner.cache.CacheVersion;
import dev.gantry.workflow.expr.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * The inputs the cache actions share, checked as {@code @actions/cache} checks them: a key of at most 512
 * characters without commas (the primary and every restore key), at least one {@code path} line.
 *
 * @param scope   the repository the entry belongs to ({@code github.repository}, else {@code local})
 * @param paths   the {@code path} lines as written; they make the {@link CacheVersion}
 */
record CacheRequest(String scope, String key, List<String> restoreKeys, List<String> paths) {

    static final int MAX_KEY_LENGTH = 512;

    CacheRequest {
        restoreKeys = List.copyOf(restoreKeys);
        paths = List.copyOf(paths);
    }

    /** The request of {@code call}, with {@code key} as the primary key. */
    static CacheRequest of(ActionCall call, String key) throws ActionFailure {
        if (key.isEmpty()) {
            throw new ActionFailure("Input required and not supplied: key");
        }
        List<String> restoreKeys = Inputs.lines(call, "restore-keys");
        for (String k : concat(key, restoreKeys)) {
            if (k.length() > MAX_KEY_LENGTH) {
                throw new ActionFailure("Key Validation Error: %s cannot be larger than %d characters."
                        .formatted(k, MAX_KEY_LENGTH));
            }
            if (k.contains(",")) {
                throw new ActionFailure("Key Validation Error: %s cannot contain commas.".formatted(k));
            }
        }
        List<String> paths = Inputs.lines(call, "path");
        if (paths.isEmpty()) {
            throw new ActionFailure("Input required and not supplied: path");
        }
        return new CacheRequest(scopeOf(call), key, restoreKeys, paths);
    }

    /** The primary key, then the restore keys. */
    List<String> keys() {
        return concat(key, restoreKeys);
    }

    String version() {
        return CacheVersion.of(paths);
    }

    private static String scopeOf(ActionCall call) {
        return call.github().members().get("repository") instanceof Value.Str s && !s.value().isEmpty()
                ? s.value() : "local";
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
