package dev.gantry.api.agent;

import java.util.Objects;

/**
 * What a registration returns: the agent's id and its own token, sent as {@code Authorization: Bearer TOKEN} on
 * every agent request. The server keeps only the token's hash; the agent keeps the token.
 */
public record AgentCredentials(String agentId, String agentToken) {

    public AgentCredentials {
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(agentToken, "agentToken");
    }
}
