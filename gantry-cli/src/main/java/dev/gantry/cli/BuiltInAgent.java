package dev.gantry.cli;

import dev.gantry.agent.Agent;
import dev.gantry.agent.AgentConfig;
import dev.gantry.server.boot.GantryServer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The agent {@code gantry server} runs in its own process, so a server alone runs jobs: an ordinary agent talking
 * to the server over loopback HTTP (the same protocol and code as {@code gantry agent}), registered under
 * {@link GantryServer#BUILT_IN_AGENT} with a token the server issues itself, its credentials and job folders
 * under {@code <data dir>/agent}. Runs on a daemon thread until {@link #close}.
 */
public final class BuiltInAgent implements AutoCloseable {

    private final Agent agent;
    private final Thread thread;

    private BuiltInAgent(Agent agent) {
        this.agent = agent;
        this.thread = Thread.ofPlatform().daemon().name("built-in agent").unstarted(agent::run);
    }

    /**
     * Registers (or reuses the saved registration) and starts taking jobs; empty, with the reason printed to
     * {@code err}, when the agent cannot start.
     */
    public static Optional<BuiltInAgent> start(GantryServer server, Path dataDir, int capacity, GantryHome home,
                                        PrintWriter err) throws InterruptedException {
        AgentConfig config = AgentConfig.of(server.url(), Optional.of(server.issueRegistrationToken(
                Duration.ofMinutes(5))), GantryServer.BUILT_IN_AGENT, AgentCommand.defaultLabels(), capacity,
                dataDir.resolve("agent"));
        return switch (Agent.start(config, new AgentExecutors(home, GantryServer.BUILT_IN_AGENT),
                new PrintWriter(PrintWriter.nullWriter()))) {
            case Agent.Start.Failed failed -> {
                err.println("gantry server: the built-in agent did not start: " + failed.reason() + ".");
                err.flush();
                yield Optional.empty();
            }
            case Agent.Start.Started started -> {
                BuiltInAgent builtIn = new BuiltInAgent(started.agent());
                builtIn.thread.start();
                yield Optional.of(builtIn);
            }
        };
    }

    /** Stops taking jobs; running jobs are cancelled and reported. Blocks until the agent has stopped. */
    @Override
    public void close() {
        agent.close();
        try {
            thread.join(Duration.ofSeconds(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
