package dev.gantry.cli.client;

import dev.gantry.api.rest.WorkflowJob;
import dev.gantry.api.rest.WorkflowRun;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code gantry runs rerun ID [--failed | --job J]}: starts the next attempt of a completed run with all its jobs,
 * only the failed ones, or one job (by id or name) — each with the jobs that need them. {@code --json} prints the
 * run as it is then.
 */
@Command(name = "rerun", mixinStandardHelpOptions = true,
        description = "Re-run a completed run: all jobs, the failed ones, or one job.")
final class RerunRun implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ServerOptions server;

    @Parameters(paramLabel = "ID", description = "The run's id.")
    private long id;

    @Option(names = {"-R", "--repo"}, paramLabel = "OWNER/REPO", description = "Check that the run is of this repository.")
    private Optional<String> repo = Optional.empty();

    @ArgGroup(exclusive = true)
    private Scope scope = new Scope();

    static final class Scope {
        @Option(names = "--failed", description = "Only the failed jobs and the jobs that need them.")
        boolean failed;

        @Option(names = {"-j", "--job"}, paramLabel = "J", description = "Only this job (id or name) and the jobs that need it.")
        Optional<String> job = Optional.empty();
    }

    @Override
    public Integer call() {
        return server.run(spec, (client, out) -> {
            WorkflowRun run = RunLocator.run(client, id, repo);
            String what;
            if (scope.job.isPresent()) {
                WorkflowJob job = RunLocator.job(run, client.jobs(run.repository(), run.id()), scope.job.get());
                client.rerunJob(run.repository(), job.id());
                what = "job " + job.name() + " of run " + run.id();
            } else if (scope.failed) {
                client.rerunFailedJobs(run.repository(), run.id());
                what = "the failed jobs of run " + run.id();
            } else {
                client.rerun(run.repository(), run.id());
                what = "run " + run.id();
            }
            if (server.json()) {
                JsonPrinter.print(out, client.run(run.id()).json());
            } else {
                out.println("✓ Requested a re-run of " + what + " (" + run.workflowFile() + " of " + run.repository()
                        + "); follow it with: gantry runs watch " + run.id());
            }
            return ServerOptions.OK;
        });
    }
}
