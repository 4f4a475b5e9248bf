package dev.gantry.agent;

import dev.gantry.api.agent.AgentClient;
import dev.gantry.api.agent.Assignment;
import dev.gantry.api.agent.Reply;
import dev.gantry.api.agent.StepReport;
import dev.gantry.api.agent.StepState;
import dev.gantry.engine.exec.Annotation;
import dev.gantry.engine.exec.JobListener;
import dev.gantry.engine.exec.StepResult;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * What a running job reports, on its way to the server: the executor's {@link JobListener} calls only buffer (log
 * lines, already masked by the runner, and step states), and one sender thread uploads them — a log chunk every
 * {@value #FLUSH_MILLIS} ms or as soon as {@value #FLUSH_BYTES} bytes wait, at most {@link #MAX_CHUNK} bytes each,
 * numbered from 0, in order, each retried with backoff until the server acknowledges it (an unreachable server is
 * waited for). A 409 means the job's lease is lost: everything is dropped. Thread-safe.
 */
final class JobOutbox implements JobListener {

    static final int FLUSH_BYTES = 64 << 10;
    static final long FLUSH_MILLIS = 250;
    /** The server's largest chunk (its {@code LogStore.MAX_CHUNK}). */
    static final int MAX_CHUNK = 256 << 10;

    private final AgentClient client;
    private final long jobId;
    private final long fencingToken;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private final Map<Integer, StepState> steps = new LinkedHashMap<>();
    private final Thread sender;
    private boolean closing;
    private volatile boolean lost;
    private long sequence;

    private JobOutbox(AgentClient client, Assignment assignment) {
        this.client = client;
        this.jobId = assignment.jobId();
        this.fencingToken = assignment.fencingToken();
        this.sender = Thread.ofVirtual().name("gantry-job-" + jobId + "-outbox").unstarted(this::send);
    }

    static JobOutbox start(AgentClient client, Assignment assignment) {
        JobOutbox outbox = new JobOutbox(client, assignment);
        outbox.sender.start();
        return outbox;
    }

    /** A line of the job's log that is not a step's (set-up problems); masked by the caller. */
    void line(String text) {
        log(-1, text);
    }

    @Override
    public void stepStarted(int stepIndex, String stepName) {
        if (stepIndex >= 0) {
            step(new StepState(stepIndex + 1, stepName, "in_progress", "", now(Instant.now()), ""));
        }
    }

    @Override
    public void log(int stepIndex, String line) {
        byte[] bytes = (line + "\n").getBytes(StandardCharsets.UTF_8);
        lock.lock();
        try {
            pending.writeBytes(bytes);
            if (pending.size() >= FLUSH_BYTES) {
                wake.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void annotation(int stepIndex, Annotation annotation) {
        log(stepIndex, "##[" + annotation.level().word() + "]" + annotation.message());
    }

    @Override
    public void stepFinished(StepResult result) {
        if (result.index() >= 0) {
            step(new StepState(result.index() + 1, result.name(), "completed", result.conclusion().word(),
                    now(result.started()), now(result.finished())));
        }
    }

    /**
     * Sends what is left and waits until the server acknowledged all of it.
     *
     * @return false when the lease was lost (nothing more may be reported)
     */
    boolean finish() throws InterruptedException {
        lock.lock();
        try {
            closing = true;
            wake.signalAll();
        } finally {
            lock.unlock();
        }
        sender.join();
        return !lost;
    }

    /** The lease is lost: drops everything unsent and stops. */
    void abandon() throws InterruptedException {
        lost = true;
        sender.interrupt();
        sender.join();
    }

    private void step(StepState state) {
        lock.lock();
        try {
            steps.put(state.number(), state);
        } finally {
            lock.unlock();
        }
    }

    private void send() {
        try {
            while (!lost) {
                List<StepState> stepBatch;
                byte[] chunk;
                boolean last;
                lock.lock();
                try {
                    if (!closing && pending.size() < FLUSH_BYTES) {
                        wake.await(FLUSH_MILLIS, TimeUnit.MILLISECONDS);
                    }
                    stepBatch = new ArrayList<>(steps.values());
                    steps.clear();
                    chunk = take();
                    last = closing && pending.size() == 0;
                } finally {
                    lock.unlock();
                }
                if (!stepBatch.isEmpty() && !deliver(() -> client.steps(jobId, new StepReport(fencingToken, stepBatch)))) {
                    return;
                }
                if (chunk.length > 0) {
                    long number = sequence;
                    if (!deliver(() -> client.log(jobId, number, fencingToken, chunk))) {
                        return;
                    }
                    sequence++;
                }
                if (last && stepBatch.isEmpty() && chunk.length == 0) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            lost = true;
        }
    }

    /** Up to {@link #MAX_CHUNK} bytes from the front of the buffer; called holding the lock. */
    private byte[] take() {
        byte[] all = pending.toByteArray();
        pending.reset();
        if (all.length <= MAX_CHUNK) {
            return all;
        }
        pending.writeBytes(Arrays.copyOfRange(all, MAX_CHUNK, all.length));
        return Arrays.copyOf(all, MAX_CHUNK);
    }

    private interface Request {
        Reply<?> send() throws InterruptedException;
    }

    /** Sends until acknowledged; false when the lease is lost. A refusal other than 409 drops that item. */
    private boolean deliver(Request request) throws InterruptedException {
        Backoff backoff = new Backoff(Duration.ofSeconds(5));
        while (true) {
            switch (request.send()) {
                case Reply.Ok<?> ok -> {
                    return true;
                }
                case Reply.Done<?> done -> {
                    return true;
                }
                case Reply.Refused<?> refused when refused.status() == 409 -> {
                    lost = true;
                    return false;
                }
                case Reply.Refused<?> refused -> {
                    return true;
                }
                case Reply.Unreachable<?> unreachable -> backoff.pause();
            }
        }
    }

    private static String now(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
