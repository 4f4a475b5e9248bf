package dev.gantry.cli.client;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code gantry secret delete NAME --repo OWNER/REPO}: deletes a repository secret; jobs started later lack it. */
@Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a repository secret.")
final class DeleteSecret implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ServerOptions server;

    @Parameters(paramLabel = "NAME", description = "The secret's name (case-insensitive).")
    private String name;

    @Option(names = {"-R", "--repo"}, paramLabel = "OWNER/REPO", required = true, description = "The repository.")
    private String repo;

    @Override
    public Integer call() {
        return server.run(spec, (client, out) -> {
            client.deleteSecret(repo, name);
            String upper = name.toUpperCase(Locale.ROOT);
            if (server.json()) {
                JsonPrinter.print(out, Map.of("name", upper, "deleted", true));
            } else {
                out.println("✓ Deleted secret " + upper + " from " + repo + ".");
            }
            return ServerOptions.OK;
        });
    }
}
