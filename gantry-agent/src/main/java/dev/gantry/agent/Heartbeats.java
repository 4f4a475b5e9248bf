package dev.gantry.agent;

import dev.gantry.api.agent.AgentClient;
import dev.gantry.api.agent.Assignment;
import dev.gantry.api.agent.HeartbeatReply;
import dev.gantry.api.agent.Reply;
import java.time.Duration;

/**
 * The heartbeats of one held job, on their own virtual thread: every {@code every}, renew the lease. While the job
 * runs, a cancellation the server asks for, or a 409 (the lease is lost), interrupts the job's thread — the
 * executor then cancels. An unreachable server is tried again at the next beat. Thread-safe.
 */
final class Heartbeats implements AutoCloseable {

    private final AgentClient client;
    private final Assignment assignment;
    private final Thread job;
    private final Duration every;
    private final Thread thread;
    private volatile boolean lost;
    private boolean ended;
    private boolean cancelled;

    private Heartbeats(AgentClient client, Assignment assignment, Thread job, Duration every) {
        this.client = client;
        this.assignment = assignment;
        this.job = job;
        this.every = every;
        this.thread = Thread.ofVirtual().name("gantry-job-" + assignment.jobId() + "-heartbeat").unstarted(this::beat);
    }

    /** Starts beating for {@code assignment}, run by thread {@code job}. */
    static Heartbeats start(AgentClient client, Assignment assignment, Thread job, Duration every) {
        Heartbeats heartbeats = new Heartbeats(client, assignment, job, every);
        heartbeats.thread.start();
        return heartbeats;
    }

    /** Whether the server said the token no longer holds the job: stop, report nothing. */
    boolean lost() {
        return lost;
    }

    /** The job's execution is over: keep the lease alive while reporting, but interrupt nothing any more. */
    synchronized void jobEnded() {
        ended = true;
    }

    private void beat() {
        try {
            while (!lost) {
                Thread.sleep(every);
                Reply<HeartbeatReply> reply = client.heartbeat(assignment.jobId(), assignment.fencingToken());
                switch (reply) {
                    case Reply.Ok<HeartbeatReply> ok when ok.body().cancelRequested() && !cancelled -> {
                        cancelled = true;
                        interruptJob();
                    }
                    case Reply.Refused<HeartbeatReply> refused when refused.status() == 409 -> {
                        lost = true;
                        interruptJob();
                    }
                    default -> { }
                }
            }
        } catch (InterruptedException e) {
            // closed
        }
    }

    private synchronized void interruptJob() {
        if (!ended) {
            job.interrupt();
        }
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
