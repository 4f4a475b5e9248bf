package dev.gantry.workflow.expr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The vector checker itself: it must reject wrong kinds, values, phases and messages. */
class ConformanceHarnessTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static LanguageServicesConformanceTest.Vector vector(String expr, String contexts, String result,
            String err) throws Exception {
        return new LanguageServicesConformanceTest.Vector("self-test", expr,
                contexts == null ? null : MAPPER.readTree(contexts),
                result == null ? null : MAPPER.readTree(result), err == null ? null : MAPPER.readTree(err));
    }

    @Test
    void acceptsMatchingResultsAndErrors() throws Exception {
        assertThat(LanguageServicesConformanceTest.check(
                vector("1 + 1 == 2", null, null, "{\"kind\":\"lexing\",\"value\":\"Unexpected symbol: '+'. Located at position 3\"}")))
                .isEmpty();
        assertThat(LanguageServicesConformanceTest.check(
                vector("a.b", "{\"a\":{\"B\":[1,2.0]}}", "{\"kind\":\"Array\",\"value\":[1.0,2]}", null)))
                .isEmpty();
    }

    @Test
    void rejectsWrongValueKindPhaseAndMessage() throws Exception {
        assertThat(LanguageServicesConformanceTest.check(
                vector("1 == 1", null, "{\"kind\":\"Boolean\",\"value\":false}", null))).isPresent();
        assertThat(LanguageServicesConformanceTest.check(
                vector("1", null, "{\"kind\":\"String\",\"value\":\"1\"}", null))).isPresent();
        assertThat(LanguageServicesConformanceTest.check(
                vector("1 <", null, null, "{\"kind\":\"lexing\",\"value\":\"Unexpected end\"}"))).isPresent();
        assertThat(LanguageServicesConformanceTest.check(
                vector("1 <", null, null, "{\"kind\":\"parsing\",\"value\":\"Unexpected symbol\"}"))).isPresent();
        assertThat(LanguageServicesConformanceTest.check(
                vector("env.x", null, "{\"kind\":\"Null\",\"value\":null}", null))).isPresent();
        JsonNode object = MAPPER.readTree("{\"kind\":\"Object\",\"value\":{\"a\":1}}");
        assertThat(LanguageServicesConformanceTest.check(new LanguageServicesConformanceTest.Vector("self-test",
                "fromJSON('{\"a\":2}')", null, object, null))).isPresent();
    }
}
