package dev.gantry.cli.client;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code gantry secret set NAME --repo OWNER/REPO [--body VALUE]}: creates or replaces a repository secret. Without
 * {@code --body} the value is read from standard input, so it shows neither in {@code ps} nor in shell history: on
 * a terminal it is typed (or pasted) without echo, up to Enter; otherwise everything until end of input is read and
 * one trailing line end (what {@code echo} or {@code <<<} add) is dropped. {@code --body} is sent byte for byte.
 */
@Command(name = "set", mixinStandardHelpOptions = true,
        description = "Create or update a repository secret; the value is read from standard input unless --body is given.")
final class SetSecret implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ServerOptions server;

    @Parameters(paramLabel = "NAME", description = "The secret's name: letters, digits and _ (case-insensitive).")
    private String name;

    @Option(names = {"-R", "--repo"}, paramLabel = "OWNER/REPO", required = true, description = "The repository.")
    private String repo;

    @Option(names = {"-b", "--body"}, paramLabel = "VALUE",
            description = "The value (else read from standard input, which keeps it out of ps and shell history).")
    private Optional<String> body = Optional.empty();

    @Override
    public Integer call() {
        return server.run(spec, (client, out) -> {
            String value = body.isPresent() ? body.get() : readValue();
            if (value.isEmpty()) {
                throw new IllegalArgumentException("no value for secret " + name
                        + ": pass --body VALUE or give it on standard input");
            }
            boolean created = client.setSecret(repo, name, value);
            String upper = name.toUpperCase(Locale.ROOT);
            if (server.json()) {
                JsonPrinter.print(out, Map.of("name", upper, "created", created));
            } else {
                out.println("✓ " + (created ? "Created" : "Updated") + " secret " + upper + " for " + repo + ".");
            }
            return ServerOptions.OK;
        });
    }

    /** The value on standard input: typed without echo on a terminal, else read whole without one trailing line end. */
    private String readValue() {
        Console console = System.console();
        if (console != null) {
            char[] typed = console.readPassword("? Paste the value of secret %s: ", name);
            return typed == null ? "" : new String(typed);
        }
        try {
            return withoutLineEnd(new String(System.in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the value from standard input: " + e.getMessage());
        }
    }

    static String withoutLineEnd(String text) {
        if (text.endsWith("\r\n")) {
            return text.substring(0, text.length() - 2);
        }
        return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
    }
}
