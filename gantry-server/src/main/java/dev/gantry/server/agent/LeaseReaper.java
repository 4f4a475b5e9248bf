package dev.gantry.server.agent;

import dev.gantry.server.audit.AuditAction;
import dev.gantry.server.audit.AuditLog;
import dev.gantry.server.audit.Subject;
import dev.gantry.server.run.AgentJobs;
import dev.gantry.server.run.QueueSignal;
import dev.gantry.server.store.JobQueue;
import dev.gantry.server.store.StoreFailure;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Takes jobs back from agents that stopped sending heartbeats: every few seconds, on its own virtual thread, every
 * expired lease is revoked as the settings say — the job failed with the reason (the run is told through
 * {@link AgentJobs#completed}), or queued again (waiting agents are woken). Revocation is one transaction with a
 * fencing-token check, so the lost agent's later reports are refused and the job never runs twice at once. A
 * database failure is retried on the next round. {@link #close} stops the thread and waits for it.
 */
public final class LeaseReaper implements AutoCloseable {

    private final JobQueue queue;
    private final AgentJobs agentJobs;
    private final QueueSignal signal;
    private final AgentSettings settings;
    private final AuditLog audit;
    private final Thread thread;

    private LeaseReaper(JobQueue queue, AgentJobs agentJobs, QueueSignal signal, AgentSettings settings,
                        AuditLog audit) {
        this.queue = queue;
        this.agentJobs = agentJobs;
        this.signal = signal;
        this.settings = settings;
        this.audit = audit;
        this.thread = Thread.ofVirtual().name("gantry-lease-reaper").unstarted(this::loop);
    }

    /**
     * Starts reaping; the first round runs at once (leases that expired while the server was down). Each lease
     * taken back is recorded in {@code audit} ({@code agent.lost}, by the server) right after.
     */
    public static LeaseReaper start(JobQueue queue, AgentJobs agentJobs, QueueSignal signal, AgentSettings settings,
                                    AuditLog audit) {
        LeaseReaper reaper = new LeaseReaper(queue, agentJobs, signal, settings, audit);
        reaper.thread.start();
        return reaper;
    }

    /** One round: revokes every expired lease now; returns how many jobs it took back. */
    public int reap() {
        List<JobQueue.Revoked> revoked = queue.expire(settings.lostAgent());
        for (JobQueue.Revoked r : revoked) {
            String then = switch (settings.lostAgent()) {
                case JobQueue.Revocation.Fail f -> {
                    agentJobs.completed(r.job().id());
                    yield "failed";
                }
                case JobQueue.Revocation.Requeue q -> {
                    signal.queued();
                    yield "requeued";
                }
            };
            audit.record(AuditLog.SERVER, AuditAction.AGENT_LOST, Subject.agent(r.lease().agentId()),
                    Map.of("job", r.job().id().value(), "run", r.job().run().value(), "then", then));
        }
        return revoked.size();
    }

    private void loop() {
        Duration every = settings.reaperEvery();
        while (!Thread.currentThread().isInterrupted()) {
            try {
                reap();
            } catch (StoreFailure e) {
                // The database is unavailable for now; the leases are still there on the next round.
            }
            try {
                Thread.sleep(every);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join(Duration.ofSeconds(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
