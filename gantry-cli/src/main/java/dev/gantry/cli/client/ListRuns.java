package dev.gantry.cli.client;

import dev.gantry.api.rest.RunListing;
import dev.gantry.api.rest.RunPage;
import dev.gantry.api.rest.WorkflowRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code gantry runs list [--repo OWNER/REPO] [--status S] [--branch B] [--event E] [--actor A] [--commit SHA]
 * [--limit N]}: the newest runs, of one repository or of all, as a table like {@code gh run list}, or with
 * {@code --json} the {@code workflow_runs} array.
 */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the newest runs.")
final class ListRuns implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ServerOptions server;

    @Option(names = {"-R", "--repo"}, paramLabel = "OWNER/REPO", description = "Only this repository's runs.")
    private Optional<String> repo = Optional.empty();

    @Option(names = {"-s", "--status"}, paramLabel = "S",
            description = "queued, in_progress, completed, success, failure, cancelled or skipped.")
    private Optional<String> status = Optional.empty();

    @Option(names = {"-b", "--branch"}, paramLabel = "B", description = "Only runs of this branch.")
    private Optional<String> branch = Optional.empty();

    @Option(names = {"-e", "--event"}, paramLabel = "E", description = "Only runs of this event (push, …).")
    private Optional<String> event = Optional.empty();

    @Option(names = {"-u", "--user", "--actor"}, paramLabel = "A", description = "Only runs started by this user.")
    private Optional<String> actor = Optional.empty();

    @Option(names = {"-c", "--commit"}, paramLabel = "SHA", description = "Only runs of this commit (full SHA).")
    private Optional<String> commit = Optional.empty();

    @Option(names = {"-L", "--limit"}, paramLabel = "N", defaultValue = "20",
            description = "How many runs, 1 to 100 (default: ${DEFAULT-VALUE}).")
    private int limit;

    @Override
    public Integer call() {
        return server.run(spec, (client, out) -> {
            if (limit < 1 || limit > 100) {
                throw new IllegalArgumentException("--limit takes 1 to 100, not " + limit);
            }
            RunPage page = client.runs(repo, new RunListing(status, branch, event, actor, commit, limit));
            if (server.json()) {
                JsonPrinter.print(out, page.runs().stream().map(WorkflowRun::json).toList());
                return ServerOptions.OK;
            }
            if (page.runs().isEmpty()) {
                out.println("No runs found.");
                return ServerOptions.OK;
            }
            Instant now = Clock.systemUTC().instant();
            Table table = repo.isPresent()
                    ? new Table("STATUS", "TITLE", "WORKFLOW", "BRANCH", "EVENT", "ID", "ELAPSED", "AGE")
                    : new Table("STATUS", "TITLE", "WORKFLOW", "REPOSITORY", "BRANCH", "EVENT", "ID", "ELAPSED", "AGE");
            for (WorkflowRun run : page.runs()) {
                String symbol = Marks.symbol(run.status(), run.conclusion());
                String elapsed = Marks.elapsed(run.runStartedAt(), run.completedAt(), now);
                String age = Marks.age(run.createdAt(), now);
                String title = run.title();
                String id = Long.toString(run.id());
                String branchName = run.headBranch().orElse("");
                if (repo.isPresent()) {
                    table.row(symbol, title, run.workflowFile(), branchName, run.event(), id, elapsed, age);
                } else {
                    table.row(symbol, title, run.workflowFile(), run.repository(), branchName, run.event(), id,
                            elapsed, age);
                }
            }
            table.print(out);
            if (page.totalCount() > page.runs().size()) {
                out.println("(" + page.runs().size() + " of " + page.totalCount() + " runs; --limit shows more)");
            }
            return ServerOptions.OK;
        });
    }
}
