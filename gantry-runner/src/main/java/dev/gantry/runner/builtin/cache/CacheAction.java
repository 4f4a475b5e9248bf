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
            description: 'Cache artifacts like dependencies and build outputs to improve workflow execution time'
            author: 'GitHub'
            inputs:
              path:
                description: 'A list of files, directories, and wildcard patterns to cache and restore'
                required: true
              key:
                description: 'An explicit key for restoring and saving the cache'
                required: true
              restore-keys:
                description: 'An ordered multiline string listing the prefix-matched keys, that are used for restoring stale cache if no cache hit occurred for key. Note `cache-hit` returns false in this case.'
                required: false
              upload-chunk-size:
                description: 'The chunk size used to split up large files during upload, in bytes'
                required: false
              enableCrossOsArchive:
                description: 'An optional boolean when enabled, allows windows runners to save or restore caches that can be restored or saved respectively on other platforms'
                default: 'false'
                required: false
              fail-on-cache-miss:
                description: 'Fail the workflow if cache entry is not found'
                default: 'false'
                required: false
              lookup-only:
                description: 'Check if a cache entry exists for the given input(s) (key, restore-keys) without downloading the cache'
                default: 'false'
                required: false
              save-always:
                description: 'Run the post step to save the cache even if another step before fails'
                default: 'false'
                required: false
                deprecationMessage: |
                  save-always does not work as intended and will be removed in a future release.
                  A separate `actions/cache/restore` step should be used instead.
                  See https://github.com/actions/cache/tree/main/save#always-save-cache for more details.
            outputs:
              cache-hit:
                description: 'A boolean value to indicate an exact match was found for the primary key'
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
