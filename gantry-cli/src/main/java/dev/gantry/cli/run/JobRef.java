package dev.gantry.cli.run;

import dev.gantry.engine.exec.JobKey;
import java.util.Objects;

/** One job instance of one run, as observers see it; {@code displayName} as GitHub shows it. */
public record JobRef(RunRef run, JobKey key, String displayName) {

    public JobRef {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(displayName, "displayName");
    }
}
