package dev.gantry.engine.schedule;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.engine.exec.Conclusion;
import dev.gantry.workflow.expr.Value;
import dev.gantry.workflow.expr.ValueJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One scheduler scenario: {@code NN_name.yml} (the workflow) and {@code NN_name.json}:
 * <pre>{@code
 * {
 *   "contexts": {"github": {...}},              // run contexts for expressions (optional)
 *   "results": {"build": "failure",             // what the scripted executor reports per key (default success)
 *               "setup": {"conclusion": "success", "outputs": {"m": "1"}},
 *               "slow": {"hold": true}},        // finishes only when cancelled or when nothing else runs
 *   "cancelWhenStarted": "slow",                // cancel the run right after this key starts (optional)
 *   "expect": {
 *     "log": ["start a", "finished a success", "start b", ...],   // every decision and executor event, in order
 *     "jobs": {"a": "success", "test[1]": "cancelled"},          // every concluded key
 *     "run": "failure",
 *     "contexts": {"deploy": {"needs": {...}}}                   // contexts of a Start, compared as JSON (optional)
 *   }
 * }
 * }</pre>
 */
record Scenario(String name, String workflow, Map<String, Value> contexts, Map<String, ScriptedResult> results,
                Optional<String> cancelWhenStarted, List<String> log, Map<String, String> jobs, String run,
                Map<String, Map<String, Value>> startContexts) {

    /** What the executor reports for one key. */
    record ScriptedResult(Conclusion conclusion, Map<String, String> outputs, boolean hold) {}

    static final ScriptedResult SUCCESS = new ScriptedResult(Conclusion.SUCCESS, Map.of(), false);

    static Scenario load(Path yml) throws IOException {
        String base = yml.getFileName().toString().replaceFirst("\\.yml$", "");
        JsonNode json = new ObjectMapper().readTree(yml.resolveSibling(base + ".json").toFile());
        Map<String, Value> contexts = new LinkedHashMap<>();
        json.path("contexts").properties().forEach(e -> contexts.put(e.getKey(), ValueJson.fromJson(e.getValue())));
        Map<String, ScriptedResult> results = new LinkedHashMap<>();
        json.path("results").properties().forEach(e -> results.put(e.getKey(), result(e.getValue())));
        JsonNode expect = json.path("expect");
        List<String> log = new ArrayList<>();
        expect.path("log").forEach(line -> log.add(line.asText()));
        Map<String, String> jobs = new LinkedHashMap<>();
        expect.path("jobs").properties().forEach(e -> jobs.put(e.getKey(), e.getValue().asText()));
        Map<String, Map<String, Value>> startContexts = new LinkedHashMap<>();
        expect.path("contexts").properties().forEach(e -> {
            Map<String, Value> named = new LinkedHashMap<>();
            e.getValue().properties().forEach(c -> named.put(c.getKey(), ValueJson.fromJson(c.getValue())));
            startContexts.put(e.getKey(), named);
        });
        Optional<String> cancel = json.has("cancelWhenStarted") ? Optional.of(json.get("cancelWhenStarted").asText()) : Optional.empty();
        return new Scenario(base, Files.readString(yml), contexts, results, cancel, log, jobs,
                expect.path("run").asText(), startContexts);
    }

    private static ScriptedResult result(JsonNode node) {
        if (node.isTextual()) {
            return new ScriptedResult(conclusion(node.asText()), Map.of(), false);
        }
        Map<String, String> outputs = new LinkedHashMap<>();
        node.path("outputs").properties().forEach(e -> outputs.put(e.getKey(), e.getValue().asText()));
        return new ScriptedResult(conclusion(node.path("conclusion").asText("success")), outputs, node.path("hold").asBoolean());
    }

    static Conclusion conclusion(String word) {
        return switch (word) {
            case "success" -> Conclusion.SUCCESS;
            case "failure" -> new Conclusion.Failure("scripted failure");
            case "cancelled" -> new Conclusion.Cancelled("scripted cancellation");
            default -> throw new IllegalArgumentException("unknown conclusion " + word);
        };
    }
}
