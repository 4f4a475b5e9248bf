package dev.gantry.cli.client;

import dev.gantry.api.rest.WorkflowRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code gantry runs watch ID [--interval SECONDS]}: follows a run until it completes, polling its jobs and steps
 * (every second by default) and printing each change as it is seen, then the whole run. Exit 0 when the run
 * succeeded, 1 otherwise — like {@code gh run watch --exit-status}. Blocks until the run completes or the command
 * is interrupted; a server that stops answering ends it with exit 1.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Follow a run until it completes; exit 0 when it succeeded, 1 otherwise.")
final class WatchRun implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ServerOptions server;

    @Parameters(paramLabel = "ID", description = "The run's id.")
    private long id;

    @Option(names = {"-R", "--repo"}, paramLabel = "OWNER/REPO", description = "Check that the run is of this repository.")
    private Optional<String> repo = Optional.empty();

    @Option(names = {"-i", "--interval"}, paramLabel = "SECONDS", defaultValue = "1",
            description = "Seconds between polls (default: ${DEFAULT-VALUE}).")
    private double interval;

    @Override
    public Integer call() {
        return server.run(spec, (client, out) -> {
            if (!(interval > 0 && interval <= 3600)) {
                throw new IllegalArgumentException("--interval takes 0 to 3600 seconds, not " + interval);
            }
            WorkflowRun run = RunLocator.run(client, id, repo);
            if (!run.completed() && !server.json()) {
                out.println("Watching run " + run.id() + " (" + run.workflowFile() + " #" + run.runNumber() + " of "
                        + run.repository() + ")…");
            }
            if (server.json()) {
                while (!run.completed()) {
                    Thread.sleep((long) (interval * 1000));
                    run = client.run(id);
                }
                JsonPrinter.print(out, JsonPrinter.runWithJobs(run, client.jobs(run.repository(), run.id())));
            } else {
                run = RunFollower.follow(client, run, Duration.ofMillis((long) (interval * 1000)), out);
                out.println();
                out.println("Run " + run.id() + " completed with " + run.conclusion().orElse("no conclusion") + ".");
            }
            return run.conclusion().filter("success"::equals).isPresent() ? ServerOptions.OK : ServerOptions.FAILED;
        });
    }
}
