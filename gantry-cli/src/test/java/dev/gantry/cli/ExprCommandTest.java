package dev.gantry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExprCommandTest {

    @Test
    void jsonlAnswersEachLineInOrderWithKindAndValue() {
        String input = """
                {"expr": "1 == 1"}
                {"expr": "format('{0}-{1}', github.ref_name, 3)", "contexts": {"github": {"ref_name": "main"}}}
                {"expr": "fromJSON('[1, 2.5, null]')"}
                {"expr": "github.event.commits.*.id", "contexts": {"github": {"event": {"commits": [{"id": "a"}, {"id": "b"}]}}}}
                {"expr": "-0"}
                """;

        CommandRun run = CommandRun.withInput(input, "expr", "--jsonl");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).containsExactly(
                "{\"result\":{\"kind\":\"Boolean\",\"value\":true}}",
                "{\"result\":{\"kind\":\"String\",\"value\":\"main-3\"}}",
                "{\"result\":{\"kind\":\"Array\",\"value\":[1,2.5,null]}}",
                "{\"result\":{\"kind\":\"Array\",\"value\":[\"a\",\"b\"]}}",
                "{\"result\":{\"kind\":\"Number\",\"value\":-0}}");
    }

    @Test
    void errorsNameTheirPhaseWithGitHubsMessage() {
        String input = """
                {"expr": "1 == 'a"}
                {"expr": "env.FOO", "contexts": {"github": {}}}
                {"expr": "fromJSON('{')"}
                """;

        CommandRun run = CommandRun.withInput(input, "expr", "--jsonl");

        var lines = run.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("{\"err\":{\"kind\":\"lexing\"");
        assertThat(lines.get(1)).isEqualTo("{\"err\":{\"kind\":\"parsing\",\"value\":"
                + "\"Unrecognized named-value: 'env'. Located at position 1 within expression: env.FOO\"}}");
        assertThat(lines.get(2)).startsWith("{\"err\":{\"kind\":\"evaluation\"");
    }

    @Test
    void badInputLinesGetAnInputErrorAndTheStreamGoesOn() {
        String input = "not json\n[1,2]\n{\"expr\": 5}\n\n{\"expr\": \"'ok'\"}\n";

        CommandRun run = CommandRun.withInput(input, "expr", "--jsonl");

        assertThat(run.exitCode()).isZero();
        var lines = run.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.subList(0, 3)).allMatch(l -> l.startsWith("{\"err\":{\"kind\":\"input\""));
        assertThat(lines.get(3)).isEqualTo("{\"result\":{\"kind\":\"String\",\"value\":\"ok\"}}");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void singleExpressionWithContexts() {
        CommandRun run = CommandRun.of("expr", "-c", "matrix={\"os\":\"linux\"}", "startsWith(matrix.os, 'LIN')");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).isEqualTo("{\"result\":{\"kind\":\"Boolean\",\"value\":true}}");
    }

    @Test
    void singleExpressionErrorExitsOne() {
        CommandRun run = CommandRun.of("expr", "1 +");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).startsWith("{\"err\":");
    }

    @Test
    void neitherExpressionNorJsonlIsAUsageError() {
        CommandRun run = CommandRun.of("expr");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("EXPRESSION").contains("--jsonl");
    }
}
