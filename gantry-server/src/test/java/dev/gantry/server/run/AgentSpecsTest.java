package dev.gantry.server.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.api.ApiJson;
import dev.gantry.api.agent.JobSpec;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs of pull requests from forks get no secrets, as on GitHub; everything else may. */
class AgentSpecsTest {

    @Test
    void a_pull_request_whose_head_is_another_repository_is_from_a_fork() throws Exception {
        assertThat(AgentSpecs.fromFork(spec("pull_request", pull("mallory/shop", "acme/shop")))).isTrue();
        assertThat(AgentSpecs.fromFork(spec("pull_request_review", pull("mallory/shop", "acme/shop")))).isTrue();
        assertThat(AgentSpecs.fromFork(spec("pull_request", pull("acme/shop", "acme/shop")))).isFalse();
        assertThat(AgentSpecs.fromFork(spec("pull_request", pull("ACME/Shop", "acme/shop")))).isFalse();
        assertThat(AgentSpecs.fromFork(spec("pull_request_target", pull("mallory/shop", "acme/shop")))).isFalse();
        assertThat(AgentSpecs.fromFork(spec("push", ApiJson.mapper().readTree("{}")))).isFalse();
        assertThat(AgentSpecs.fromFork(spec("pull_request", ApiJson.mapper().readTree("{}")))).isFalse();
    }

    private static JsonNode pull(String head, String base) throws Exception {
        return ApiJson.mapper().readTree("""
                {"pull_request": {"head": {"repo": {"full_name": "%s"}}, "base": {"repo": {"full_name": "%s"}}}}
                """.formatted(head, base));
    }

    private static JobSpec spec(String event, JsonNode payload) {
        return new JobSpec(1, 1, 1, ".github/workflows/ci.yml", "on: push", "build", "build", "build",
                new JobSpec.RepositoryRef("acme", "shop", "http://git.test/acme/shop.git", "main"), "a".repeat(40),
                "refs/heads/main", event, payload, Map.of(), "alice", "", ApiJson.mapper().createObjectNode(), Map.of(),
                Map.of(), 360, List.of("ubuntu-latest"));
    }
}
