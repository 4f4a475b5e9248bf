package dev.gantry.runner.host;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.engine.exec.Conclusion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real step printing a secret in every form the masker knows: nothing the listener or the result receives
 * holds the secret or any of those forms.
 */
class MaskingTest {

    private static final String SECRET = "pa55-w0rd!Very/Secret";

    @TempDir
    Path root;

    @Test
    void noFormOfASecretLeavesTheRunner() {
        var run = new Harness(root).run("""
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - id: leak
                        name: Leak ${{ secrets.TOKEN }}
                        env:
                          TOKEN: ${{ secrets.TOKEN }}
                          MULTI: ${{ secrets.MULTI }}
                        run: |
                          echo "plain: $TOKEN"
                          echo "base64: $(printf '%s' "$TOKEN" | base64 -w0)"
                          echo "prefixed base64: $(printf 'x%s' "$TOKEN" | base64 -w0)"
                          echo "prefixed2 base64: $(printf 'xy%s' "$TOKEN" | base64 -w0)"
                          echo "double: $(printf '%s' "$TOKEN" | base64 -w0 | base64 -w0)"
                          echo "url: $(python3 -c 'import os, urllib.parse; print(urllib.parse.quote(os.environ["TOKEN"], safe=""))')"
                          echo "json: $(python3 -c 'import os, json; print(json.dumps(os.environ["TOKEN"] + "\\""))')"
                          echo "hex: $(printf '%s' "$TOKEN" | od -An -tx1 | tr -d ' \\n')"
                          echo "multi: $MULTI"
                          echo "::error title=$TOKEN::annotated $TOKEN"
                          echo "out=$TOKEN" >> "$GITHUB_OUTPUT"
                          generated="gen-$(date +%s)-value"
                          echo "::add-mask::$generated"
                          set -x
                          : "$TOKEN"
                          echo "generated: $generated"
                """, Map.of("TOKEN", SECRET, "MULTI", "first-line-x\nsecond-line-y"));
        assertThat(run.result().conclusion()).as(run.log()).isEqualTo(Conclusion.SUCCESS);
        String everything = run.log() + run.recorder().calls() + run.recorder().annotations() + run.result();
        byte[] bytes = SECRET.getBytes(StandardCharsets.UTF_8);
        String base64 = Base64.getEncoder().encodeToString(bytes);
        assertThat(everything).doesNotContain(SECRET, base64.substring(1, base64.length() - 2),
                HexFormat.of().formatHex(bytes), "pa55-w0rd%21Very%2FSecret", "first-line-x", "second-line-y",
                Base64.getEncoder().encodeToString(base64.getBytes(StandardCharsets.US_ASCII)).substring(2, 30));
        assertThat(run.log()).contains("plain: ***", "multi: ***", "+ : '***'", "generated: ***");
        assertThat(run.log()).doesNotContainPattern("generated: gen-");
        assertThat(run.step("leak").name()).isEqualTo("Leak ***");
        assertThat(run.step("leak").outputs()).containsEntry("out", "***");
    }
}
