package dev.gantry.cli.client;

import dev.gantry.api.rest.Repository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code gantry repo create OWNER/REPO [--url URL]}: registers a repository — hosted by the server (push to it
 * over git smart HTTP), or fetched from {@code URL}. {@code --json} prints the repository.
 */
@Command(name = "create", mixinStandardHelpOptions = true,
        description = "Register a repository: hosted by the server, or fetched from --url.")
final class CreateRepository implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ServerOptions server;

    @Parameters(paramLabel = "OWNER/REPO", description = "The repository's owner and name.")
    private String name;

    @Option(names = "--url", paramLabel = "URL", description = "Fetch the commits from this git URL.")
    private Optional<String> url = Optional.empty();

    @Override
    public Integer call() {
        return server.run(spec, (client, out) -> {
            Repository repo = client.createRepository(name, url);
            if (server.json()) {
                JsonPrinter.print(out, repo.json());
                return ServerOptions.OK;
            }
            out.println("✓ Created repository " + repo.fullName() + ".");
            if (repo.mirrorUrl().isPresent()) {
                out.println("Its commits are fetched from " + repo.mirrorUrl().get() + ".");
            } else {
                out.println("Push to it with an API token as the password: git push " + client.server() + "/git/"
                        + repo.fullName() + ".git " + repo.defaultBranch());
            }
            return ServerOptions.OK;
        });
    }
}
