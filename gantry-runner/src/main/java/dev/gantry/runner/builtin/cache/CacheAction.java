package dev.gantry.runner.builtin.cache;

import dev.gantry.runner.action.ActionCall;
import dev.gantry.runner.action.ActionFailure;
import dev.gantry.runner.action.BuiltinAction;
import dev.gantry.runner.cache.CacheStore;

/**
 * {@code actions/cache} (v4): the main phase restores, the post phase — which runs only when the job has succeeded
 * so far ({@code post-if: success()}) — saves under the primary key unless the main phase hit it exactly. The keys
 * pass from one phase to the other as state, under GitHub's names ({@code CACHE_KEY}, {@code CACHE_RESULT}).
 * Stateless; safe for concurrent jobs.
 */
public final class CacheAction implements BuiltinAction {

    static final String METADATA = """
            name: 'Cache'
            description: 'Restores files saved by an earlier run and saves them at the end of the job'
            author: 'GitHub'
            inputs:
              path:
                description: 'Files, folders and glob patterns to cache, one per line'
                required: true
              key:
                description: 'The key to restore from and to save under'
                required: true
              restore-keys:
                description: 'Key prefixes tried in order when the key itself has no entry; cache-hit stays false then'
                required: false
              upload-chunk-size:
                description: 'Accepted for compatibility; the local store has no upload'
                required: false
              enableCrossOsArchive:
                description: 'Whether Windows runners share entries with other systems'
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
              save-always:
                description: 'Deprecated: save even when an earlier step failed'
                default: 'false'
                required: false
                deprecationMessage: 'save-always is deprecated and has no effect; use actions/cache/restore and actions/cache/save with if: always() instead.'
            outputs:
              cache-hit:
                description: 'true when an entry with exactly the key was found'
            runs:
              using: 'node20'
              main: 'builtin'
              post: 'builtin'
              post-if: "success()"
            branding:
              icon: 'archive'
              color: 'gray-dark'
            """;

    private final CacheRestorer restorer;
    private final CacheSaver saver;

    public CacheAction(CacheStore store) {
        this.restorer = new CacheRestorer(store);
        this.saver = new CacheSaver(store);
    }

    @Override
    public String name() {
        return "actions/cache";
    }

    @Override
    public String metadata() {
        return METADATA;
    }

    @Override
    public void run(Phase phase, ActionCall call) throws ActionFailure {
        switch (phase) {
            case PRE -> { }
            case MAIN -> restorer.restore(call, (kind, key) -> call.saveState(switch (kind) {
                case PRIMARY -> CacheRestorer.PRIMARY_KEY_STATE;
                case MATCHED -> CacheRestorer.MATCHED_KEY_STATE;
            }, key));
            case POST -> saver.save(call,
                    call.state(CacheRestorer.PRIMARY_KEY_STATE).orElse(call.input("key").strip()),
                    call.state(CacheRestorer.MATCHED_KEY_STATE));
        }
    }
}
