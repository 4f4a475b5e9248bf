package dev.gantry.engine.event;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A repository's {@code owner/name}, as in {@code github.repository}. */
public record RepositoryName(String owner, String name) {

    /** The owner used when nothing names one (a folder without a remote). */
    public static final String LOCAL_OWNER = "local";

    // scheme://[user@]host[:port]/path  or  [user@]host:path (scp-like)  or a plain path
    private static final Pattern URL = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*/(.*)$");
    private static final Pattern SCP = Pattern.compile("^(?:[^@/]+@)?[^:/]+:(.*)$");

    public RepositoryName {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(name, "name");
    }

    /** {@code owner/name}. */
    public String fullName() {
        return owner + "/" + name;
    }

    /**
     * The owner and name a remote URL points at: the last two path segments without {@code .git}, as in
     * {@code https://github.com/octo-org/octo-repo.git} or {@code git@github.com:octo-org/octo-repo.git}. A URL
     * with a single path segment has owner {@link #LOCAL_OWNER}. Empty when no name can be found.
     */
    public static Optional<RepositoryName> fromRemoteUrl(String url) {
        String path = url.strip();
        Matcher m = URL.matcher(path);
        if (m.matches()) {
            path = m.group(1);
        } else if (!path.startsWith("/") && !path.startsWith(".") && SCP.matcher(path).matches()
                && !path.matches("^[a-zA-Z]:[\\\\/].*")) {
            path = SCP.matcher(path).replaceFirst("$1");
        }
        path = path.replace('\\', '/');
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        if (path.endsWith(".git")) {
            path = path.substring(0, path.length() - 4);
        }
        String[] segments = path.split("/");
        String name = segments[segments.length - 1];
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return Optional.empty();
        }
        String parent = segments.length >= 2 ? segments[segments.length - 2] : "";
        String owner = parent.isEmpty() || parent.equals(".") || parent.equals("..") ? LOCAL_OWNER : parent;
        return Optional.of(new RepositoryName(owner, name));
    }
}
