package dev.gantry.workflow.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.gantry.workflow.WorkflowReader;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded random mutations of a real workflow (byte flips, truncations, indentation changes, spliced lines) must
 * never make the reader throw or hang.
 */
class ReaderRobustnessTest {

    private static final int MUTATIONS = 3_000;
    private static final long SEED = 20_240_601L;

    private static final String WORKFLOW = """
            name: CI
            on:
              push:
                branches: [main, 'release/**']
                paths-ignore: ['docs/**']
              pull_request:
                types: [opened, synchronize]
              schedule:
                - cron: '0 3 * * 1'
                  timezone: Europe/Paris
              workflow_dispatch:
                inputs:
                  level:
                    type: choice
                    options: [debug, info]
                    default: info
            permissions:
              contents: read
            env:
              GREETING: hello-${{ github.actor }}
            concurrency:
              group: ci-${{ github.ref }}
              cancel-in-progress: true
            jobs:
              build:
                runs-on: ${{ matrix.os }}
                strategy:
                  fail-fast: false
                  matrix:
                    os: [ubuntu-latest, macos-latest]
                    node: [18, 20]
                    include:
                      - os: ubuntu-latest
                        experimental: true
                    exclude:
                      - os: macos-latest
                        node: 18
                container:
                  image: node:20
                  credentials:
                    username: ${{ github.actor }}
                    password: ${{ secrets.TOKEN }}
                services:
                  db:
                    image: postgres:16
                    ports: ['5432:5432']
                steps:
                  - uses: actions/checkout@v4
                  - id: test
                    if: ${{ success() && matrix.node == 20 }}
                    run: |
                      echo "${{ env.GREETING }}"
                      npm test
                    shell: bash
                    env:
                      CI: true
              deploy:
                needs: [build]
                if: github.ref == 'refs/heads/main'
                environment:
                  name: production
                  url: ${{ steps.deploy.outputs.url }}
                runs-on: [self-hosted, linux]
                timeout-minutes: 30
                steps:
                  - id: deploy
                    run: ./deploy.sh
              call:
                needs: deploy
                uses: octo/reusable/.github/workflows/x.yml@v1
                with:
                  level: ${{ inputs.level }}
                secrets: inherit
            """;

    @Test
    void mutationsNeverThrowOrHang() {
        Random random = new Random(SEED);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int i = 0; i < MUTATIONS; i++) {
                String mutated = mutate(WORKFLOW, random);
                var parsed = WorkflowReader.read("ci.yml", mutated);
                assertThat(parsed.diagnostics()).allMatch(d -> !d.message().contains("internal error"),
                        "no internal error for mutation " + i);
            }
        });
    }

    @Test
    void originalIsValid() {
        assertThat(WorkflowReader.read("ci.yml", WORKFLOW).diagnostics()).isEmpty();
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
                case 4 -> s.insert(at, "${{ ");
                default -> s.insert(at, "\n" + "- &a [*a, ".repeat(1 + random.nextInt(3)));
            }
        }
        return s.toString();
    }
}
