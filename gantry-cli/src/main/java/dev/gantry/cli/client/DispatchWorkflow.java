package dev.gantry.cli.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.api.ApiJson;
import dev.gantry.api.rest.GantryClient;
import dev.gantry.api.rest.GantryClientException;
import dev.gantry.api.rest.Repository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code gantry workflow run WORKFLOW --repo R [--ref REF] [-f key=value…]}: starts a workflow with a
 * {@code workflow_dispatch} event at a branch or tag (default: the repository's default branch) with inputs, which
 * the server checks against the workflow's typed inputs. Prints the run it started; {@code --json} prints
 * {@code {"workflow_run_id"}}.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Start a workflow (workflow_dispatch) at a branch or tag, with inputs.")
final class DispatchWorkflow implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ServerOptions server;

    @Parameters(paramLabel = "WORKFLOW", description = "The workflow's file name (ci.yml) or path.")
    private String workflow;

    @Option(names = {"-R", "--repo"}, paramLabel = "OWNER/REPO", required = true, description = "The repository.")
    private String repo;

    @Option(names = {"-r", "--ref"}, paramLabel = "REF",
            description = "The branch or tag to run (default: the repository's default branch).")
    private Optional<String> ref = Optional.empty();

    @Option(names = {"-f", "--field", "--input"}, paramLabel = "KEY=VALUE", description = "An input (repeatable).")
    private List<String> fields = new ArrayList<>();

    @Override
    public Integer call() {
        return server.run(spec, (client, out) -> {
            Map<String, String> inputs = inputs(fields);
            String at = ref.isPresent() ? ref.get() : defaultBranch(client, repo);
            Optional<Long> run = client.dispatch(repo, workflow, at, inputs);
            if (server.json()) {
                ObjectNode json = ApiJson.mapper().createObjectNode();
                run.ifPresentOrElse(id -> json.put("workflow_run_id", id), () -> json.putNull("workflow_run_id"));
                JsonPrinter.print(out, json);
                return ServerOptions.OK;
            }
            out.println("✓ Created a workflow_dispatch event for " + workflow + " at " + at + " in " + repo + ".");
            run.ifPresent(id -> out.println("Follow it with: gantry runs watch " + id));
            return ServerOptions.OK;
        });
    }

    private static Map<String, String> inputs(List<String> fields) {
        Map<String, String> inputs = new LinkedHashMap<>();
        for (String field : fields) {
            int equals = field.indexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException("-f takes KEY=VALUE, not \"" + field + "\"");
            }
            inputs.put(field.substring(0, equals), field.substring(equals + 1));
        }
        return inputs;
    }

    private static String defaultBranch(GantryClient client, String repo) throws GantryClientException {
        return client.repositories().stream().filter(r -> r.fullName().equalsIgnoreCase(repo)).findFirst()
                .map(Repository::defaultBranch)
                .orElseThrow(() -> new GantryClientException.Refused(404, "No repository " + repo + "."));
    }
}
