package dev.gantry.cli.run;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.gantry.engine.exec.ActionUse;
import dev.gantry.engine.exec.Annotation;
import dev.gantry.engine.exec.Conclusion;
import dev.gantry.engine.exec.StepResult;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Writes the JSON report of {@code gantry run --json FILE}. The field names are a contract (documented in the
 * module README); new fields may be added, none renamed or removed without raising {@link #FORMAT_VERSION}.
 *
 * <pre>{@code
 * {"version": 1, "event": "push", "conclusion": "success",
 *  "runs": [{"workflow", "title", "file", "runId", "conclusion", "reason", "started", "finished", "durationMs",
 *            "jobs": [{"key", "id", "matrixIndex", "name", "status", "conclusion", "reason", "outputs",
 *                      "started", "finished", "durationMs",
 *                      "steps": [{"index", "id", "name", "outcome", "conclusion", "outputs",
 *                                 "started", "finished", "durationMs"}],
 *                      "annotations": [{"level", "message", "title", "file", "line", "column",
 *                                       "endLine", "endColumn"}],
 *                      "actions": [{"uses", "source", "sha"}]}]}]}
 * }</pre>
 * Times are ISO-8601 instants; absent values ({@code matrixIndex} of a job without a matrix, the times of a job
 * that never started, an annotation's missing location) are {@code null}. Every text went through the redactor.
 */
final class ReportWriter {

    static final int FORMAT_VERSION = 1;

    private static final JsonFactory JSON = new JsonFactory();

    private ReportWriter() {}

    static void write(OutputStream stream, String event, Conclusion overall, List<RunReport> runs) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(stream, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("version", FORMAT_VERSION);
            g.writeStringField("event", event);
            g.writeStringField("conclusion", overall.result());
            g.writeArrayFieldStart("runs");
            for (RunReport run : runs) {
                run(g, run);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void run(JsonGenerator g, RunReport run) throws IOException {
        g.writeStartObject();
        g.writeStringField("workflow", run.run().workflow());
        g.writeStringField("title", run.run().title());
        g.writeStringField("file", run.run().file());
        g.writeStringField("runId", run.run().runId());
        conclusion(g, run.conclusion());
        times(g, Optional.of(run.started()), Optional.of(run.finished()));
        g.writeArrayFieldStart("jobs");
        for (JobReport job : run.jobs()) {
            job(g, job);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void job(JsonGenerator g, JobReport job) throws IOException {
        g.writeStartObject();
        g.writeStringField("key", job.job().key().toString());
        g.writeStringField("id", job.job().key().jobId());
        number(g, "matrixIndex", job.job().key().matrixIndex());
        g.writeStringField("name", job.job().displayName());
        g.writeStringField("status", "completed");
        conclusion(g, job.conclusion());
        strings(g, "outputs", job.outputs());
        times(g, job.started(), job.finished());
        g.writeArrayFieldStart("steps");
        for (StepResult step : job.steps()) {
            step(g, step);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("annotations");
        for (Annotation a : job.annotations()) {
            annotation(g, a);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("actions");
        for (ActionUse use : job.actions()) {
            g.writeStartObject();
            g.writeStringField("uses", use.uses());
            g.writeStringField("source", use.source());
            g.writeStringField("sha", use.sha().orElse(null));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void step(JsonGenerator g, StepResult step) throws IOException {
        g.writeStartObject();
        g.writeNumberField("index", step.index());
        optional(g, "id", step.id());
        g.writeStringField("name", step.name());
        g.writeStringField("outcome", step.outcome().word());
        g.writeStringField("conclusion", step.conclusion().word());
        strings(g, "outputs", step.outputs());
        times(g, Optional.of(step.started()), Optional.of(step.finished()));
        g.writeEndObject();
    }

    private static void annotation(JsonGenerator g, Annotation a) throws IOException {
        g.writeStartObject();
        g.writeStringField("level", a.level().word());
        g.writeStringField("message", a.message());
        optional(g, "title", a.title());
        optional(g, "file", a.file());
        number(g, "line", a.line());
        number(g, "column", a.column());
        number(g, "endLine", a.endLine());
        number(g, "endColumn", a.endColumn());
        g.writeEndObject();
    }

    /** {@code "conclusion"} and {@code "reason"} (empty for success). */
    private static void conclusion(JsonGenerator g, Conclusion c) throws IOException {
        g.writeStringField("conclusion", c.result());
        g.writeStringField("reason", switch (c) {
            case Conclusion.Success s -> "";
            case Conclusion.Failure f -> f.reason();
            case Conclusion.Cancelled x -> x.reason();
            case Conclusion.Skipped s -> s.why();
        });
    }

    private static void times(JsonGenerator g, Optional<Instant> started, Optional<Instant> finished) throws IOException {
        optional(g, "started", started.map(Instant::toString));
        optional(g, "finished", finished.map(Instant::toString));
        if (started.isPresent() && finished.isPresent()) {
            g.writeNumberField("durationMs", Duration.between(started.get(), finished.get()).toMillis());
        } else {
            g.writeNullField("durationMs");
        }
    }

    private static void strings(JsonGenerator g, String name, Map<String, String> values) throws IOException {
        g.writeObjectFieldStart(name);
        for (var e : values.entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    private static void optional(JsonGenerator g, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            g.writeStringField(name, value.get());
        } else {
            g.writeNullField(name);
        }
    }

    private static void number(JsonGenerator g, String name, OptionalInt value) throws IOException {
        if (value.isPresent()) {
            g.writeNumberField(name, value.getAsInt());
        } else {
            g.writeNullField(name);
        }
    }
}
