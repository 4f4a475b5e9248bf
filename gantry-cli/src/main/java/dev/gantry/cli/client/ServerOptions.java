package dev.gantry.cli.client;

import dev.gantry.api.rest.GantryClient;
import dev.gantry.api.rest.GantryClientException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.Optional;

/**
 * The options every client command shares — {@code --server}, {@code --token} (else {@code GANTRY_SERVER},
 * {@code GANTRY_TOKEN}) and {@code --json} — and the running of a command against the server, which turns every
 * failure into one sentence on stderr and an exit code: 2 for a missing or bad setting, 1 for an unreachable
 * server or a refusal (the server's own message).
 */
final class ServerOptions {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    @Option(names = "--server", paramLabel = "URL",
            description = "The Gantry server, http://HOST:PORT (default: $" + GantryClient.SERVER_VARIABLE + ").")
    private Optional<String> server = Optional.empty();

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "An API token of the server (default: $" + GantryClient.TOKEN_VARIABLE + ").")
    private Optional<String> token = Optional.empty();

    @Option(names = "--json", description = "Print JSON with GitHub's field names instead of a table.")
    private boolean json;

    boolean json() {
        return json;
    }

    /** Connects and runs {@code call}; returns its exit code, or 1 or 2 with a sentence on stderr. */
    int run(CommandSpec spec, ClientCall call) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String prefix = "gantry " + spec.qualifiedName(" ").replaceFirst("^gantry ", "") + ": ";
        Optional<String> url = setting(server, GantryClient.SERVER_VARIABLE);
        Optional<String> secret = setting(token, GantryClient.TOKEN_VARIABLE);
        if (url.isEmpty() || secret.isEmpty()) {
            err.println(prefix + "no " + (url.isEmpty() ? "server: pass --server URL or set "
                    + GantryClient.SERVER_VARIABLE : "token: pass --token TOKEN or set " + GantryClient.TOKEN_VARIABLE)
                    + ".");
            return USAGE;
        }
        try {
            int code = call.run(GantryClient.of(url.get(), secret.get()), out);
            out.flush();
            return code;
        } catch (IllegalArgumentException e) {
            err.println(prefix + e.getMessage() + ".");
            return USAGE;
        } catch (GantryClientException e) {
            out.flush();
            err.println(prefix + e.getMessage());
            return FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println(prefix + "interrupted.");
            return FAILED;
        }
    }

    private static Optional<String> setting(Optional<String> flag, String variable) {
        return flag.or(() -> Optional.ofNullable(System.getenv(variable))).map(String::trim).filter(s -> !s.isEmpty());
    }
}
