package dev.gantry.agent;

import dev.gantry.api.agent.AgentClient;
import dev.gantry.api.agent.AgentCredentials;
import dev.gantry.api.agent.Assignment;
import dev.gantry.api.agent.NextJob;
import dev.gantry.api.agent.Registration;
import dev.gantry.api.agent.Reply;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * A remote agent: registered with a server (or reusing the credentials saved in its home), it takes the jobs its
 * labels match through long polls — one poll at a time, while fewer than {@code capacity} jobs run — and runs each
 * on its own virtual thread ({@link JobRun}). It survives the server being away: polls and reports are retried with
 * backoff while jobs keep running. {@link #run} blocks until {@link #close}, which cancels running jobs (they
 * report as cancelled) and waits for them.
 */
public final class Agent implements AutoCloseable {

    /** How {@link #start} went. */
    public sealed interface Start {
        record Started(Agent agent) implements Start {}

        /** One sentence: no registration token, a refused token, an unreachable server, an unwritable home. */
        record Failed(String reason) implements Start {}
    }

    /** How {@link #run} ended. */
    public sealed interface Stop {
        /** {@link #close} was called. */
        record Closed() implements Stop {}

        /** The server no longer accepts the agent's token (it was removed): register again. */
        record Rejected(String reason) implements Stop {}
    }

    private static final int REGISTRATION_ATTEMPTS = 5;

    private final AgentConfig config;
    private final AgentClient client;
    private final JobRun.Tools tools;
    private final PrintWriter console;
    private final Semaphore slots;
    private final Set<Thread> jobs = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;
    private volatile Thread loop;

    private Agent(AgentConfig config, AgentClient client, JobRun.Tools tools, PrintWriter console) {
        this.config = config;
        this.client = client;
        this.tools = tools;
        this.console = console;
        this.slots = new Semaphore(config.capacity());
    }

    /** Loads or makes the agent's credentials; registration blocks for the server (a few retries). */
    public static Start start(AgentConfig config, ExecutorFactory executors, PrintWriter console)
            throws InterruptedException {
        AgentClient anonymous = AgentClient.of(config.serverUrl());
        var saved = SavedCredentials.load(config.home(), anonymous.server());
        SavedCredentials credentials;
        if (saved.isPresent()) {
            credentials = saved.get();
            console.printf("Using the saved registration of %s as %s.%n", anonymous.server(), credentials.agentId());
        } else {
            if (config.registrationToken().isEmpty()) {
                return new Start.Failed("no credentials are saved for " + anonymous.server()
                        + " in " + config.home() + ": give a registration token (--token) for the first start");
            }
            Registration registration = new Registration(config.registrationToken().get(), config.name(),
                    config.labels(), config.capacity());
            Reply<AgentCredentials> reply = register(anonymous, registration);
            if (!(reply instanceof Reply.Ok<AgentCredentials> ok)) {
                return new Start.Failed("cannot register with " + anonymous.server() + ": " + problem(reply));
            }
            credentials = new SavedCredentials(anonymous.server(), ok.body().agentId(), ok.body().agentToken());
            try {
                credentials.save(config.home());
            } catch (IOException e) {
                return new Start.Failed("registered as " + credentials.agentId() + " but cannot save the credentials"
                        + " in " + config.home() + ": " + e.getMessage());
            }
            console.printf("Registered with %s as %s.%n", anonymous.server(), credentials.agentId());
        }
        AgentClient client = anonymous.withToken(credentials.agentToken());
        var tools = new JobRun.Tools(client, new RepositoryCache(config.home().resolve("repositories"),
                credentials.agentToken()), executors, config.home().resolve("jobs"), config.heartbeat(), console);
        console.flush();
        return new Start.Started(new Agent(config, client, tools, console));
    }

    /** Takes and runs jobs until {@link #close} (or the server rejects the agent's token). */
    public Stop run() {
        loop = Thread.currentThread();
        console.printf("Waiting for jobs with labels %s (up to %d at once).%n", String.join(",", config.labels()),
                config.capacity());
        console.flush();
        Backoff backoff = new Backoff(Duration.ofSeconds(30));
        boolean away = false;
        try {
            while (!closed) {
                slots.acquire();
                Reply<Assignment> reply = client.next(new NextJob(List.of()), config.pollWait());
                switch (reply) {
                    case Reply.Ok<Assignment> ok -> {
                        backoff.reset();
                        away = false;
                        launch(ok.body());
                    }
                    case Reply.Done<Assignment> none -> {
                        slots.release();
                        backoff.reset();
                        away = false;
                    }
                    case Reply.Refused<Assignment> refused when refused.status() == 401 -> {
                        slots.release();
                        return new Stop.Rejected("the server no longer accepts this agent's token: "
                                + refused.message() + " Remove " + config.home().resolve(SavedCredentials.FILE)
                                + " and register again.");
                    }
                    default -> {
                        slots.release();
                        if (!away) {
                            console.println("Waiting for the server: " + problem(reply));
                            console.flush();
                            away = true;
                        }
                        backoff.pause();
                    }
                }
            }
        } catch (InterruptedException e) {
            // close() interrupts the poll
        }
        return new Stop.Closed();
    }

    private void launch(Assignment assignment) {
        Thread thread = Thread.ofVirtual().name("gantry-job-" + assignment.jobId()).unstarted(() -> {
            try {
                new JobRun(tools, assignment).run();
            } finally {
                jobs.remove(Thread.currentThread());
                slots.release();
            }
        });
        jobs.add(thread);
        thread.start();
    }

    /** Stops taking jobs, cancels the running ones and waits for them to report. Idempotent. */
    @Override
    public void close() {
        closed = true;
        Thread polling = loop;
        if (polling != null) {
            polling.interrupt();
        }
        for (Thread job : jobs) {
            job.interrupt();
        }
        for (Thread job : jobs) {
            try {
                job.join(Duration.ofSeconds(60));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static Reply<AgentCredentials> register(AgentClient client, Registration registration)
            throws InterruptedException {
        Backoff backoff = new Backoff(Duration.ofSeconds(5));
        Reply<AgentCredentials> reply = client.register(registration);
        for (int attempt = 1; attempt < REGISTRATION_ATTEMPTS && reply instanceof Reply.Unreachable; attempt++) {
            backoff.pause();
            reply = client.register(registration);
        }
        return reply;
    }

    private static String problem(Reply<?> reply) {
        return switch (reply) {
            case Reply.Refused<?> r -> r.message();
            case Reply.Unreachable<?> u -> u.message();
            case Reply.Ok<?> ok -> "unexpected answer";
            case Reply.Done<?> done -> "no answer";
        };
    }
}
