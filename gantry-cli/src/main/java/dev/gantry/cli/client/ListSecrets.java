package dev.gantry.cli.client;

import dev.gantry.api.rest.Secret;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code gantry secret list --repo OWNER/REPO}: the repository's secrets by name, with when each was last set;
 * {@code --json} prints their array ({@code name}, {@code created_at}, {@code updated_at}). Values are never shown:
 * the server does not send them.
 */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List a repository's secrets (names, not values).")
final class ListSecrets implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ServerOptions server;

    @Option(names = {"-R", "--repo"}, paramLabel = "OWNER/REPO", required = true, description = "The repository.")
    private String repo;

    @Override
    public Integer call() {
        return server.run(spec, (client, out) -> {
            List<Secret> secrets = client.secrets(repo);
            if (server.json()) {
                JsonPrinter.print(out, secrets.stream().map(Secret::json).toList());
                return ServerOptions.OK;
            }
            if (secrets.isEmpty()) {
                out.println("No secrets in " + repo + ": set one with gantry secret set NAME --repo " + repo + ".");
                return ServerOptions.OK;
            }
            Instant now = Clock.systemUTC().instant();
            Table table = new Table("NAME", "UPDATED");
            for (Secret secret : secrets) {
                table.row(secret.name(), Marks.age(secret.updatedAt(), now));
            }
            table.print(out);
            return ServerOptions.OK;
        });
    }
}
