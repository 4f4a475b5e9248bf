package dev.gantry.cli.client;

import dev.gantry.api.rest.WorkflowRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code gantry runs cancel ID}: asks the server to cancel a run that has not completed (queued jobs are dropped,
 * running ones stopped). Returns once the request is stored; {@code --json} prints the run as it is then.
 */
@Command(name = "cancel", mixinStandardHelpOptions = true, description = "Cancel a run that has not completed.")
final class CancelRun implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ServerOptions server;

    @Parameters(paramLabel = "ID", description = "The run's id.")
    private long id;

    @Option(names = {"-R", "--repo"}, paramLabel = "OWNER/REPO", description = "Check that the run is of this repository.")
    private Optional<String> repo = Optional.empty();

    @Override
    public Integer call() {
        return server.run(spec, (client, out) -> {
            WorkflowRun run = RunLocator.run(client, id, repo);
            client.cancel(run.repository(), run.id());
            if (server.json()) {
                JsonPrinter.print(out, client.run(run.id()).json());
            } else {
                out.println("✓ Asked to cancel run " + run.id() + " (" + run.workflowFile() + " #" + run.runNumber()
                        + " of " + run.repository() + ").");
            }
            return ServerOptions.OK;
        });
    }
}
