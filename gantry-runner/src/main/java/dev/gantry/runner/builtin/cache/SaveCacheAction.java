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
            description: 'Saves files for later runs, at this point of the job'
            author: 'GitHub'
            inputs:
              path:
                description: 'Files, folders and glob patterns to save, one per line'
                required: true
              key:
                description: 'The key to save under'
                required: true
              upload-chunk-size:
                description: 'Accepted for compatibility; the local store has no upload'
                required: false
              enableCrossOsArchive:
                description: 'Whether entries saved on Windows may be restored on other systems'
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
