package dev.gantry.server.hook;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.server.http.ApiRefusal;
import dev.gantry.server.http.Json;
import dev.gantry.server.store.Repository;
import dev.gantry.server.store.RepositoryStore;
import io.javalin.http.Context;

import java.util.Map;

/**
 * {@code PUT /api/v1/repos/{owner}/{repo}/webhook-secret} with {@code {"secret": "…"}}: sets (replaces) the secret
 * the repository's webhook deliveries must be signed with. The secret is never echoed. Blocks on the store.
 */
final class SecretEndpoint {

    private final RepositoryStore repositories;

    SecretEndpoint(RepositoryStore repositories) {
        this.repositories = repositories;
    }

    void set(Context ctx) {
        Repository repository = WebhookRoutes.repository(repositories, ctx);
        JsonNode secret = Json.object(ctx).get("secret");
        if (secret == null || !secret.isTextual()) {
            throw ApiRefusal.unprocessable("The field \"secret\" must be a string.");
        }
        String text = secret.asText();
        if (text.isEmpty() || text.length() > RepositoryStore.MAX_WEBHOOK_SECRET) {
            throw ApiRefusal.unprocessable("The field \"secret\" must have 1 to " + RepositoryStore.MAX_WEBHOOK_SECRET
                    + " characters.");
        }
        if (!repositories.setWebhookSecret(repository.id(), text)) {
            throw ApiRefusal.notFound("No repository " + repository.fullName() + " is registered on this server.");
        }
        Json.send(ctx, 200, Map.of("message", "The webhook secret of " + repository.fullName() + " is set; "
                + "deliveries go to POST /api/v1/webhooks/" + repository.fullName() + "."));
    }
}
