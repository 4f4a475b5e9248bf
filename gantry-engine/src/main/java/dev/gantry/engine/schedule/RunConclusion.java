package dev.gantry.engine.schedule;

import dev.gantry.engine.exec.Conclusion;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A finished run's conclusion: cancelled when the run was cancelled; otherwise failure when an instance failed
 * without {@code continue-on-error} or a job could not start; otherwise cancelled when an instance was
 * cancelled (concurrency within the run); otherwise success. Skipped jobs do not count.
 */
final class RunConclusion {

    private RunConclusion() {}

    static Conclusion of(Collection<JobRun> jobs, Optional<String> runCancelled) {
        if (runCancelled.isPresent()) {
            return new Conclusion.Cancelled(runCancelled.get());
        }
        List<String> failed = new ArrayList<>();
        List<String> cancelled = new ArrayList<>();
        for (JobRun job : jobs) {
            job.conclusion.ifPresent(c -> collect(job.id(), c, false, failed, cancelled));
            job.instances.forEach(i -> i.conclusion.ifPresent(c ->
                    collect(i.key().toString(), c, i.continueOnError, failed, cancelled)));
        }
        if (!failed.isEmpty()) {
            return new Conclusion.Failure("failed: " + String.join(", ", failed));
        }
        if (!cancelled.isEmpty()) {
            return new Conclusion.Cancelled("cancelled: " + String.join(", ", cancelled));
        }
        return Conclusion.SUCCESS;
    }

    private static void collect(String key, Conclusion c, boolean continueOnError, List<String> failed, List<String> cancelled) {
        switch (c) {
            case Conclusion.Failure f when !continueOnError -> failed.add(key);
            case Conclusion.Cancelled x -> cancelled.add(key);
            default -> { }
        }
    }
}
