package dev.gantry.engine.context;

import dev.gantry.engine.exec.Conclusion;
import dev.gantry.workflow.expr.Value;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a job sees of one job it needs: {@code needs.<id>.result} and {@code needs.<id>.outputs}. For a matrix
 * job the scheduler combines its instances first (the result and the outputs it reports for the whole job).
 */
public record NeededJob(Conclusion conclusion, Map<String, String> outputs) {

    public NeededJob {
        Objects.requireNonNull(conclusion, "conclusion");
        outputs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
    }

    /** The {@code needs} context: each needed job by id, with {@code result} and {@code outputs}. */
    public static Value.Obj context(Map<String, NeededJob> needs) {
        Map<String, Value> out = new LinkedHashMap<>();
        needs.forEach((id, job) -> {
            Map<String, Value> entry = new LinkedHashMap<>();
            entry.put("result", new Value.Str(job.conclusion().result()));
            entry.put("outputs", StoredValues.strings(job.outputs()));
            out.put(id, new Value.Obj(entry));
        });
        return new Value.Obj(out);
    }
}
