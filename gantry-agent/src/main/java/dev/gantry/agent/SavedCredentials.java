package dev.gantry.agent;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.api.ApiJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The agent's credentials as kept in {@code <agent home>/credentials.json} (readable by its owner only), so a
 * restarted agent reuses its registration: which server, the agent id, its token.
 */
record SavedCredentials(String server, String agentId, String agentToken) {

    static final String FILE = "credentials.json";

    SavedCredentials {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(agentToken, "agentToken");
    }

    /** The credentials saved in {@code home} for {@code server}; empty when there are none (or for another server). */
    static Optional<SavedCredentials> load(Path home, String server) {
        Path file = home.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode node = ApiJson.mapper().readTree(file.toFile());
            SavedCredentials saved = new SavedCredentials(node.path("server").asText(""),
                    node.path("agent_id").asText(""), node.path("agent_token").asText(""));
            return saved.server().equals(server) && !saved.agentToken().isEmpty()
                    ? Optional.of(saved) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Writes them to {@code home} atomically, owner-only on file systems that know POSIX permissions. */
    void save(Path home) throws IOException {
        Files.createDirectories(home);
        Path temp = home.resolve(FILE + ".tmp");
        Files.deleteIfExists(temp);
        try {
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(temp);
        }
        Files.write(temp, ApiJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(Map.of(
                "server", server, "agent_id", agentId, "agent_token", agentToken)));
        Files.move(temp, home.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
