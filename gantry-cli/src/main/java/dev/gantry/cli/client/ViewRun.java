package dev.gantry.cli.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.api.rest.WorkflowJob;
import dev.gantry.api.rest.WorkflowRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code gantry runs view ID [--repo R] [--log] [--json]}: a run with its jobs and their steps; {@code --log} adds
 * every job's log; {@code --json} prints the run object with its {@code jobs} array (and {@code log} text).
 */
@Command(name = "view", mixinStandardHelpOptions = true, description = "Show a run, its jobs and their steps.")
final class ViewRun implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ServerOptions server;

    @Parameters(paramLabel = "ID", description = "The run's id.")
    private long id;

    @Option(names = {"-R", "--repo"}, paramLabel = "OWNER/REPO", description = "Check that the run is of this repository.")
    private Optional<String> repo = Optional.empty();

    @Option(names = "--log", description = "Print the logs of every job too.")
    private boolean log;

    @Override
    public Integer call() {
        return server.run(spec, (client, out) -> {
            WorkflowRun run = RunLocator.run(client, id, repo);
            List<WorkflowJob> jobs = client.jobs(run.repository(), run.id());
            Optional<String> logs = log ? Optional.of(client.runLog(run.repository(), run.id())) : Optional.empty();
            if (server.json()) {
                ObjectNode json = JsonPrinter.runWithJobs(run, jobs);
                logs.ifPresent(text -> json.put("log", text));
                JsonPrinter.print(out, json);
                return ServerOptions.OK;
            }
            RunSheet.print(out, run, jobs, Clock.systemUTC().instant());
            logs.ifPresent(text -> {
                out.println();
                out.print(text);
            });
            return ServerOptions.OK;
        });
    }
}
