package dev.gantry.bench;

/** Builds a realistic workflow of a given number of lines: many jobs with needs, matrices, expressions, steps. */
final class LargeWorkflow {

    private LargeWorkflow() {}

    /** A workflow of at least {@code lines} lines; deterministic, valid. */
    static String ofLines(int lines) {
        StringBuilder yaml = new StringBuilder("""
                name: large
                on:
                  push:
                    branches: [main, 'release/**']
                    paths-ignore: ['docs/**']
                  pull_request:
                    types: [opened, synchronize]
                env:
                  REGISTRY: registry.example.com
                jobs:
                """);
        int job = 0;
        while (yaml.chars().filter(c -> c == '\n').count() < lines) {
            yaml.append("  job").append(job).append(":\n");
            if (job > 0) {
                yaml.append("    needs: [job").append(job - 1).append("]\n");
            }
            yaml.append("""
                        if: github.event_name == 'push' && !cancelled()
                        runs-on: ubuntu-latest
                        timeout-minutes: 30
                        strategy:
                          fail-fast: false
                          matrix:
                            os: [linux, macos]
                            java: [21, 25]
                        env:
                          TARGET: ${{ matrix.os }}-${{ matrix.java }}
                        steps:
                          - uses: actions/checkout@v4
                          - name: Build
                            run: |
                              echo "building ${{ github.sha }} for $TARGET"
                              make build
                          - name: Test
                            if: success() && matrix.java == 25
                            run: make test
                            env:
                              TOKEN: ${{ secrets.TOKEN }}
                    """);
            job++;
        }
        return yaml.toString();
    }
}
