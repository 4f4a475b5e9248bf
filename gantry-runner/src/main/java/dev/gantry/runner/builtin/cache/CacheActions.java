package dev.gantry.runner.builtin.cache;

import dev.gantry.runner.action.BuiltinAction;
import dev.gantry.runner.cache.CacheStore;
import java.util.List;

/** The three cache actions over one store, for {@link dev.gantry.runner.action.ActionSources#of}. */
public final class CacheActions {

    private CacheActions() {}

    public static List<BuiltinAction> over(CacheStore store) {
        return List.of(new CacheAction(store), new RestoreCacheAction(store), new SaveCacheAction(store));
    }
}
