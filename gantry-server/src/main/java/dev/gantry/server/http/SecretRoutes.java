package dev.gantry.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.server.audit.AuditAction;
import dev.gantry.server.audit.AuditLog;
import dev.gantry.server.audit.Subject;
import dev.gantry.server.secret.RepositorySecrets;
import dev.gantry.server.secret.SecretKeyException;
import dev.gantry.server.secret.SecretName;
import dev.gantry.server.store.Database;
import dev.gantry.server.store.Repository;
import dev.gantry.server.store.RepositoryStore;
import dev.gantry.server.store.SecretEntry;
import dev.gantry.server.store.SecretStore;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A repository's Actions secrets, in the shapes of GitHub's secrets API:
 * <ul>
 *   <li>{@code PUT …/actions/secrets/{name}} with {@code {"value": "…"}} → 201 created, 204 updated;</li>
 *   <li>{@code GET …/actions/secrets} → {@code {total_count, secrets: [{name, created_at, updated_at}]}};</li>
 *   <li>{@code GET …/actions/secrets/{name}} → {@code {name, created_at, updated_at}};</li>
 *   <li>{@code DELETE …/actions/secrets/{name}} → 204.</li>
 * </ul>
 * Values go in and never come out. GitHub takes a value sealed with the repository's libsodium public key
 * ({@code encrypted_value}); Gantry takes the value itself, protected in transit by the API's TLS (or loopback),
 * and refuses {@code encrypted_value} with a 422 saying so. Names are checked and upper-cased
 * ({@link SecretName}); a bad name is a 422 on PUT and a 404 elsewhere. Handlers run on virtual threads and block
 * on the store (and, for the first PUT, on creating the key file).
 */
public final class SecretRoutes implements ApiModule {

    private static final String SECRETS = "/api/v1/repos/{owner}/{repo}/actions/secrets";

    private final RepositoryStore repositories;
    private final RepositorySecrets secrets;
    private final AuditLog audit;

    private SecretRoutes(RepositoryStore repositories, RepositorySecrets secrets, AuditLog audit) {
        this.repositories = repositories;
        this.secrets = secrets;
        this.audit = audit;
    }

    /** The routes over {@code db}'s repositories, keeping the secrets in {@code secrets}; changes are audited. */
    public static SecretRoutes of(Database db, RepositorySecrets secrets) {
        return new SecretRoutes(new RepositoryStore(db), secrets, new AuditLog(db));
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(SECRETS, this::list);
        routes.get(SECRETS + "/{name}", this::view);
        routes.put(SECRETS + "/{name}", this::put);
        routes.delete(SECRETS + "/{name}", this::delete);
    }

    private void list(Context ctx) {
        Repository repo = repository(ctx);
        var all = secrets.list(repo.id()).stream().map(SecretRoutes::shape).toList();
        Json.send(ctx, 200, Map.of("total_count", all.size(), "secrets", all));
    }

    private void view(Context ctx) {
        Repository repo = repository(ctx);
        SecretName name = existingName(ctx, repo);
        SecretEntry entry = secrets.find(repo.id(), name).orElseThrow(() -> missing(ctx, repo));
        Json.send(ctx, 200, shape(entry));
    }

    private void put(Context ctx) {
        Repository repo = repository(ctx);
        SecretName name;
        try {
            name = SecretName.of(ctx.pathParam("name"));
        } catch (IllegalArgumentException e) {
            throw ApiRefusal.unprocessable(sentence(e.getMessage()) + ".");
        }
        JsonNode body = Json.object(ctx);
        if (body.has("encrypted_value")) {
            throw ApiRefusal.unprocessable("Gantry takes the secret's value as \"value\", protected in transit by the "
                    + "API's TLS or loopback; it has no public key to seal an \"encrypted_value\" with.");
        }
        JsonNode value = body.get("value");
        if (value == null || !value.isTextual()) {
            throw ApiRefusal.unprocessable("The field \"value\" is missing: send {\"value\": \"…\"}.");
        }
        SecretStore.Put outcome;
        try {
            outcome = secrets.put(repo.id(), name, value.asText());
        } catch (IllegalArgumentException e) {
            throw ApiRefusal.unprocessable(sentence(e.getMessage()) + ".");
        } catch (SecretKeyException e) {
            throw new ApiRefusal(500, e.getMessage());
        }
        if (!(outcome instanceof SecretStore.Put.UnknownRepository)) {
            audit.record(Actor.of(ctx), AuditAction.SECRET_SET, Subject.secret(repo.fullName(), name.value()),
                    Map.of("created", outcome instanceof SecretStore.Put.Created));
        }
        switch (outcome) {
            case SecretStore.Put.Created c -> Json.send(ctx, 201, Map.of());
            case SecretStore.Put.Updated u -> ctx.status(204);
            case SecretStore.Put.UnknownRepository u -> throw ApiRefusal.notFound(
                    "No repository " + repo.fullName() + ".");
        }
    }

    private void delete(Context ctx) {
        Repository repo = repository(ctx);
        SecretName name = existingName(ctx, repo);
        if (!secrets.delete(repo.id(), name)) {
            throw missing(ctx, repo);
        }
        audit.record(Actor.of(ctx), AuditAction.SECRET_DELETED, Subject.secret(repo.fullName(), name.value()),
                Map.of());
        ctx.status(204);
    }

    /** The repository of {@code {owner}/{repo}}, or a 404 naming it. */
    private Repository repository(Context ctx) {
        String owner = ctx.pathParam("owner");
        String name = ctx.pathParam("repo");
        return repositories.find(owner, name)
                .orElseThrow(() -> ApiRefusal.notFound("No repository " + owner + "/" + name + "."));
    }

    /** The name in the path; a name no secret can have is a secret that does not exist. */
    private static SecretName existingName(Context ctx, Repository repo) {
        if (ctx.pathParam("name").equals("public-key")) {
            throw ApiRefusal.notFound("Gantry has no public key for secrets: send the value itself to PUT "
                    + "…/actions/secrets/{name} as {\"value\": \"…\"}, over TLS or loopback.");
        }
        try {
            return SecretName.of(ctx.pathParam("name"));
        } catch (IllegalArgumentException e) {
            throw missing(ctx, repo);
        }
    }

    private static ApiRefusal missing(Context ctx, Repository repo) {
        return ApiRefusal.notFound("No secret " + ctx.pathParam("name") + " in " + repo.fullName() + ".");
    }

    private static Map<String, Object> shape(SecretEntry entry) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", entry.name());
        json.put("created_at", Json.time(entry.createdAt()));
        json.put("updated_at", Json.time(entry.updatedAt()));
        return json;
    }

    private static String sentence(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
