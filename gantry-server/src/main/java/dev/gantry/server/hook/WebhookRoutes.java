package dev.gantry.server.hook;

import dev.gantry.server.http.ApiModule;
import dev.gantry.server.http.ApiRefusal;
import dev.gantry.server.store.Database;
import dev.gantry.server.store.DeliveryStore;
import dev.gantry.server.store.Repository;
import dev.gantry.server.store.RepositoryStore;
import dev.gantry.server.trigger.EventSink;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.time.Clock;

/**
 * The webhook routes: {@code POST /api/v1/webhooks/{owner}/{repo}}, the one URL per repository that users give
 * GitHub, Gitea or Forgejo (it authenticates by signature, not token), and {@code PUT
 * /api/v1/repos/{owner}/{repo}/webhook-secret} to set the secret (needs the API token like every API route).
 */
public final class WebhookRoutes implements ApiModule {

    /** The path of a repository's deliveries. */
    public static final String DELIVERIES = "/api/v1/webhooks/{owner}/{repo}";

    private final DeliveryEndpoint deliveries;
    private final SecretEndpoint secrets;

    /** Routes over {@code db} that hand genuine deliveries' events to {@code sink}. */
    public WebhookRoutes(Database db, EventSink sink, Clock clock) {
        RepositoryStore repositories = new RepositoryStore(db);
        this.deliveries = new DeliveryEndpoint(repositories, new ReceivedDeliveries(new DeliveryStore(db)), sink,
                clock);
        this.secrets = new SecretEndpoint(repositories);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post(DELIVERIES, deliveries::receive);
        routes.put("/api/v1/repos/{owner}/{repo}/webhook-secret", secrets::set);
    }

    /** The repository the path names; a 404 refusal when none is registered by that name. */
    static Repository repository(RepositoryStore repositories, Context ctx) {
        String owner = ctx.pathParam("owner");
        String name = ctx.pathParam("repo");
        return repositories.find(owner, name).orElseThrow(() -> ApiRefusal.notFound(
                "No repository " + owner + "/" + name + " is registered on this server."));
    }

    static String secretPath(Repository repository) {
        return "/api/v1/repos/" + repository.fullName() + "/webhook-secret";
    }
}
