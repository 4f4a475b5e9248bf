package dev.gantry.runner.store;

import dev.gantry.runner.action.ActionStore;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** The one way the composition root opens an action store from what the user configured. */
public final class ActionStores {

    private static final Pattern URL = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://.*");

    private ActionStores() {}

    /**
     * The store at {@code dirOrUrl}. A folder ({@code <folder>/<owner>/<repo>.git}) is read in place and its checkouts
     * are written to {@code cacheDir}. A URL ({@code file://}, {@code http(s)://}, {@code ssh://}, {@code git://}) is
     * a git server mirror: repositories are fetched from it on first use into {@code cacheDir}, which then holds a
     * folder store of its own (give each server its own cache folder). Opening never touches the disk or network.
     */
    public static ActionStore open(String dirOrUrl, Path cacheDir) {
        if (isUrl(dirOrUrl)) {
            return new MirrorActionStore(dirOrUrl, new FolderActionStore(cacheDir));
        }
        return new FolderActionStore(Path.of(dirOrUrl), cacheDir);
    }

    /** Whether {@code location} is a URL ({@code scheme://…}) rather than a folder. */
    public static boolean isUrl(String location) {
        return URL.matcher(location).matches();
    }
}
