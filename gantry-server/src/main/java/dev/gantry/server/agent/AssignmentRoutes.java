package dev.gantry.server.agent;

import dev.gantry.api.agent.NextJob;
import dev.gantry.server.http.ApiRefusal;
import dev.gantry.server.store.RegisteredAgent;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code POST /api/v1/agent/jobs/next[?wait=SECONDS]}: the long poll for work. Answers 200 with an assignment as
 * soon as a job the agent's labels serve is queued, or 204 when the wait (at most the settings' maximum) ends
 * without one. The request may narrow the agent's registered labels, never widen them. Thread-safe.
 */
final class AssignmentRoutes {

    private final AgentAuth auth;
    private final Assigner assigner;
    private final Duration maxWait;

    AssignmentRoutes(AgentAuth auth, Assigner assigner, Duration maxWait) {
        this.auth = auth;
        this.assigner = assigner;
        this.maxWait = maxWait;
    }

    void next(Context ctx) throws InterruptedException {
        RegisteredAgent agent = auth.agent(ctx);
        List<String> asked = ctx.body().isBlank() ? List.of() : AgentJson.read(ctx, NextJob.class).labels();
        Set<String> labels = labels(agent.labels(), asked);
        var assignment = assigner.next(agent.id(), labels, waitFor(ctx.queryParam("wait")));
        if (assignment.isPresent()) {
            AgentJson.send(ctx, 200, assignment.get());
        } else {
            ctx.status(204);
        }
    }

    private static Set<String> labels(List<String> registered, List<String> asked) {
        Set<String> own = new HashSet<>();
        registered.forEach(l -> own.add(l.toLowerCase(Locale.ROOT)));
        if (asked.isEmpty()) {
            return withOriginalCase(registered, own);
        }
        for (String label : asked) {
            if (!own.contains(label.toLowerCase(Locale.ROOT))) {
                throw ApiRefusal.unprocessable("The label \"" + label
                        + "\" is not one this agent registered with; register again to serve it.");
            }
        }
        return Set.copyOf(asked);
    }

    private static Set<String> withOriginalCase(List<String> registered, Set<String> lower) {
        Set<String> all = new HashSet<>(registered);
        all.addAll(lower);
        return all;
    }

    private Duration waitFor(String wait) {
        if (wait == null || wait.isBlank()) {
            return maxWait;
        }
        try {
            long seconds = Long.parseLong(wait.strip());
            if (seconds < 0) {
                throw new NumberFormatException();
            }
            return Duration.ofSeconds(Math.min(seconds, maxWait.toSeconds()));
        } catch (NumberFormatException e) {
            throw ApiRefusal.badRequest("The wait must be a whole number of seconds, not \"" + wait + "\".");
        }
    }
}
