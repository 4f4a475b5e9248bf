package dev.gantry.server.agent;

import dev.gantry.server.audit.AuditAction;
import dev.gantry.server.audit.AuditLog;
import dev.gantry.server.audit.Subject;
import dev.gantry.server.http.Actor;
import dev.gantry.api.agent.AgentCredentials;
import dev.gantry.api.agent.AgentList;
import dev.gantry.api.agent.AgentSummary;
import dev.gantry.api.agent.Registration;
import dev.gantry.api.agent.RegistrationToken;
import dev.gantry.server.http.ApiRefusal;
import dev.gantry.server.store.AgentStore;
import dev.gantry.server.store.RegisteredAgent;
import io.javalin.http.Context;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Registration and the list of agents: an admin creates a one-time registration token ({@code POST
 * /api/v1/agents/registration-tokens}); an agent spends it ({@code POST /api/v1/agent/register}) for its own
 * credentials; an admin lists agents ({@code GET /api/v1/agents}). The admin routes are behind the API's admin
 * token check; registration is authenticated by the registration token alone. Thread-safe.
 */
final class RegistrationRoutes {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}");
    private static final int MAX_CAPACITY = 256;

    private final AgentStore agents;
    private final AgentSettings settings;
    private final AuditLog audit;

    RegistrationRoutes(AgentStore agents, AgentSettings settings, AuditLog audit) {
        this.agents = agents;
        this.settings = settings;
        this.audit = audit;
    }

    void createToken(Context ctx) {
        String token = "gantry-reg-" + secret();
        Instant expires = agents.issueRegistrationToken(token, settings.tokenValidity());
        audit.record(Actor.of(ctx), AuditAction.REGISTRATION_TOKEN_ISSUED, Subject.server(),
                Map.of("expires_at", time(expires)));
        AgentJson.send(ctx, 201, new RegistrationToken(token, time(expires)));
    }

    void register(Context ctx) {
        Registration request = AgentJson.read(ctx, Registration.class);
        String name = request.name().strip();
        if (name.isEmpty() || name.length() > 255) {
            throw ApiRefusal.unprocessable("The agent name must be 1 to 255 characters, not \"" + name + "\".");
        }
        if (request.capacity() < 1 || request.capacity() > MAX_CAPACITY) {
            throw ApiRefusal.unprocessable("The agent capacity must be 1 to " + MAX_CAPACITY + ", not "
                    + request.capacity() + ".");
        }
        List<String> labels = request.labels().stream().map(String::strip).distinct().toList();
        labels.stream().filter(l -> !LABEL.matcher(l).matches()).findFirst().ifPresent(bad -> {
            throw ApiRefusal.unprocessable("The agent label \"" + bad
                    + "\" is not valid: use letters, digits, '-', '_' or '.'.");
        });
        String agentToken = "gantry-agent-" + secret();
        switch (agents.register(request.registrationToken(), name, labels, request.capacity(), agentToken)) {
            case AgentStore.Registration.Registered r -> {
                audit.record(r.agent().id(), AuditAction.AGENT_REGISTERED, Subject.agent(r.agent().id()),
                        Map.of("name", name, "labels", labels, "capacity", request.capacity()));
                AgentJson.send(ctx, 201, new AgentCredentials(r.agent().id(), agentToken));
            }
            case AgentStore.Registration.Refused r -> throw new ApiRefusal(401,
                    "The registration token is unknown, already used or expired: ask an admin for a new one.");
        }
    }

    void list(Context ctx) {
        Map<String, Integer> held = agents.heldJobs();
        Instant now = agents.now();
        List<AgentSummary> all = agents.list().stream().map(a -> summary(a, held, now)).toList();
        AgentJson.send(ctx, 200, new AgentList(all.size(), all));
    }

    private AgentSummary summary(RegisteredAgent agent, Map<String, Integer> held, Instant now) {
        boolean online = !agent.lastSeenAt().plus(settings.onlineWithin()).isBefore(now);
        return new AgentSummary(agent.id(), agent.name(), agent.labels(), agent.capacity(),
                held.getOrDefault(agent.id(), 0), time(agent.lastSeenAt()), time(agent.registeredAt()), online);
    }

    private static String secret() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
