package dev.gantry.runner.builtin.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.runner.action.BuiltinAction;
import dev.gantry.runner.builtin.setup.SetupGo;
import dev.gantry.runner.builtin.setup.SetupJava;
import dev.gantry.runner.builtin.setup.SetupNode;
import dev.gantry.runner.builtin.setup.SetupPython;
import dev.gantry.workflow.Parsed;
import dev.gantry.workflow.action.ActionInput;
import dev.gantry.workflow.action.ActionMetadata;
import dev.gantry.workflow.action.ActionOutput;
import dev.gantry.workflow.action.ActionReader;
import dev.gantry.workflow.model.Template;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The metadata each built-in declares reads without problems and has the real action's inputs, defaults and
 * outputs (as in the action.yml of actions/checkout@v4, setup-node@v4, setup-java@v4, setup-python@v5 and
 * setup-go@v5).
 */
class BuiltinMetadataTest {

    private static ActionMetadata read(BuiltinAction action) {
        Parsed<ActionMetadata> parsed = ActionReader.read(action.name() + "/action.yml", action.metadata());
        assertThat(parsed.diagnostics()).as(action.name()).isEmpty();
        return parsed.value().orElseThrow();
    }

    /** Input id → default source text ("" when there is none). */
    private static Map<String, String> inputs(ActionMetadata metadata) {
        Map<String, String> inputs = new LinkedHashMap<>();
        for (ActionInput input : metadata.inputs()) {
            inputs.put(input.id().value(), input.defaultValue().map(BuiltinMetadataTest::text).orElse(""));
        }
        return inputs;
    }

    private static String text(Template<String> template) {
        return switch (template) {
            case Template.Literal<String> l -> l.value();
            case Template.Expression<String> e -> "${{ " + e.source().strip() + " }}";
        };
    }

    private static List<String> outputs(ActionMetadata metadata) {
        return metadata.outputs().stream().map(ActionOutput::id).map(t -> t.value()).toList();
    }

    private static final String TOKEN = "${{ github.server_url == 'https://github.com' && github.token || '' }}";

    @Test
    void checkout() {
        ActionMetadata m = read(new CheckoutAction(SourceRepositories.NONE));
        assertThat(inputs(m)).containsExactly(Map.entry("repository", "${{ github.repository }}"), Map.entry("ref", ""),
                Map.entry("token", "${{ github.token }}"), Map.entry("ssh-key", ""), Map.entry("ssh-known-hosts", ""),
                Map.entry("ssh-strict", "true"), Map.entry("ssh-user", "git"), Map.entry("persist-credentials", "true"),
                Map.entry("path", ""), Map.entry("clean", "true"), Map.entry("filter", ""),
                Map.entry("sparse-checkout", ""), Map.entry("sparse-checkout-cone-mode", "true"),
                Map.entry("fetch-depth", "1"), Map.entry("fetch-tags", "false"), Map.entry("show-progress", "true"),
                Map.entry("reference", ""), Map.entry("lfs", "false"), Map.entry("submodules", "false"),
                Map.entry("set-safe-directory", "true"), Map.entry("github-server-url", ""));
        assertThat(outputs(m)).containsExactly("ref", "commit");
        assertThat(m.runs().toString()).contains("post");
    }

    @Test
    void setupActions() {
        ActionMetadata node = read(new SetupNode());
        assertThat(inputs(node)).containsExactly(Map.entry("always-auth", "false"), Map.entry("node-version", ""),
                Map.entry("node-version-file", ""), Map.entry("architecture", ""), Map.entry("check-latest", "false"),
                Map.entry("registry-url", ""), Map.entry("scope", ""), Map.entry("token", TOKEN),
                Map.entry("cache", ""), Map.entry("cache-dependency-path", ""), Map.entry("mirror", ""),
                Map.entry("mirror-token", ""));
        assertThat(outputs(node)).containsExactly("cache-hit", "node-version");

        ActionMetadata java = read(new SetupJava());
        assertThat(inputs(java)).containsEntry("java-package", "jdk").containsEntry("server-id", "github")
                .containsEntry("server-username", "GITHUB_ACTOR").containsEntry("server-password", "GITHUB_TOKEN")
                .containsEntry("overwrite-settings", "true").containsEntry("job-status", "${{ job.status }}")
                .containsEntry("token", TOKEN).containsKeys("java-version", "java-version-file", "distribution",
                        "jdkFile", "cache", "cache-dependency-path", "mvn-toolchain-id", "mvn-toolchain-vendor");
        assertThat(java.input("distribution").orElseThrow().required()).isTrue();
        assertThat(outputs(java)).containsExactly("distribution", "version", "path", "cache-hit");

        ActionMetadata python = read(new SetupPython());
        assertThat(inputs(python)).containsEntry("update-environment", "true")
                .containsEntry("allow-prereleases", "false").containsEntry("check-latest", "false")
                .containsEntry("token", TOKEN).containsKeys("python-version", "python-version-file", "cache",
                        "architecture", "cache-dependency-path", "freethreaded");
        assertThat(outputs(python)).containsExactly("python-version", "cache-hit", "python-path");

        ActionMetadata go = read(new SetupGo());
        assertThat(inputs(go)).containsExactly(Map.entry("go-version", ""), Map.entry("go-version-file", ""),
                Map.entry("check-latest", "false"), Map.entry("token", TOKEN), Map.entry("cache", "true"),
                Map.entry("cache-dependency-path", ""), Map.entry("architecture", ""));
        assertThat(outputs(go)).containsExactly("go-version", "cache-hit");
    }
}
