package dev.gantry.runner.host;

import dev.gantry.runner.envfile.PrependedPath;
import dev.gantry.workflow.expr.StatusInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a job has become so far, as its steps see it: the job's status (what the status functions test), the
 * variables earlier steps set through {@code GITHUB_ENV} and the directories they added through
 * {@code GITHUB_PATH} (the {@code steps} context belongs to each {@link StepScope}). Also why the job failed, was
 * cancelled or timed out. Used by the job's own thread only; not thread-safe.
 */
final class JobProgress {

    private StatusInfo.Outcome status = StatusInfo.Outcome.SUCCESS;
    private final Map<String, String> fileEnv = new LinkedHashMap<>();
    private PrependedPath path = PrependedPath.NONE;
    private Optional<String> failure = Optional.empty();
    private boolean cancelled;
    private Optional<Deadline> timedOut = Optional.empty();
    private final List<Long> processGroups = new ArrayList<>();

    StatusInfo.Outcome status() {
        return status;
    }

    /** A step's conclusion failed: the job fails (unless cancelled already); the first reason is kept. */
    void failed(String reason) {
        if (status == StatusInfo.Outcome.SUCCESS) {
            status = StatusInfo.Outcome.FAILURE;
        }
        if (failure.isEmpty()) {
            failure = Optional.of(reason);
        }
    }

    void cancelled() {
        cancelled = true;
        status = StatusInfo.Outcome.CANCELLED;
    }

    /** The job's time is up: status functions see it as cancelled, its conclusion is a failure naming the limit. */
    void timedOut(Deadline deadline) {
        timedOut = Optional.of(deadline);
        status = StatusInfo.Outcome.CANCELLED;
    }

    boolean isCancelled() {
        return cancelled;
    }

    boolean isStopping() {
        return cancelled || timedOut.isPresent();
    }

    Optional<Deadline> timeout() {
        return timedOut;
    }

    Optional<String> failure() {
        return failure;
    }

    /** Variables from {@code GITHUB_ENV}; the default {@code GITHUB_*}/{@code RUNNER_*} names are kept but lose. */
    void setEnv(Map<String, String> values) {
        fileEnv.putAll(values);
    }

    Map<String, String> fileEnv() {
        return java.util.Collections.unmodifiableMap(fileEnv);
    }

    void prependPath(List<String> directories) {
        path = path.with(directories);
    }

    PrependedPath path() {
        return path;
    }

    void processStarted(long pid) {
        processGroups.add(pid);
        ProcessGroups.started(pid);
    }

    List<Long> processGroups() {
        return List.copyOf(processGroups);
    }
}
