package dev.gantry.cli;

import dev.gantry.server.boot.GantryServer;
import dev.gantry.server.boot.ServerConfig;
import dev.gantry.server.schedule.MissedSchedules;
import dev.gantry.server.store.StoreUnavailableException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gantry server [--port P] [--data-dir D] [--db-url URL] [--agents N] [--log-retention-days D]
 * [--lost-jobs fail|requeue] [--missed-schedules once|all|skip]}: starts the CI server on 127.0.0.1 with its
 * built-in agent (N job slots, 0 for none), prints
 * {@code Gantry server listening on http://127.0.0.1:PORT} once health answers, and runs until the process is
 * stopped (SIGTERM, Ctrl-C), then stops HTTP and closes the database. Blocks the calling thread while serving.
 * Exit 0 after a clean stop, 1 when the database or the port is unavailable, 2 on usage errors.
 */
@Command(name = "server",
        mixinStandardHelpOptions = true,
        description = {"Start the Gantry server: its HTTP API and hosted git on 127.0.0.1 over an embedded database"
                + " (or PostgreSQL), with a built-in agent that runs jobs on this machine.",
                "The admin token comes from " + ServerConfig.ADMIN_TOKEN_VARIABLE
                        + ", else one is generated on the first start and printed once."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped cleanly", "1:the database or the port is unavailable", "2:usage error"})
final class ServerCommand implements Callable<Integer> {

    static final String HOST = "127.0.0.1";

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "Port to listen on; 0 for any free port (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder of the embedded database (default: <gantry home>/server).")
    private Optional<Path> dataDir;

    @Option(names = "--db-url", paramLabel = "URL",
            description = "A PostgreSQL JDBC URL (jdbc:postgresql://HOST:PORT/DB) instead of the embedded database.")
    private Optional<String> dbUrl;

    @Option(names = "--log-retention-days", paramLabel = "DAYS", defaultValue = "90",
            description = "Delete job logs this many days after their job completed (default: ${DEFAULT-VALUE}).")
    private int logRetentionDays;

    @Option(names = "--lost-jobs", paramLabel = "fail|requeue", defaultValue = "fail",
            description = "What becomes of a job whose agent stops answering for 30 s: it fails with that reason, or"
                    + " it is queued again for another agent (default: ${DEFAULT-VALUE}).")
    private String lostJobs;

    @Option(names = "--missed-schedules", paramLabel = "once|all|skip", defaultValue = "once",
            description = "Schedules whose times passed while the server was down: run each once, run every missed"
                    + " time (at most " + MissedSchedules.ALL_CAP + "), or skip them (default: ${DEFAULT-VALUE}).")
    private String missedSchedules;

    @Option(names = "--agents", paramLabel = "N", defaultValue = "-1",
            description = "How many jobs the built-in agent runs at once; 0 runs none (remote agents only)"
                    + " (default: the number of processors).")
    private int agentCapacity;

    private final CountDownLatch stop;

    ServerCommand() {
        this(new CountDownLatch(1));
    }

    /** For tests: serve until {@code stop} is counted down (or the process stops). */
    ServerCommand(CountDownLatch stop) {
        this.stop = stop;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ServerConfig config;
        try {
            if (!lostJobs.equals("fail") && !lostJobs.equals("requeue")) {
                throw new IllegalArgumentException("--lost-jobs: fail or requeue, not " + lostJobs);
            }
            if (logRetentionDays < 1 || logRetentionDays > 36_500) {
                throw new IllegalArgumentException("--log-retention-days: 1 to 36500, not " + logRetentionDays);
            }
            MissedSchedules missed = MissedSchedules.of(missedSchedules).orElseThrow(() ->
                    new IllegalArgumentException("--missed-schedules: once, all or skip, not " + missedSchedules));
            config = new ServerConfig(HOST, port, dataDir.orElse(GantryHome.current().path().resolve("server")),
                    dbUrl, Optional.ofNullable(System.getenv(ServerConfig.ADMIN_TOKEN_VARIABLE)), missed,
                    Duration.ofDays(logRetentionDays), lostJobs.equals("requeue"));
        } catch (IllegalArgumentException e) {
            err.println("gantry server: " + e.getMessage() + ".");
            return 2;
        }
        if (agentCapacity < -1 || agentCapacity > 256) {
            err.println("gantry server: --agents: must be 0 to 256, not " + agentCapacity + ".");
            return 2;
        }
        GantryServer server;
        try {
            server = GantryServer.start(config, err);
        } catch (StoreUnavailableException | IllegalStateException e) {
            err.println("gantry server: " + e.getMessage());
            return 1;
        }
        int capacity = agentCapacity < 0 ? Runtime.getRuntime().availableProcessors() : agentCapacity;
        Optional<BuiltInAgent> agent = capacity == 0 ? Optional.empty()
                : BuiltInAgent.start(server, config.dataDir(), capacity, GantryHome.current(), err);
        Thread hook = new Thread(() -> {
            agent.ifPresent(BuiltInAgent::close);
            server.close();
            stop.countDown();
        }, "gantry-server-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("Gantry server listening on " + server.url());
        out.flush();
        try {
            stop.await();
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or has run: it closes the server
            }
            agent.ifPresent(BuiltInAgent::close);
            server.close();
        }
        return 0;
    }
}
