package dev.gantry.server.git;

import dev.gantry.server.http.ApiModule;
import dev.gantry.server.http.ApiRefusal;
import dev.gantry.server.store.ApiToken;
import dev.gantry.server.store.Repository;
import dev.gantry.server.store.RepositoryStore;
import dev.gantry.server.store.AgentStore;
import dev.gantry.server.store.TokenStore;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Git's smart HTTP protocol at {@code /git/OWNER/NAME.git} ({@code .git} optional, as on GitHub):
 * {@code GET …/info/refs?service=git-upload-pack|git-receive-pack}, {@code POST …/git-upload-pack} and
 * {@code POST …/git-receive-pack}. Every request needs basic auth with an API token as password (any user name),
 * else 401 with {@code WWW-Authenticate: Basic realm="Gantry"} so git asks for credentials; an unknown
 * repository is a 404 and a push to a repository registered by URL a 403, each with a JSON message.
 *
 * <p>Request bodies are streamed from the socket (gzip-encoded ones decoded on the way), never read into memory
 * and not subject to the JSON API's body limit: a pushed pack may be of any size. Responses are streamed too.
 * Each request runs on its own virtual thread and blocks on the disk and the socket; after a push the
 * {@link PushListener} is called on that thread before the response ends (see its contract).
 */
final class GitRoutes implements ApiModule {

    private static final Logger LOG = LoggerFactory.getLogger(GitRoutes.class);
    static final String PREFIX = "/git/{owner}/{repo}";

    private final HostedRepositories disk;
    private final RepositoryStore repositories;
    private final TokenStore tokens;
    private final AgentStore agents;
    private final PushJournal journal;
    private final PushListener listener;

    GitRoutes(HostedRepositories disk, RepositoryStore repositories, TokenStore tokens, AgentStore agents,
              PushJournal journal, PushListener listener) {
        this.disk = disk;
        this.repositories = repositories;
        this.tokens = tokens;
        this.agents = agents;
        this.journal = journal;
        this.listener = listener;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.get(PREFIX + "/info/refs", this::advertise);
        routes.post(PREFIX + "/git-upload-pack", ctx -> serve(ctx, GitService.UPLOAD_PACK));
        routes.post(PREFIX + "/git-receive-pack", ctx -> serve(ctx, GitService.RECEIVE_PACK));
    }

    private void advertise(Context ctx) throws IOException {
        String named = ctx.queryParam("service");
        GitService service = GitService.named(named == null ? "" : named).orElseThrow(() -> new ApiRefusal(403,
                "Gantry serves git's smart HTTP protocol only: ask info/refs for service=git-upload-pack or "
                        + "service=git-receive-pack."));
        String who = authenticate(ctx, service);
        Repository repository = repository(ctx, service);
        try (org.eclipse.jgit.lib.Repository git = open(repository)) {
            start(ctx, service.advertisementType());
            PackProtocol.advertise(service, git, ctx.res().getOutputStream());
        } catch (IOException e) {
            LOG.warn("Advertising refs of {} to {} failed: {}", repository.fullName(), who, e.getMessage());
        }
    }

