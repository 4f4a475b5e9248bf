package dev.gantry.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.server.audit.AuditAction;
import dev.gantry.server.audit.AuditLog;
import dev.gantry.server.audit.Subject;
import dev.gantry.server.store.TokenStore;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit routes over real HTTP: the admin's query and verification, refusals, and a repository's creation. */
class AuditRoutesTest {

    private static final String OTHER_TOKEN = "bobs-token-0123456789";

    @TempDir
    Path dir;
    private LoopbackApi api;
    private AuditLog audit;

    @BeforeEach
    void start() throws Exception {
        api = new LoopbackApi(dir.resolve("data"), db -> List.of(AuditRoutes.of(db, "alice"::equals)));
        new TokenStore(api.db).add("bob", OTHER_TOKEN);
        audit = new AuditLog(api.db);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void creatingARepositoryIsRecordedWithItsActorAndListed() throws Exception {
        assertThat(api.post("/api/v1/repos",
                "{\"owner\":\"acme\",\"name\":\"shop\",\"webhook_secret\":\"s3cret-value\"}")
                .statusCode()).isEqualTo(201);

        HttpResponse<String> response = api.get("/api/v1/audit?action=repository.created");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = LoopbackApi.json(response);
        assertThat(body.get("total_count").asLong()).isEqualTo(1);
        JsonNode record = body.get("records").get(0);
        assertThat(record.get("sequence").asLong()).isEqualTo(1);
        assertThat(record.get("actor").asText()).isEqualTo("alice");
        assertThat(record.get("subject").asText()).isEqualTo("repo:acme/shop");
        assertThat(record.get("details").get("webhook_secret_set").asBoolean()).isTrue();
        assertThat(record.get("time").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z");
        assertThat(record.get("hash").asText()).hasSize(64);
        assertThat(response.body()).doesNotContain("s3cret-value");
    }

    @Test
    void queriesFilterAndPage() throws Exception {
        for (int i = 1; i <= 5; i++) {
            audit.record(i % 2 == 0 ? "bob" : "ada", AuditAction.RUN_TRIGGERED, Subject.run(i), Map.of());
        }
        audit.record("ada", AuditAction.RUN_CANCELLED, Subject.run(3), Map.of());

        assertThat(sequences("/api/v1/audit?actor=ada")).containsExactly(1L, 3L, 5L, 6L);
        assertThat(sequences("/api/v1/audit?subject=run:3")).containsExactly(3L, 6L);
        assertThat(sequences("/api/v1/audit?actor=ada&action=run.cancelled")).containsExactly(6L);
        assertThat(sequences("/api/v1/audit?per_page=2&page=2")).containsExactly(3L, 4L);
        assertThat(sequences("/api/v1/audit?since=2000-01-01&until=2000-01-02")).isEmpty();
        assertThat(sequences("/api/v1/audit?since=2000-01-01T00:00:00Z")).hasSize(6);
        assertThat(LoopbackApi.json(api.get("/api/v1/audit?per_page=2")).get("total_count").asLong()).isEqualTo(6);
    }

    @Test
    void verifyAnswersIntactThenNamesTheAlteredRecord() throws Exception {
        audit.record("ada", AuditAction.RUN_TRIGGERED, Subject.run(1), Map.of());
        audit.record("ada", AuditAction.RUN_CANCELLED, Subject.run(1), Map.of());

        JsonNode intact = LoopbackApi.json(api.get("/api/v1/audit/verify"));
        assertThat(intact.get("intact").asBoolean()).isTrue();
        assertThat(intact.get("records").asLong()).isEqualTo(2);

        api.db.transaction(tx -> tx.update("UPDATE audit_log SET subject = 'run:2' WHERE sequence = 2"));
        HttpResponse<String> response = api.get("/api/v1/audit/verify");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode broken = LoopbackApi.json(response);
        assertThat(broken.get("intact").asBoolean()).isFalse();
        assertThat(broken.get("sequence").asLong()).isEqualTo(2);
        assertThat(broken.get("problem").asText()).isEqualTo("hash");
        assertThat(broken.get("message").asText()).contains("audit record 2 was altered");
    }

    @Test
    void onlyTheAdminReadsTheLog() throws Exception {
        for (String path : List.of("/api/v1/audit", "/api/v1/audit/verify")) {
            HttpResponse<String> other = api.send(api.request(path).setHeader("Authorization", "Bearer " + OTHER_TOKEN)
                    .GET());
            assertThat(other.statusCode()).isEqualTo(403);
            assertThat(LoopbackApi.json(other).get("message").asText()).contains("admin token");
            HttpResponse<String> none = api.send(api.request(path).setHeader("Authorization", "Bearer nope").GET());
            assertThat(none.statusCode()).isEqualTo(401);
        }
    }

    @Test
    void badParametersAreRefusedNamingThem() throws Exception {
        assertRefused("/api/v1/audit?per_page=0", "per_page");
        assertRefused("/api/v1/audit?per_page=101", "per_page");
        assertRefused("/api/v1/audit?page=x", "page");
        assertRefused("/api/v1/audit?since=yesterday", "since");
        assertRefused("/api/v1/audit?action=run.exploded", "run.exploded");
    }

    private void assertRefused(String path, String named) throws Exception {
        HttpResponse<String> response = api.get(path);
        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(LoopbackApi.json(response).get("message").asText()).contains(named);
    }

    private List<Long> sequences(String path) throws Exception {
        HttpResponse<String> response = api.get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode records = LoopbackApi.json(response).get("records");
        return java.util.stream.StreamSupport.stream(records.spliterator(), false)
                .map(r -> r.get("sequence").asLong()).toList();
    }
}
