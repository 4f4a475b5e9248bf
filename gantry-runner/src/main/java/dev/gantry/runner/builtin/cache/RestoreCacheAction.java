package dev.gantry.runner.builtin.cache;

import dev.gantry.runner.action.ActionCall;
import dev.gantry.runner.action.ActionFailure;
import dev.gantry.runner.action.BuiltinAction;
import dev.gantry.runner.cache.CacheStore;

/**
 * {@code actions/cache/restore} (v4): the restore of {@code actions/cache} without the save; the keys become the
 * outputs {@code cache-primary-key} (set even on a miss) and {@code cache-matched-key}. Stateless.
 */
public final class RestoreCacheAction implements BuiltinAction {

    static final String METADATA = """
            name: 'Restore Cache'
            description: 'Restores files saved by an earlier run, without saving them afterwards'
            author: 'GitHub'
            inputs:
              path:
                description: 'Files, folders and glob patterns to restore, one per line, as they were given when saving'
                required: true
              key:
                description: 'The key to restore from'
                required: true
              restore-keys:
                description: 'Key prefixes tried in order when the key itself has no entry; cache-hit stays false then'
                required: false
              enableCrossOsArchive:
                description: 'Whether Windows runners may restore entries saved on other systems'
                default: 'false'
                required: false
              fail-on-cache-miss:
                description: 'Fail the step when no entry matches'
                default: 'false'
                required: false
              lookup-only:
                description: 'Only check whether an entry matches, without restoring it'
                default: 'false'
                required: false
            outputs:
              cache-hit:
                description: 'true when an entry with exactly the key was found'
              cache-primary-key:
                description: 'The key the lookup started from'
              cache-matched-key:
                description: 'The key of the entry found: the primary key on a hit, or a key found by a restore key'
            runs:
              using: 'node20'
              main: 'builtin'
            branding:
              icon: 'archive'
              color: 'gray-dark'
            """;

    private final CacheRestorer restorer;

    public RestoreCacheAction(CacheStore store) {
        this.restorer = new CacheRestorer(store);
    }

    @Override
    public String name() {
        return "actions/cache/restore";
    }

    @Override
    public String metadata() {
        return METADATA;
    }

    @Override
    public void run(Phase phase, ActionCall call) throws ActionFailure {
        if (phase == Phase.MAIN) {
            restorer.restore(call, (kind, key) -> call.setOutput(switch (kind) {
                case PRIMARY -> "cache-primary-key";
                case MATCHED -> "cache-matched-key";
            }, key));
        }
    }
}
