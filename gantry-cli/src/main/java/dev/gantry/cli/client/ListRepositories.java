package dev.gantry.cli.client;

import dev.gantry.api.rest.Repository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code gantry repo list}: the repositories, by owner and name; {@code --json} prints their array. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the repositories.")
final class ListRepositories implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ServerOptions server;

    @Override
    public Integer call() {
        return server.run(spec, (client, out) -> {
            List<Repository> repos = client.repositories();
            if (server.json()) {
                JsonPrinter.print(out, repos.stream().map(Repository::json).toList());
                return ServerOptions.OK;
            }
            if (repos.isEmpty()) {
                out.println("No repositories yet: create one with gantry repo create OWNER/REPO.");
                return ServerOptions.OK;
            }
            Instant now = Clock.systemUTC().instant();
            Table table = new Table("NAME", "SOURCE", "DEFAULT BRANCH", "CREATED");
            for (Repository repo : repos) {
                table.row(repo.fullName(), repo.mirrorUrl().orElse("hosted"), repo.defaultBranch(),
                        Marks.age(repo.createdAt(), now));
            }
            table.print(out);
            return ServerOptions.OK;
        });
    }
}
