package dev.gantry.cli;

import dev.gantry.engine.exec.Conclusion;
import dev.gantry.server.http.ApiServer;
import dev.gantry.server.http.RunControlRoutes;
import dev.gantry.server.http.SecretRoutes;
import dev.gantry.server.run.RunControl;
import dev.gantry.server.secret.RepositorySecrets;
import dev.gantry.server.store.Database;
import dev.gantry.server.store.Ids.RepositoryId;
import dev.gantry.server.store.Ids.RunId;
import dev.gantry.server.store.NewRepository;
import dev.gantry.server.store.NewRun;
import dev.gantry.server.store.Repository;
import dev.gantry.server.store.RepositoryStore;
import dev.gantry.server.store.RunStore;
import dev.gantry.server.store.StoreLocation;
import dev.gantry.server.store.TokenStore;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A real API server on loopback over H2 in a temporary folder, for the client commands' tests: an admin token,
 * stores filled directly, and a run control that records requests and changes the stores as the coordinator would.
 */
final class ClientServer implements AutoCloseable {

    static final String TOKEN = "client-test-token-0123456789";

    final Database db;
    final ApiServer api;
    final List<String> calls = new ArrayList<>();
    final RunStore runs;

    ClientServer(Path dataDir) throws Exception {
        db = Database.open(new StoreLocation.Embedded(dataDir));
        new TokenStore(db).add("alice", TOKEN);
        runs = new RunStore(db);
        api = ApiServer.start(db, "127.0.0.1", 0, List.of(RunControlRoutes.of(db, new Control()),
                SecretRoutes.of(db, RepositorySecrets.of(db, dataDir))));
    }

    String url() {
        return "http://127.0.0.1:" + api.port();
    }

    RepositoryId repository(String owner, String name) {
        var created = new RepositoryStore(db).create(new NewRepository(owner, name, new Repository.Source.Hosted(), "main"));
        return ((RepositoryStore.Creation.Created) created).repository().id();
    }

    RunStore.Creation.Created run(RepositoryId repo, String workflow, String event, String branch,
                                  List<NewRun.Job> jobs) {
        NewRun run = new NewRun(repo, ".github/workflows/" + workflow, event, "0123456789abcdef0123456789abcdef01234567",
                Optional.of(branch), "alice");
        return (RunStore.Creation.Created) runs.create(run, jobs);
    }

    /** Runs a gantry command line against this server. */
    CommandRun gantry(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--server", url(), "--token", TOKEN));
        return CommandRun.of(all.toArray(String[]::new));
    }

    @Override
    public void close() {
        api.close();
        db.close();
    }

    private final class Control implements RunControl {
        @Override
        public synchronized Outcome cancel(RunId run, String actor) {
            calls.add("cancel " + run.value());
            return runs.complete(run, new Conclusion.Cancelled("cancelled by alice")) instanceof RunStore.Change.Changed
                    ? new Outcome.Done(List.of(run)) : new Outcome.Refused(409, "Run " + run.value() + " has already completed.");
        }

        @Override
        public synchronized Outcome rerun(RunId run, RerunScope scope, String actor) {
            calls.add("rerun " + run.value() + " " + scope + " by " + actor);
            return runs.rerun(run, List.of()) instanceof RunStore.Creation.Created
                    ? new Outcome.Done(List.of(run)) : new Outcome.Refused(409, "Run " + run.value() + " has not completed.");
        }

        @Override
        public synchronized Outcome dispatch(Repository repository, String workflowPath, String ref,
                                             Map<String, String> inputs, String actor) {
            calls.add("dispatch " + repository.fullName() + " " + workflowPath + "@" + ref + " " + inputs + " by " + actor);
            var created = (RunStore.Creation.Created) runs.create(new NewRun(repository.id(), workflowPath,
                    "workflow_dispatch", "f".repeat(40), Optional.of(ref), actor), List.of());
            return new Outcome.Done(List.of(created.run().id()));
        }
    }
}
