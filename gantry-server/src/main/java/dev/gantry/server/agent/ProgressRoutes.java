package dev.gantry.server.agent;

import dev.gantry.api.agent.AgentClient;
import dev.gantry.api.agent.StepReport;
import dev.gantry.api.agent.StepState;
import dev.gantry.engine.exec.StepStatus;
import dev.gantry.server.http.ApiRefusal;
import dev.gantry.server.store.Ids.JobId;
import dev.gantry.server.store.LogStore;
import dev.gantry.server.store.RegisteredAgent;
import dev.gantry.server.store.Status;
import dev.gantry.server.store.Step;
import dev.gantry.server.store.StepStore;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a held job produces while it runs: {@code POST /api/v1/agent/jobs/{id}/steps} stores step states;
 * {@code PUT /api/v1/agent/jobs/{id}/logs/{sequence}} appends a chunk of the (already masked) log, idempotent per
 * sequence so a retried upload is stored once. Both need the fencing token that holds the job (else 409).
 * Thread-safe.
 */
final class ProgressRoutes {

    private final AgentAuth auth;
    private final HeldJobs held;
    private final StepStore steps;
    private final LogStore logs;

    ProgressRoutes(AgentAuth auth, HeldJobs held, StepStore steps, LogStore logs) {
        this.auth = auth;
        this.held = held;
        this.steps = steps;
        this.logs = logs;
    }

    void steps(Context ctx) {
        RegisteredAgent agent = auth.agent(ctx);
        JobId id = HeldJobs.jobId(ctx);
        StepReport report = AgentJson.read(ctx, StepReport.class);
        held.held(id, agent, report.fencingToken());
        for (StepState state : report.steps()) {
            steps.record(step(id, state));
        }
        AgentJson.send(ctx, 200, Map.of("steps", report.steps().size()));
    }

    void log(Context ctx) {
        RegisteredAgent agent = auth.agent(ctx);
        JobId id = HeldJobs.jobId(ctx);
        long sequence = number("sequence", ctx.pathParam("sequence"));
        String header = ctx.header(AgentClient.FENCING_HEADER);
        if (header == null) {
            throw ApiRefusal.badRequest("A log chunk needs the " + AgentClient.FENCING_HEADER + " header.");
        }
        held.held(id, agent, number(AgentClient.FENCING_HEADER, header));
        switch (logs.append(id, sequence, ctx.bodyAsBytes())) {
            case LogStore.Append.Appended a -> AgentJson.send(ctx, 200, Map.of("offset", a.offset()));
            case LogStore.Append.AlreadyStored s -> AgentJson.send(ctx, 200, Map.of("already_stored", true));
            case LogStore.Append.OutOfOrder o -> throw ApiRefusal.unprocessable("Log chunk " + sequence + " of job "
                    + id.value() + " is out of order: chunk " + o.expected() + " comes next.");
            case LogStore.Append.TooLarge t -> throw new ApiRefusal(413, "A log chunk may hold at most "
                    + LogStore.MAX_CHUNK + " bytes, not " + t.length() + ".");
            case LogStore.Append.UnknownJob u -> throw ApiRefusal.notFound("No job " + id.value() + ".");
        }
    }

    private static Step step(JobId job, StepState state) {
        if (state.number() < 1) {
            throw ApiRefusal.unprocessable("Steps are numbered from 1, not " + state.number() + ".");
        }
        Status status = switch (state.status()) {
            case "queued" -> Status.QUEUED;
            case "in_progress" -> Status.IN_PROGRESS;
            case "completed" -> Status.COMPLETED;
            default -> throw ApiRefusal.unprocessable("Step " + state.number() + ": the status must be queued, "
                    + "in_progress or completed, not \"" + state.status() + "\".");
        };
        Optional<StepStatus> conclusion = state.conclusion().isEmpty() ? Optional.empty()
                : Optional.of(stepStatus(state));
        return new Step(job, state.number(), state.name(), status, conclusion,
                instant(state.number(), state.startedAt()), instant(state.number(), state.completedAt()));
    }

    private static StepStatus stepStatus(StepState state) {
        try {
            return StepStatus.valueOf(state.conclusion().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiRefusal.unprocessable("Step " + state.number() + ": the conclusion must be success, failure, "
                    + "cancelled or skipped, not \"" + state.conclusion() + "\".");
        }
    }

    private static Optional<Instant> instant(int step, String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            throw ApiRefusal.unprocessable("Step " + step + ": \"" + text + "\" is not an ISO-8601 instant.");
        }
    }

    private static long number(String what, String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw ApiRefusal.badRequest("The " + what + " must be a whole number, not \"" + text + "\".");
        }
    }
}
