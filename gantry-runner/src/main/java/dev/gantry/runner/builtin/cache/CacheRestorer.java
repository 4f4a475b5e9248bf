package dev.gantry.runner.builtin.cache;

import dev.gantry.runner.action.ActionCall;
import dev.gantry.runner.action.ActionFailure;
import dev.gantry.runner.builtin.input.Inputs;
import dev.gantry.runner.cache.CacheEntry;
import dev.gantry.runner.cache.CacheLookup;
import dev.gantry.runner.cache.CacheStore;
import dev.gantry.runner.cache.RestoreOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The restore half of the cache actions, as {@code actions/cache} v4 does it: records the primary key, looks the
 * keys up, and on a match extracts the archive into place (unless {@code lookup-only}), records the matched key
 * and sets {@code cache-hit} to whether the primary key matched exactly (ignoring case). On a miss
 * {@code cache-hit} is left unset, as GitHub leaves it, and the step fails only with {@code fail-on-cache-miss}.
 * A store that cannot be read or a corrupt entry is a warning and counts as a miss.
 *
 * <p>Where the keys go depends on the action: {@code actions/cache} keeps them as state for its post phase,
 * {@code actions/cache/restore} sets them as the outputs {@code cache-primary-key} and {@code cache-matched-key}.
 */
final class CacheRestorer {

    static final String PRIMARY_KEY_STATE = "CACHE_KEY";
    static final String MATCHED_KEY_STATE = "CACHE_RESULT";

    private final CacheStore store;

    CacheRestorer(CacheStore store) {
        this.store = store;
    }

    /**
     * @param record receives ({@code primary} or {@code matched}, key): a state or an output, by the caller's choice
     */
    void restore(ActionCall call, BiConsumer<KeyKind, String> record) throws ActionFailure {
        CacheRequest request = CacheRequest.of(call, call.input("key").strip());
        record.accept(KeyKind.PRIMARY, request.key());
        Inputs.bool(call, "enableCrossOsArchive");
        boolean failOnMiss = Inputs.bool(call, "fail-on-cache-miss");
        boolean lookupOnly = Inputs.bool(call, "lookup-only");
        Optional<CacheEntry> found = lookUp(call, request, lookupOnly);
        if (found.isEmpty()) {
            if (failOnMiss) {
                throw new ActionFailure("Failed to restore cache entry. Exiting as fail-on-cache-miss is set. "
                        + "Input key: " + request.key());
            }
            call.log("Cache not found for input keys: " + String.join(", ", request.keys()));
            return;
        }
        CacheEntry matched = found.get();
        record.accept(KeyKind.MATCHED, matched.key());
        boolean exact = matched.key().toLowerCase(Locale.ROOT).equals(request.key().toLowerCase(Locale.ROOT));
        call.setOutput("cache-hit", Boolean.toString(exact));
        call.log((lookupOnly ? "Cache found and can be restored from key: " : "Cache restored from key: ")
                + matched.key());
    }

    /** The entry restored (or, with lookup-only, found); empty on a miss. */
    private Optional<CacheEntry> lookUp(ActionCall call, CacheRequest request, boolean lookupOnly) {
        try {
            CacheLookup lookup = store.find(request.scope(), request.keys(), request.version(), call::warning);
            return switch (lookup) {
                case CacheLookup.Miss miss -> Optional.empty();
                case CacheLookup.Found found when lookupOnly -> Optional.of(found.entry());
                case CacheLookup.Found found -> extract(call, found.entry());
            };
        } catch (IOException | UncheckedIOException | InvalidPathException e) {
            call.warning("Failed to restore cache with key %s: %s".formatted(request.key(), e.getMessage()));
            return Optional.empty();
        }
    }

    private Optional<CacheEntry> extract(ActionCall call, CacheEntry entry) throws IOException {
        call.log("Cache Size: ~%s (%d B)".formatted(Sizes.human(entry.size()), entry.size()));
        return switch (store.restore(entry, call.workspace())) {
            case RestoreOutcome.Restored restored -> {
                call.log("Cache restored successfully (%d files)".formatted(restored.files()));
                yield Optional.of(entry);
            }
            case RestoreOutcome.Corrupt corrupt -> {
                call.warning("Failed to restore: the cache entry for key %s was skipped because %s."
                        .formatted(entry.key(), corrupt.reason()));
                yield Optional.empty();
            }
        };
    }

    enum KeyKind { PRIMARY, MATCHED }
}
