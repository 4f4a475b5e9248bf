package dev.gantry.engine.context;

import dev.gantry.workflow.expr.Value;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code job} context at job start: {@code status} is {@code success}; {@code container} has an empty
 * {@code id} and {@code network} and {@code services} is empty, which a container executor fills in when it
 * creates them. The executor updates {@code status} as steps fail or the job is cancelled.
 */
public final class JobContext {

    private JobContext() {}

    public static Value.Obj atStart() {
        Map<String, Value> container = new LinkedHashMap<>();
        container.put("id", new Value.Str(""));
        container.put("network", new Value.Str(""));
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("status", new Value.Str("success"));
        out.put("container", new Value.Obj(container));
        out.put("services", new Value.Obj(Map.of()));
        return new Value.Obj(out);
    }
}
