package dev.gantry.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.server.store.Database;
import dev.gantry.server.store.Ids.RepositoryId;
import dev.gantry.server.store.NewRepository;
import dev.gantry.server.store.NewRun;
import dev.gantry.server.store.Repository;
import dev.gantry.server.store.RepositoryStore;
import dev.gantry.server.store.RunStore;
import dev.gantry.server.store.StoreLocation;
import dev.gantry.server.store.TokenStore;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** An API server on loopback over H2 in a temporary folder, with an admin token named {@code alice}, for tests. */
final class LoopbackApi implements AutoCloseable {

    static final String TOKEN = "loopback-token-0123456789";
    private static final ObjectMapper JSON = new ObjectMapper();

    final Database db;
    final ApiServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    /** Opens the database and serves the core API and the modules {@code modules} builds over it. */
    LoopbackApi(Path dataDir, Function<Database, List<ApiModule>> modules) throws Exception {
        db = Database.open(new StoreLocation.Embedded(dataDir));
        new TokenStore(db).add("alice", TOKEN);
        server = ApiServer.start(db, "127.0.0.1", 0, modules.apply(db));
    }

    RepositoryId repository(String owner, String name) {
        var created = new RepositoryStore(db).create(
                new NewRepository(owner, name, new Repository.Source.Hosted(), "main"));
        return ((RepositoryStore.Creation.Created) created).repository().id();
    }

    RunStore.Creation.Created run(RepositoryId repo, String workflow, String event, String branch, String sha,
                                  List<NewRun.Job> jobs) {
        NewRun run = new NewRun(repo, ".github/workflows/" + workflow, event, sha, Optional.of(branch), "alice");
        return (RunStore.Creation.Created) new RunStore(db).create(run, jobs);
    }

    HttpResponse<String> get(String path) throws Exception {
        return send(request(path).GET());
    }

    HttpResponse<String> post(String path, String body) throws Exception {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Authorization", "Bearer " + TOKEN);
    }

    static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    @Override
    public void close() {
        server.close();
        db.close();
    }
}
