package dev.gantry.server.run;

import dev.gantry.engine.exec.Conclusion;
import dev.gantry.engine.exec.JobKey;
import dev.gantry.server.store.Job;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which jobs of a run's last attempt a re-run runs again: all of them; the failed and cancelled instances; or one job
 * (every instance of it) — each time with the jobs that need them, directly or through others, as GitHub does.
 * Pure.
 */
final class Reruns {

    private Reruns() {}

    /** The keys to run again; empty when the scope selects nothing (no such job, nothing failed). */
    static Optional<Set<String>> jobsToRun(List<Job> jobs, RunControl.RerunScope scope) {
        Set<String> keys = new HashSet<>();
        for (Job job : jobs) {
            boolean selected = switch (scope) {
                case RunControl.RerunScope.All all -> true;
                case RunControl.RerunScope.Failed failed -> job.conclusion().filter(c -> c instanceof Conclusion.Failure
                        || c instanceof Conclusion.Cancelled).isPresent();
                case RunControl.RerunScope.Job one -> job.key().equals(one.jobKey())
                        || JobKey.parse(job.key()).jobId().equals(one.jobKey());
            };
            if (selected) {
                keys.add(job.key());
            }
        }
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        Set<String> ids = new HashSet<>();
        keys.forEach(key -> ids.add(JobKey.parse(key).jobId()));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Job job : jobs) {
                String id = JobKey.parse(job.key()).jobId();
                if (!keys.contains(job.key()) && job.needs().stream().anyMatch(ids::contains)) {
                    keys.add(job.key());
                    ids.add(id);
                    grew = true;
                }
            }
        }
        return Optional.of(keys);
    }
}
