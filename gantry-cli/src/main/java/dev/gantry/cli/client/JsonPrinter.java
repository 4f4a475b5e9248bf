package dev.gantry.cli.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.api.ApiJson;
import dev.gantry.api.rest.WorkflowJob;
import dev.gantry.api.rest.WorkflowRun;

import java.io.PrintWriter;
import java.util.List;

/** Prints JSON (the server's own nodes, or lists and maps of them) indented, as {@code --json} output. */
final class JsonPrinter {

    private JsonPrinter() {
    }

    static void print(PrintWriter out, Object json) {
        try {
            out.println(ApiJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON read from the server cannot be written back", e);
        }
    }

    /** A run's JSON with its {@code jobs} array (each with its {@code steps}) added: what {@code view} prints. */
    static ObjectNode runWithJobs(WorkflowRun run, List<WorkflowJob> jobs) {
        ObjectNode json = run.json().deepCopy();
        json.putArray("jobs").addAll(jobs.stream().map(WorkflowJob::json).toList());
        return json;
    }
}
