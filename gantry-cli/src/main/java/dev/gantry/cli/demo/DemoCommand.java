package dev.gantry.cli.demo;

import dev.gantry.api.rest.GantryClient;
import dev.gantry.api.rest.GantryClientException;
import dev.gantry.api.rest.RunListing;
import dev.gantry.api.rest.WorkflowRun;
import dev.gantry.cli.BuiltInAgent;
import dev.gantry.cli.GantryHome;
import dev.gantry.cli.client.RunFollower;
import dev.gantry.runner.secrets.DotenvReader;
import dev.gantry.runner.secrets.DotenvResult;
import dev.gantry.server.boot.GantryServer;
import dev.gantry.server.boot.ServerConfig;
import dev.gantry.server.store.StoreUnavailableException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gantry demo [--port P] [--source DIR] [--exit-when-done]}: starts a server on an embedded database in a
 * fresh temporary folder with its built-in agent, creates the repository {@code demo/pipeline} with the example's
 * made-up secrets ({@code demo-secrets.env}), pushes the example project to it, prints where its pipeline runs and follows it live. Then it keeps serving (so the run can be
 * looked at with the client commands it prints) until Ctrl-C, which stops everything and deletes the folder; with
 * {@code --exit-when-done} it stops as soon as the run completes. Exit 0 when the run succeeded, 1 when it failed
 * or the demo could not start, 2 on usage errors.
 */
@Command(name = "demo",
        mixinStandardHelpOptions = true,
        description = {"Try Gantry: a server on a fresh embedded database, the example repository pushed to it, and"
                + " its pipeline followed live.",
                "Everything lives in a temporary folder, deleted when the demo stops."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the pipeline succeeded", "1:the pipeline failed, or the demo could not start",
                "2:usage error"})
public final class DemoCommand implements Callable<Integer> {

    static final String REPOSITORY = "demo/pipeline";
    static final String SECRETS_FILE = "demo-secrets.env";

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "Port to listen on; when it is taken, any free port (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--source", paramLabel = "DIR",
            description = "The project to push (default: examples/pipeline of the Gantry checkout).")
    private Optional<Path> source;

    @Option(names = "--exit-when-done", description = "Stop as soon as the pipeline has run.")
    private boolean exitWhenDone;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<Path> project = source.or(DemoCommand::checkoutExample).filter(p -> Files.isDirectory(
                p.resolve(".github/workflows")));
        if (project.isEmpty()) {
            err.println("gantry demo: " + source.map(p -> p + " has no .github/workflows folder")
                    .orElse("no example project here: run it from the Gantry checkout, or pass --source DIR") + ".");
            return 2;
        }
        Path folder;
        try {
            folder = Files.createTempDirectory("gantry-demo-");
        } catch (IOException e) {
            err.println("gantry demo: cannot create a temporary folder: " + e.getMessage());
            return 1;
        }
        try {
            return demo(project.get(), folder, out, err);
        } finally {
            deleteQuietly(folder);
        }
    }

    private int demo(Path project, Path folder, PrintWriter out, PrintWriter err) throws InterruptedException {
        String token = "gantry-demo-" + HexFormat.of().formatHex(random(16));
        GantryServer server;
        try {
            server = startServer(folder, token, err);
        } catch (StoreUnavailableException | IllegalStateException e) {
            err.println("gantry demo: " + e.getMessage());
            return 1;
        }
        GantryHome home = new GantryHome(folder.resolve("home"));
        Optional<BuiltInAgent> agent = BuiltInAgent.start(server, folder.resolve("server"),
                Math.max(2, Runtime.getRuntime().availableProcessors()), home, err);
        CountDownLatch stop = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            agent.ifPresent(BuiltInAgent::close);
            server.close();
            deleteQuietly(folder);
            stop.countDown();
        }, "gantry-demo-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            out.println("Gantry server listening on " + server.url() + " (data in " + folder + ")");
            GantryClient client = GantryClient.of(server.url(), token);
            client.createRepository(REPOSITORY, Optional.empty());
            for (var secret : exampleSecrets(project).entrySet()) {
                client.setSecret(REPOSITORY, secret.getKey(), secret.getValue());
                out.println("Set the secret " + secret.getKey() + " of " + REPOSITORY + " from " + SECRETS_FILE);
            }
            String url = server.url() + "/git/" + REPOSITORY + ".git";
            DemoRepository.push(project, folder.resolve("pipeline"), url, token);
            out.println("Pushed " + project + " to " + url);
            WorkflowRun run = firstRun(client);
            out.println();
            out.println("The pipeline runs at " + server.url() + "/api/v1/repos/" + REPOSITORY + "/actions/runs/"
                    + run.id());
            out.println("Follow it from another terminal with:");
            out.println("  GANTRY_SERVER=" + server.url() + " GANTRY_TOKEN=" + token + " ./gantry runs watch "
                    + run.id());
            out.println();
            run = RunFollower.follow(client, run, Duration.ofMillis(500), out);
            boolean succeeded = run.conclusion().filter("success"::equals).isPresent();
            out.println();
            out.println("The pipeline " + (succeeded ? "succeeded" : "ended: " + run.conclusion().orElse("?")) + ".");
            if (!exitWhenDone) {
                out.println("The server keeps running for you to look around (gantry runs list, gantry logs "
                        + run.id() + ", git clone " + url + " with the token as password). Ctrl-C stops it.");
                out.flush();
                stop.await();
            }
            return succeeded ? 0 : 1;
        } catch (GantryClientException | IOException e) {
            err.println("gantry demo: " + e.getMessage());
            return 1;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
                agent.ifPresent(BuiltInAgent::close);
                server.close();
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it stops everything
            }
        }
    }

    /** The example's made-up secrets ({@value #SECRETS_FILE}, dotenv), empty when it has none. */
    private static Map<String, String> exampleSecrets(Path project) throws IOException {
        Path file = project.resolve(SECRETS_FILE);
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        return switch (DotenvReader.read(file)) {
            case DotenvResult.Values values -> values.values();
            case DotenvResult.Failed failed -> throw new IOException(SECRETS_FILE + " " + failed.message());
        };
    }

    private GantryServer startServer(Path folder, String token, PrintWriter err) throws StoreUnavailableException {
        Path data = folder.resolve("server");
        try {
            return GantryServer.start(config(data, port, token), err);
        } catch (IllegalStateException taken) {
            return GantryServer.start(config(data, 0, token), err);
        }
    }

    private static ServerConfig config(Path data, int port, String token) {
        return new ServerConfig("127.0.0.1", port, data, Optional.empty(), Optional.of(token));
    }

    /** The run the push started, once the server lists it (it is stored before the push is answered). */
    private static WorkflowRun firstRun(GantryClient client)
            throws GantryClientException, IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            List<WorkflowRun> runs = client.runs(Optional.of(REPOSITORY), RunListing.latest(1)).runs();
            if (!runs.isEmpty()) {
                return runs.get(0);
            }
            Thread.sleep(100);
        }
        throw new IOException("the push started no run within 30 s");
    }

    private static Optional<Path> checkoutExample() {
        return Stream.of(Path.of("examples", "pipeline")).filter(Files::isDirectory).findFirst()
                .map(p -> p.toAbsolutePath().normalize());
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private static void deleteQuietly(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // a leftover temporary folder is harmless
        }
    }
}
