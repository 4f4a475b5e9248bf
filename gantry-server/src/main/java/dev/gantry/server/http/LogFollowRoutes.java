package dev.gantry.server.http;

import dev.gantry.server.store.Database;
import dev.gantry.server.store.Ids.JobId;
import dev.gantry.server.store.Job;
import dev.gantry.server.store.JobStore;
import dev.gantry.server.store.LogStore;
import dev.gantry.server.store.Repository;
import dev.gantry.server.store.RepositoryStore;
import dev.gantry.server.store.RunStore;
import dev.gantry.server.store.Status;
import io.javalin.config.RoutesConfig;
import io.javalin.http.sse.SseClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A job's log, followed live as Server-Sent Events: {@code GET
 * /api/v1/repos/{owner}/{repo}/actions/jobs/{id}/logs/stream}. Each {@code log} event carries
 * {@code {"offset": N, "text": "…"}} (the text starting at byte N of the log; its SSE id is the offset after
 * it), from byte 0 or from {@code Last-Event-ID} / {@code ?offset=} when a client reconnects; a final {@code end}
 * event carries the job's status and conclusion once it has completed and every byte was sent. Chunks are split
 * only at line ends, never inside a UTF-8 character. The stream blocks a virtual thread per follower and looks
 * for new bytes every {@link #POLL}.
 */
public final class LogFollowRoutes implements ApiModule {

    static final Duration POLL = Duration.ofMillis(200);
    private static final int READ = 64 << 10;

    private final RepositoryStore repositories;
    private final RunStore runs;
    private final JobStore jobs;
    private final LogStore logs;

    public LogFollowRoutes(Database db) {
        this.repositories = new RepositoryStore(db);
        this.runs = new RunStore(db);
        this.jobs = new JobStore(db);
        this.logs = new LogStore(db);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.sse("/api/v1/repos/{owner}/{repo}/actions/jobs/{id}/logs/stream", this::follow);
    }

    private void follow(SseClient client) {
        var ctx = client.ctx();
        Optional<Job> found = job(ctx.pathParam("owner"), ctx.pathParam("repo"), ctx.pathParam("id"));
        if (found.isEmpty()) {
            client.sendEvent("error", Json.MAPPER.valueToTree(Map.of("message", "No job " + ctx.pathParam("id")
                    + " in " + ctx.pathParam("owner") + "/" + ctx.pathParam("repo") + ".")).toString());
            return;
        }
        JobId id = found.get().id();
        long offset = startOffset(ctx.header("Last-Event-ID"), ctx.queryParam("offset"));
        while (!client.terminated()) {
            Job job = jobs.find(id).orElseThrow();
            LogStore.Slice slice = logs.read(id, offset, READ);
            int usable = completeLines(slice.data(), job.status() == Status.COMPLETED || slice.data().length == READ);
            if (usable > 0) {
                Map<String, Object> event = new LinkedHashMap<>();
                event.put("offset", offset);
                event.put("text", new String(slice.data(), 0, usable, StandardCharsets.UTF_8));
                offset += usable;
                client.sendEvent("log", Json.MAPPER.valueToTree(event).toString(), Long.toString(offset));
                continue;
            }
            if (job.status() == Status.COMPLETED && slice.data().length == 0) {
                Map<String, Object> end = new LinkedHashMap<>();
                end.put("status", job.status().word());
                end.put("conclusion", job.conclusion().map(c -> c.result()).orElse(null));
                client.sendEvent("end", Json.MAPPER.valueToTree(end).toString(), Long.toString(offset));
                return;
            }
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private Optional<Job> job(String owner, String name, String id) {
        Optional<Repository> repo = repositories.find(owner, name);
        long jobId;
        try {
            jobId = Long.parseLong(id);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return repo.flatMap(r -> jobs.find(new JobId(jobId))
                .filter(j -> runs.find(j.run()).filter(run -> run.repository().equals(r.id())).isPresent()));
    }

    /**
     * Bytes up to the last line end; with {@code all} (the job completed, or a line longer than one read) every
     * byte up to the last whole UTF-8 character.
     */
    static int completeLines(byte[] data, boolean all) {
        if (all) {
            int end = data.length;
            int back = 0;
            while (back < 3 && end - back - 1 >= 0 && (data[end - back - 1] & 0xC0) == 0x80) {
                back++;
            }
            int lead = end - back - 1;
            if (lead >= 0 && (data[lead] & 0x80) != 0 && back + 1 < sequenceLength(data[lead])) {
                return lead;
            }
            return end;
        }
        for (int i = data.length - 1; i >= 0; i--) {
            if (data[i] == '\n') {
                return i + 1;
            }
        }
        return 0;
    }

    private static int sequenceLength(byte lead) {
        int b = lead & 0xFF;
        return b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
    }

    private static long startOffset(String lastEventId, String offset) {
        for (String candidate : new String[] {lastEventId, offset}) {
            if (candidate != null && candidate.matches("\\d{1,18}")) {
                return Long.parseLong(candidate);
            }
        }
        return 0;
    }
}