    private void serve(Context ctx, GitService service) throws IOException {
        String who = authenticate(ctx, service);
        Repository repository = repository(ctx, service);
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith(service.requestType())) {
            throw ApiRefusal.badRequest("A " + service.wireName() + " request needs Content-Type "
                    + service.requestType() + ".");
        }
        try (org.eclipse.jgit.lib.Repository git = open(repository); InputStream in = body(ctx)) {
            start(ctx, service.resultType());
            OutputStream out = ctx.res().getOutputStream();
            switch (service) {
                case UPLOAD_PACK -> PackProtocol.upload(git, in, out);
                case RECEIVE_PACK -> {
                    List<Long> recorded = new ArrayList<>();
                    PackProtocol.Received received = PackProtocol.receive(git, who, in, out,
                            changes -> journal.record(repository, changes, who, recorded));
                    received.failure().ifPresent(problem -> LOG.warn("git-receive-pack of {} by {} failed: {}",
                            repository.fullName(), who, problem));
                    if (received.changes().isEmpty() || notifyListener(repository, received.changes(), who)) {
                        journal.clear(recorded);
                    }
                }
            }
        } catch (IOException e) {
            LOG.warn("{} of {} by {} failed: {}", service.wireName(), repository.fullName(), who,
                    e.getMessage());
        }
    }

    /** Whether the listener took the changes; if not, they stay in the journal for the next start. */
    private boolean notifyListener(Repository repository, List<RefChange> changes, String pusher) {
        try {
            listener.pushed(repository, changes, pusher);
            return true;
        } catch (RuntimeException e) {
            LOG.error("The push to {} by {} was stored, but handing it on failed (it is handed on again when the "
                    + "server starts): {}", repository.fullName(), pusher, e.toString());
            return false;
        }
    }

    /**
     * Who the request is from: an API token's name, or (for fetching only) a registered agent, which fetches the
     * commits of the jobs it runs.
     */
    private String authenticate(Context ctx, GitService service) {
        Optional<String> password = BasicAuth.password(ctx.header("Authorization"));
        return password.flatMap(tokens::verify).map(ApiToken::name)
                .or(() -> service == GitService.UPLOAD_PACK
                        ? password.flatMap(agents::authenticate).map(agent -> "agent " + agent.name())
                        : Optional.empty())
                .orElseThrow(() -> {
            ctx.header("WWW-Authenticate", "Basic realm=\"Gantry\"");
            return new ApiRefusal(401, "Git over HTTP needs basic authentication with an API token as the password.");
        });
    }

    private Repository repository(Context ctx, GitService service) {
        String owner = ctx.pathParam("owner");
        String repo = ctx.pathParam("repo");
        String name = repo.endsWith(".git") ? repo.substring(0, repo.length() - 4) : repo;
        Repository repository = disk.directory(owner, name).flatMap(dir -> repositories.find(owner, name))
                .orElseThrow(() -> ApiRefusal.notFound("No repository " + owner + "/" + name
                        + " is registered: create it first (gantry repo create " + owner + "/" + name + ")."));
        if (service == GitService.RECEIVE_PACK && repository.source() instanceof Repository.Source.Remote remote) {
            throw new ApiRefusal(403, "The repository " + repository.fullName() + " is fetched from "
                    + remote.url() + ": push there instead.");
        }
        return repository;
    }

    private org.eclipse.jgit.lib.Repository open(Repository repository) {
        try {
            return disk.open(repository);
        } catch (IOException e) {
            LOG.warn("Cannot open the git repository of {}: {}", repository.fullName(), e.getMessage());
            throw new ApiRefusal(503, "The git repository of " + repository.fullName() + " cannot be opened.");
        }
    }

    private static void start(Context ctx, String contentType) {
        ctx.status(200);
        ctx.res().setContentType(contentType);
        ctx.res().setHeader("Cache-Control", "no-cache, max-age=0, must-revalidate");
    }

    private static InputStream body(Context ctx) throws IOException {
        InputStream raw = ctx.req().getInputStream();
        String encoding = ctx.header("Content-Encoding");
        if (encoding == null || encoding.isBlank() || encoding.equalsIgnoreCase("identity")) {
            return raw;
        }
        if (!encoding.equalsIgnoreCase("gzip") && !encoding.equalsIgnoreCase("x-gzip")) {
            throw ApiRefusal.badRequest("Content-Encoding " + encoding + " is not supported: send gzip or nothing.");
        }
        try {
            return new GZIPInputStream(raw, 64 * 1024);
        } catch (IOException e) {
            throw ApiRefusal.badRequest("The request body is not valid gzip: " + e.getMessage() + ".");
        }
    }
}
