package dev.gantry.engine.context;

import static dev.gantry.engine.context.Fixtures.RUN;
import static dev.gantry.engine.context.Fixtures.RUNNER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.workflow.expr.Value;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DefaultEnvironmentTest {

    private final Value.Obj github = GithubContext.of(Fixtures.event("pull_request",
            "pull_request/synchronize.payload.json"), RUN, "test", RUNNER, "");

    @Test
    void variablesMirrorTheContexts() {
        Map<String, String> env = DefaultEnvironment.of(github, RUNNER.context());

        assertThat(env).containsEntry("CI", "true")
                .containsEntry("GITHUB_ACTIONS", "true")
                .containsEntry("GITHUB_SHA", "ec26c3e57ca3a959ca5aad62de7213c562f8c821")
                .containsEntry("GITHUB_REF", "refs/pull/2/merge")
                .containsEntry("GITHUB_REF_NAME", "2/merge")
                .containsEntry("GITHUB_REF_PROTECTED", "false")
                .containsEntry("GITHUB_BASE_REF", "master")
                .containsEntry("GITHUB_HEAD_REF", "changes")
                .containsEntry("GITHUB_EVENT_NAME", "pull_request")
                .containsEntry("GITHUB_EVENT_PATH", "/ws/_temp/event.json")
                .containsEntry("GITHUB_REPOSITORY", "Codertocat/Hello-World")
                .containsEntry("GITHUB_RUN_ID", "4242")
                .containsEntry("GITHUB_RUN_NUMBER", "7")
                .containsEntry("GITHUB_JOB", "test")
                .containsEntry("GITHUB_WORKFLOW", "CI")
                .containsEntry("GITHUB_WORKSPACE", "/ws/repo")
                .containsEntry("GITHUB_SERVER_URL", "https://github.com")
                .containsEntry("RUNNER_OS", "Linux")
                .containsEntry("RUNNER_ARCH", "X64")
                .containsEntry("RUNNER_NAME", "gantry-host")
                .containsEntry("RUNNER_TEMP", "/ws/_temp")
                .containsEntry("RUNNER_TOOL_CACHE", "/ws/_tool")
                .containsEntry("RUNNER_ENVIRONMENT", "self-hosted")
                .doesNotContainKey("RUNNER_DEBUG")
                .doesNotContainKey("GITHUB_TOKEN");
        assertThat(env.keySet()).allMatch(k -> k.equals("CI") || k.startsWith("GITHUB_") || k.startsWith("RUNNER_"));
        assertThat(env).hasSize(37); // CI, GITHUB_ACTIONS, 29 GITHUB_* from github, 6 RUNNER_* (no RUNNER_DEBUG)
    }

    @Test
    void debugRunnersSetRunnerDebug() {
        RunnerInfo debug = new RunnerInfo("h", RunnerInfo.Os.MACOS, RunnerInfo.Arch.ARM64, "/t", "/c", "/w", "/e",
                true, RunnerInfo.SELF_HOSTED);

        Map<String, String> env = DefaultEnvironment.of(github, debug.context());

        assertThat(env).containsEntry("RUNNER_DEBUG", "1").containsEntry("RUNNER_OS", "macOS")
                .containsEntry("RUNNER_ARCH", "ARM64");
    }
}
