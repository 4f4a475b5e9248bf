package dev.gantry.server.agent;

import dev.gantry.server.http.ApiRefusal;
import dev.gantry.server.store.AgentStore;
import dev.gantry.server.store.RegisteredAgent;
import io.javalin.http.Context;
import java.util.Locale;

/**
 * Authenticates agent requests: {@code Authorization: Bearer AGENT_TOKEN} for a registered agent, else 401. Admin
 * tokens are not agent tokens (and agent tokens are not admin tokens: the API's own check knows only API tokens).
 * Every authenticated request marks the agent as seen. Thread-safe.
 */
final class AgentAuth {

    private final AgentStore agents;

    AgentAuth(AgentStore agents) {
        this.agents = agents;
    }

    RegisteredAgent agent(Context ctx) {
        String header = ctx.header("Authorization");
        String[] parts = header == null ? new String[0] : header.trim().split("\\s+", 2);
        boolean bearer = parts.length == 2 && parts[0].toLowerCase(Locale.ROOT).equals("bearer");
        return (bearer ? agents.authenticate(parts[1].trim()) : java.util.Optional.<RegisteredAgent>empty())
                .orElseThrow(() -> new ApiRefusal(401,
                        "Requires an agent token: send Authorization: Bearer AGENT_TOKEN from the agent's registration."));
    }
}
