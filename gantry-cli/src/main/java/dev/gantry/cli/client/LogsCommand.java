package dev.gantry.cli.client;

import dev.gantry.api.rest.WorkflowJob;
import dev.gantry.api.rest.WorkflowRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code gantry logs RUN [--job J]}: the log of one job of a run (by id or name), or of every job of it, each
 * after a {@code ==> NAME (job ID) <==} line. {@code --json} prints {@code {"run_id", "job_id"?, "log"}}.
 */
@Command(name = "logs", mixinStandardHelpOptions = true, description = "Print the logs of a run, or of one of its jobs.")
public final class LogsCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ServerOptions server;

    @Parameters(paramLabel = "RUN", description = "The run's id.")
    private long id;

    @Option(names = {"-R", "--repo"}, paramLabel = "OWNER/REPO", description = "Check that the run is of this repository.")
    private Optional<String> repo = Optional.empty();

    @Option(names = {"-j", "--job"}, paramLabel = "J", description = "Only this job's log (its id or name).")
    private Optional<String> job = Optional.empty();

    @Override
    public Integer call() {
        return server.run(spec, (client, out) -> {
            WorkflowRun run = RunLocator.run(client, id, repo);
            Optional<WorkflowJob> one = job.isEmpty() ? Optional.empty()
                    : Optional.of(RunLocator.job(run, client.jobs(run.repository(), run.id()), job.get()));
            String text = one.isPresent() ? client.jobLog(run.repository(), one.get().id())
                    : client.runLog(run.repository(), run.id());
            if (server.json()) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("run_id", run.id());
                one.ifPresent(j -> json.put("job_id", j.id()));
                json.put("log", text);
                JsonPrinter.print(out, json);
            } else {
                out.print(text);
            }
            return ServerOptions.OK;
        });
    }
}
