package dev.gantry.workflow.action;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random mutations of a composite and a Docker action (byte flips, truncations, indentation changes,
 * stray {@code ${{}, alias loops) must never make the reader throw, fail internally or hang.
 */
class ActionReaderRobustnessTest {

    private static final int MUTATIONS = 2_000;
    private static final long SEED = 20_240_715L;

    private static final String COMPOSITE = """
            name: Build
            description: Builds ${{ 'it' }}
            inputs:
              target:
                description: what to build
                default: ${{ github.ref_name }}-${{ hashFiles('**/pom.xml') }}
            outputs:
              jar:
                description: the jar
                value: ${{ steps.pack.outputs.jar }}
            runs:
              using: composite
              steps:
                - id: pack
                  name: Package ${{ inputs.target }}
                  if: success() && runner.os != 'Windows'
                  run: |
                    echo "${{ env.GREETING }}"
                    ./mvnw -q package
                  shell: bash
                  working-directory: ${{ github.workspace }}
                  continue-on-error: ${{ inputs.lenient == 'true' }}
                  env:
                    TARGET: ${{ inputs.target }}
                - uses: actions/upload-artifact@v4
                  with:
                    path: target/*.jar
            """;

    private static final String DOCKER = """
            name: Lint
            description: Lints
            runs:
              using: docker
              image: docker://alpine:3.19
              env:
                LEVEL: ${{ inputs.level }}
              args: [--fix, "${{ inputs.path }}"]
              pre-entrypoint: /pre.sh
              pre-if: runner.os == 'Linux'
              post-entrypoint: /post.sh
              post-if: ${{ always() }}
            """;

    @Test
    void originalsAreValid() {
        assertThat(ActionReader.read("action.yml", COMPOSITE).diagnostics()).isEmpty();
        assertThat(ActionReader.read("action.yml", DOCKER).diagnostics()).isEmpty();
    }

    @Test
    void mutationsNeverThrowOrHang() {
        Random random = new Random(SEED);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int i = 0; i < MUTATIONS; i++) {
                String mutated = mutate(i % 2 == 0 ? COMPOSITE : DOCKER, random);
                var parsed = ActionReader.read("action.yml", mutated);
                assertThat(parsed.diagnostics()).allMatch(d -> !d.message().contains("internal error"),
                        "no internal error for mutation " + i);
            }
        });
    }

    private static String mutate(String source, Random random) {
        StringBuilder s = new StringBuilder(source);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && s.length() > 0; e++) {
            int at = random.nextInt(s.length());
            switch (random.nextInt(6)) {
                case 0 -> s.setCharAt(at, (char) random.nextInt(128));
                case 1 -> s.setLength(at);
                case 2 -> s.insert(at, "  ");
                case 3 -> s.deleteCharAt(at);
                case 4 -> s.insert(at, random.nextBoolean() ? "${{ " : "}}");
                default -> s.insert(at, "\n" + "- &a [*a, ".repeat(1 + random.nextInt(3)));
            }
        }
        return s.toString();
    }
}
