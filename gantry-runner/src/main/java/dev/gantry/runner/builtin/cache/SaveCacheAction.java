package dev.gantry.runner.builtin.cache;

import dev.gantry.runner.action.ActionCall;
import dev.gantry.runner.action.BuiltinAction;
import dev.gantry.runner.cache.CacheStore;
import java.util.Optional;

/**
 * {@code actions/cache/save} (v4): saves the {@code path} files under {@code key} wherever the step stands in the
 * job (with {@code if: always()} it saves after a failure too). Never fails the step; problems are warnings.
 * Stateless.
 */
public final class SaveCacheAction implements BuiltinAction {

    static final String METADATA = """
            name: 'Save a cache'
            description: 'Save Cache artifacts like dependencies and build outputs to improve workflow execution time'
            author: 'GitHub'
            inputs:
              path:
                description: 'A list of files, directories, and wildcard patterns to cache'
                required: true
              key:
                description: 'An explicit key for saving the cache'
                required: true
              upload-chunk-size:
                description: 'The chunk size used to split up large files during upload, in bytes'
                required: false
              enableCrossOsArchive:
                description: 'An optional boolean when enabled, allows windows runners to save caches that can be restored on other platforms'
                default: 'false'
                required: false
            runs:
              using: 'node20'
              main: 'builtin'
            branding:
              icon: 'archive'
              color: 'gray-dark'
            """;

    private final CacheSaver saver;

    public SaveCacheAction(CacheStore store) {
        this.saver = new CacheSaver(store);
    }

    @Override
    public String name() {
        return "actions/cache/save";
    }

    @Override
    public String metadata() {
        return METADATA;
    }

    @Override
    public void run(Phase phase, ActionCall call) {
        if (phase == Phase.MAIN) {
            saver.save(call, call.input("key").strip(), Optional.empty());
        }
    }
}
