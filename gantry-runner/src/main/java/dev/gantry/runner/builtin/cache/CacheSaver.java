package dev.gantry.runner.builtin.cache;

import dev.gantry.runner.action.ActionCall;
import dev.gantry.runner.action.ActionFailure;
import dev.gantry.runner.builtin.input.FileSearcher;
import dev.gantry.runner.builtin.input.Inputs;
import dev.gantry.runner.builtin.input.PathPattern;
import dev.gantry.runner.cache.CacheStore;
import dev.gantry.runner.cache.SaveOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The save half of the cache actions, as {@code actions/cache} v4 does it: nothing is saved after an exact hit of
 * the primary key; otherwise the files the {@code path} lines select (exclusions honoured, links kept as links) are
 * archived under the primary key. Saving never fails the step: a bad input, no files, an existing key or a store
 * that cannot be written is a warning, as on GitHub.
 */
final class CacheSaver {

    private final CacheStore store;

    CacheSaver(CacheStore store) {
        this.store = store;
    }

    /**
     * @param primaryKey the key to save under
     * @param matchedKey the key a restore earlier in the step matched, if any
     */
    void save(ActionCall call, String primaryKey, Optional<String> matchedKey) {
        if (primaryKey.isEmpty()) {
            call.warning("Key is not specified.");
            return;
        }
        if (matchedKey.isPresent() && matchedKey.get().equalsIgnoreCase(primaryKey)) {
            call.log("Cache hit occurred on the primary key " + primaryKey + ", not saving cache.");
            return;
        }
        try {
            CacheRequest request = CacheRequest.of(call, primaryKey);
            Inputs.bool(call, "enableCrossOsArchive");
            List<PathPattern> patterns = PathPattern.parseLines(String.join("\n", request.paths()),
                    call.workspace(), Inputs.home(call));
            List<Path> files = new FileSearcher(false, false).search(patterns).files();
            if (files.isEmpty()) {
                call.warning("Path Validation Error: Path(s) specified in the action for caching do(es) not exist, "
                        + "hence no cache is being saved.");
                return;
            }
            SaveOutcome outcome = store.save(request.scope(), primaryKey, request.version(), call.workspace(), files,
                    call::warning);
            switch (outcome) {
                case SaveOutcome.Saved saved -> call.log("Cache saved with key: %s (%d files, ~%s)"
                        .formatted(primaryKey, saved.files(), Sizes.human(saved.entry().size())));
                case SaveOutcome.AlreadyExists exists -> call.warning(("Failed to save: a cache entry for key %s "
                        + "already exists (another job may have saved it); it is not overwritten.").formatted(primaryKey));
                case SaveOutcome.TooLarge large -> call.warning(("Failed to save: the cache archive for key %s is %d "
                        + "bytes, more than the cache store's limit of %d bytes.").formatted(primaryKey, large.size(),
                        large.limit()));
            }
        } catch (ActionFailure e) {
            call.warning(e.getMessage());
        } catch (IOException | UncheckedIOException | InvalidPathException e) {
            call.warning("Failed to save cache with key %s: %s".formatted(primaryKey, e.getMessage()));
        }
    }
}
