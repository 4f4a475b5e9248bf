package dev.gantry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What {@code gantry validate} and {@code gantry expr} must do with any byte string: answer with diagnostics or
 * an error result, never throw. Shared by the Jazzer fuzz tests ({@code -Pfuzz}) and the regression replay of
 * their corpus in the normal suite.
 */
final class FuzzTargets {

    private FuzzTargets() {}

    /** The first byte chooses workflow or action metadata; the rest is the file. */
    static void validate(byte[] data) {
        SourceFile.Kind kind = data.length > 0 && (data[0] & 1) == 1 ? SourceFile.Kind.ACTION : SourceFile.Kind.WORKFLOW;
        byte[] file = data.length > 0 ? java.util.Arrays.copyOfRange(data, 1, data.length) : data;
        var diagnostics = SourceChecker.check(kind, "fuzz.yml", file);
        diagnostics.forEach(d -> assertThat(d.render("fuzz.yml")).isNotBlank());
    }

    /** The bytes both as a {@code --jsonl} line and as a bare expression with a small context. */
    static void expr(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        assertThat(ExpressionLine.evaluate(text)).startsWith("{\"");
        String bare = ExpressionLine.evaluate(text, Map.of(
                "github", dev.gantry.workflow.expr.ValueJson.fromJson(
                        com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("ref", "main")),
                "matrix", new dev.gantry.workflow.expr.Value.Arr(java.util.List.of())));
        assertThat(bare).matches("(?s)\\{\"(result|err)\":.*");
    }
}
