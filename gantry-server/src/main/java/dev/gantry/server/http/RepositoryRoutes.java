package dev.gantry.server.http;

import dev.gantry.server.audit.AuditAction;
import dev.gantry.server.audit.AuditLog;
import dev.gantry.server.audit.Subject;
import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.server.store.NewRepository;
import dev.gantry.server.store.Repository;
import dev.gantry.server.store.RepositoryStore;
import io.javalin.http.Context;

import java.util.Map;
import java.util.Optional;

/** {@code POST /api/v1/repos} and {@code GET /api/v1/repos}. Handlers run on virtual threads and block on the store. */
final class RepositoryRoutes {

    private final RepositoryStore repositories;
    private final AuditLog audit;

    RepositoryRoutes(RepositoryStore repositories, AuditLog audit) {
        this.repositories = repositories;
        this.audit = audit;
    }

    /**
     * Registers {@code {"owner", "name", "default_branch"?, "url"?, "webhook_secret"?}} — hosted by the server,
     * or fetched from {@code url} when given: 201, 409 when it exists, 422 for bad names, a URL that is not one, or
     * a bad secret. The secret, when given, is what the repository's webhook deliveries are signed with.
     */
    void create(Context ctx) {
        JsonNode body = Json.object(ctx);
        String owner = text(body, "owner");
        String name = text(body, "name");
        String branch = body.hasNonNull("default_branch") ? text(body, "default_branch") : "main";
        Repository.Source source = body.hasNonNull("url") ? new Repository.Source.Remote(url(text(body, "url")))
                : new Repository.Source.Hosted();
        Optional<String> secret = body.hasNonNull("webhook_secret")
                ? Optional.of(text(body, "webhook_secret")) : Optional.empty();
        if (secret.filter(s -> s.isEmpty() || s.length() > RepositoryStore.MAX_WEBHOOK_SECRET).isPresent()) {
            throw ApiRefusal.unprocessable("The field \"webhook_secret\" must have 1 to "
                    + RepositoryStore.MAX_WEBHOOK_SECRET + " characters.");
        }
        NewRepository wanted;
        try {
            wanted = new NewRepository(owner, name, source, branch);
        } catch (IllegalArgumentException e) {
            throw ApiRefusal.unprocessable(capitalised(e.getMessage()) + ".");
        }
        switch (repositories.create(wanted, secret)) {
            case RepositoryStore.Creation.Created c -> {
                audit.record(Actor.of(ctx), AuditAction.REPOSITORY_CREATED, Subject.repository(c.repository()
                        .fullName()), Map.of("source", source.kind(), "default_branch", branch,
                        "webhook_secret_set", secret.isPresent()));
                Json.send(ctx, 201, GitHubShapes.repository(c.repository()));
            }
            case RepositoryStore.Creation.AlreadyExists a -> throw new ApiRefusal(409,
                    "The repository " + a.existing().fullName() + " already exists.");
        }
    }

    void list(Context ctx) {
        var all = repositories.list().stream().map(GitHubShapes::repository).toList();
        Json.send(ctx, 200, Map.of("total_count", all.size(), "repositories", all));
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            throw ApiRefusal.unprocessable("The field \"" + field + "\" is missing.");
        }
        if (!value.isTextual()) {
            throw ApiRefusal.unprocessable("The field \"" + field + "\" must be a string.");
        }
        return value.asText();
    }

    /** A URL JGit can fetch: a scheme and a location ({@code https://…}, {@code ssh://…}, {@code file:/…}). */
    private static String url(String value) {
        String url = value.trim();
        if (!url.matches("[A-Za-z][A-Za-z0-9+.-]*:\\S+") || url.length() > 2000) {
            throw ApiRefusal.unprocessable("Invalid url \"" + value + "\": use a URL git can fetch, such as "
                    + "https://github.com/OWNER/REPO.git.");
        }
        return url;
    }

    private static String capitalised(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
