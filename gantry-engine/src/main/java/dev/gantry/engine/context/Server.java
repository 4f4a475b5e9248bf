package dev.gantry.engine.context;

import java.util.Objects;

/**
 * The GitHub-compatible server a run belongs to: {@code github.server_url}, {@code api_url}, {@code graphql_url}.
 * Local runs use {@link #GITHUB}, as act does.
 */
public record Server(String serverUrl, String apiUrl, String graphqlUrl) {

    public static final Server GITHUB =
            new Server("https://github.com", "https://api.github.com", "https://api.github.com/graphql");

    public Server {
        Objects.requireNonNull(serverUrl, "serverUrl");
        Objects.requireNonNull(apiUrl, "apiUrl");
        Objects.requireNonNull(graphqlUrl, "graphqlUrl");
    }

    /** A GitHub Enterprise Server style host: the API under {@code /api/v3}, GraphQL under {@code /api/graphql}. */
    public static Server enterprise(String serverUrl) {
        String base = serverUrl.endsWith("/") ? serverUrl.substring(0, serverUrl.length() - 1) : serverUrl;
        return new Server(base, base + "/api/v3", base + "/api/graphql");
    }

    /** The host name of the server URL, e.g. {@code github.com}, for {@code github.repositoryUrl}. */
    public String host() {
        String rest = serverUrl.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://", "");
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }
}
