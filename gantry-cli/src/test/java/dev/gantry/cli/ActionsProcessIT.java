package dev.gantry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Built-in actions end to end through the packaged jar, in a real git repository: checkout → setup-node → cache
 * (a miss that saves, then a hit on the second run) → upload-artifact in one job, download-artifact in the job
 * that needs it. The Gantry home (cache, artifacts) is a temporary folder.
 */
class ActionsProcessIT {

    @TempDir
    Path work;

    @Test
    void checkoutSetupNodeCacheAndArtifactsWorkAcrossJobsAndRuns() throws Exception {
        Path repo = Files.createDirectories(work.resolve("repo"));
        Path home = work.resolve("home");
        Files.writeString(repo.resolve("package.json"), "{\"name\": \"demo\", \"version\": \"1.0.0\"}\n");
        Files.createDirectories(repo.resolve(".github/workflows"));
        Files.writeString(repo.resolve(".github/workflows/ci.yml"), """
                on: push
                jobs:
                  build:
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/checkout@v4
                      - id: node
                        uses: actions/setup-node@v4
                        with:
                          node-version: '>=18'
                      - id: cache
                        uses: actions/cache@v4
                        with:
                          path: deps
                          key: deps-${{ hashFiles('package.json') }}
                      - name: Build dependencies
                        if: steps.cache.outputs.cache-hit != 'true'
                        run: mkdir -p deps && echo "built once $RANDOM$RANDOM" > deps/dep.txt && sleep 1
                      - run: echo "node ${{ steps.node.outputs.node-version }} hit=${{ steps.cache.outputs.cache-hit }} $(cat deps/dep.txt)"
                      - run: mkdir -p dist && echo "artifact from build" > dist/app.txt
                      - uses: actions/upload-artifact@v4
                        with:
                          name: app
                          path: dist/
                  use:
                    needs: build
                    runs-on: ubuntu-latest
                    steps:
                      - uses: actions/download-artifact@v4
                        with:
                          name: app
                          path: fetched
                      - run: echo "downloaded $(cat fetched/app.txt)"
                """);
        Files.writeString(repo.resolve(".gitignore"), "deps/\ndist/\nfetched/\n");
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            PersonIdent who = new PersonIdent("Ada", "ada@example.com");
            git.commit().setMessage("first").setAuthor(who).setCommitter(who).setSign(false).call();
        }
        Map<String, String> env = Map.of("GANTRY_HOME", home.toString());

        Path first = work.resolve("first.json");
        GantryProcess miss = GantryProcess.run("", env, "run", "-C", repo.toString(), "--json", first.toString());
        assertThat(miss.exitCode()).as(miss.out() + miss.err()).isZero();
        String built = Files.readString(repo.resolve("deps/dep.txt")).strip();
        assertThat(miss.out()).contains("hit= " + built, "downloaded artifact from build");
        assertThat(step(first, "build", "cache").path("outputs").path("cache-hit").isMissingNode()).isTrue();

        deleteTree(repo.resolve("deps"));
        deleteTree(repo.resolve("fetched"));
        Path second = work.resolve("second.json");
        GantryProcess hit = GantryProcess.run("", env, "run", "-C", repo.toString(), "--json", second.toString());
        assertThat(hit.exitCode()).as(hit.out() + hit.err()).isZero();
        assertThat(hit.out()).contains("hit=true " + built, "downloaded artifact from build");
        assertThat(step(second, "build", "cache").path("outputs").path("cache-hit").asText()).isEqualTo("true");
        assertThat(stepNamed(second, "build", "Build dependencies").path("conclusion").asText()).isEqualTo("skipped");
        assertThat(stepNamed(first, "build", "Build dependencies").path("conclusion").asText()).isEqualTo("success");
    }

    @Test
    void actionsAndReusableWorkflowsComeFromTheStoreOnceImported() throws Exception {
        Map<String, String> env = Map.of("GANTRY_HOME", work.resolve("home").toString());
        Path shared = Files.createDirectories(work.resolve("shared/.github/workflows"));
        Files.writeString(shared.resolve("greet.yml"), """
                on:
                  workflow_call:
                    inputs:
                      who: {type: string, required: true}
                    outputs:
                      said: {value: "${{ jobs.hello.outputs.said }}"}
                jobs:
                  hello:
                    runs-on: ubuntu-latest
                    outputs:
                      said: ${{ steps.say.outputs.said }}
                    steps:
                      - id: say
                        uses: octo/say@v1
                        with:
                          text: hello ${{ inputs.who }}
                """);
        Path say = Files.createDirectories(work.resolve("say"));
        Files.writeString(say.resolve("action.yml"), """
                name: say
                description: says something
                inputs:
                  text: {description: what to say}
                outputs:
                  said: {description: what was said, value: "${{ steps.echo.outputs.said }}"}
                runs:
                  using: composite
                  steps:
                    - id: echo
                      shell: bash
                      run: echo "said=${{ inputs.text }}" >> "$GITHUB_OUTPUT" && echo "saying ${{ inputs.text }}"
                """);
        Path repo = Files.createDirectories(work.resolve("repo/.github/workflows")).getParent().getParent();
        Files.writeString(repo.resolve(".github/workflows/ci.yml"), """
                on: push
                jobs:
                  call:
                    uses: octo/shared/.github/workflows/greet.yml@v1
                    with:
                      who: store
                  after:
                    needs: call
                    runs-on: ubuntu-latest
                    steps:
                      - run: echo "caller got ${{ needs.call.outputs.said }}"
                """);

        GantryProcess missing = GantryProcess.run("", env, "run", "-C", repo.toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.out() + missing.err()).contains("gantry actions import octo/shared@v1");

        for (String[] imported : new String[][] {{"octo/shared@v1", work.resolve("shared").toString()},
                {"octo/say@v1", say.toString()}}) {
            GantryProcess result = GantryProcess.run("", env, "actions", "import", imported[0], "--from", imported[1]);
            assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
        }
        Path report = work.resolve("report.json");
        GantryProcess run = GantryProcess.run("", env, "run", "-C", repo.toString(), "--json", report.toString());
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("[call / hello / Run octo/say@v1] saying hello store",
                "caller got hello store");
        JsonNode used = job(report, "call/hello").get("actions").get(0);
        assertThat(used.get("uses").asText()).isEqualTo("octo/say@v1");
        assertThat(used.get("source").asText()).isEqualTo("store");
        assertThat(used.get("sha").asText()).matches("[0-9a-f]{40}");
    }

    private static JsonNode job(Path report, String id) throws Exception {
        for (JsonNode job : new ObjectMapper().readTree(report.toFile()).get("runs").get(0).get("jobs")) {
            if (job.path("id").asText().equals(id) || job.path("key").asText().equals(id)) {
                return job;
            }
        }
        throw new AssertionError("no job " + id + " in " + report);
    }

    private static JsonNode step(Path report, String job, String id) throws Exception {
        for (JsonNode step : job(report, job).get("steps")) {
            if (step.path("id").asText().equals(id)) {
                return step;
            }
        }
        throw new AssertionError("no step " + id);
    }

    private static JsonNode stepNamed(Path report, String job, String name) throws Exception {
        for (JsonNode step : job(report, job).get("steps")) {
            if (step.path("name").asText().equals(name)) {
                return step;
            }
        }
        throw new AssertionError("no step named " + name);
    }

    private static void deleteTree(Path folder) throws Exception {
        if (Files.exists(folder)) {
            try (var files = Files.walk(folder)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
