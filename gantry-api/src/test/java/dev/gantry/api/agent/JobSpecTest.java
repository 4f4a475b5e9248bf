package dev.gantry.api.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.api.ApiJson;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JobSpecTest {

    @Test
    void round_trips_through_json_with_snake_case_names() throws Exception {
        var mapper = ApiJson.mapper();
        JsonNode payload = mapper.readTree("{\"ref\":\"refs/heads/main\"}");
        var spec = new JobSpec(7, 3, 1, ".github/workflows/ci.yml", "on: push", "test[2]", "test", "test (21)",
                new JobSpec.RepositoryRef("acme", "shop", "http://127.0.0.1:8080/git/acme/shop.git", "main"),
                "a".repeat(40), "refs/heads/main", "push", payload, Map.of(), "ada", "",
                mapper.readTree("{\"matrix\":{\"java\":21}}"), Map.of("REGION", "eu"), Map.of("TOKEN", "s3cret"),
                360, List.of("self-hosted"));

        String json = mapper.writeValueAsString(spec);

        assertThat(json).contains("\"workflow_text\"", "\"scheduler_contexts\"", "\"clone_url\"");
        assertThat(mapper.readValue(json, JobSpec.class)).isEqualTo(spec);
    }
}
