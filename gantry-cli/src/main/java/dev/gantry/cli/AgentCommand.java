package dev.gantry.cli;

import dev.gantry.agent.Agent;
import dev.gantry.agent.AgentConfig;
import dev.gantry.runner.host.HostLabels;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gantry agent --server URL --token T [--labels a,b] [--capacity N] [--name NAME] [--work-dir D]}: a remote
 * agent. Registers with the one-time token on the first start (the credentials are saved in the work folder and
 * reused on later starts, the token then ignored), then takes and runs jobs until the process is stopped (SIGTERM,
 * Ctrl-C: running jobs are cancelled and reported). Exit 0 after a stop, 1 when it cannot register or the server
 * rejects its token, 2 on usage errors.
 */
@Command(name = "agent",
        mixinStandardHelpOptions = true,
        description = {"Run a Gantry agent: take jobs from a Gantry server and run them on this machine.",
                "Jobs run as on a self-hosted GitHub runner: steps as processes of this host, actions from the"
                        + " action store and the built-in ones."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "1:cannot register, or the server rejected the agent", "2:usage error"})
final class AgentCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--server", paramLabel = "URL", required = true,
            description = "The Gantry server, e.g. http://ci.example:8080.")
    private String server;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "A registration token (POST /api/v1/agents/registration-tokens); needed on the first start"
                    + " only, ignored when credentials for the server are saved.")
    private Optional<String> token;

    @Option(names = "--labels", paramLabel = "LABEL", split = ",",
            description = "The runs-on labels served (default: self-hosted, the host's OS and arch, e.g. linux,x64, and"
                    + " the GitHub-hosted labels of that OS, e.g. ubuntu-latest).")
    private List<String> labels = new ArrayList<>();

    @Option(names = "--capacity", paramLabel = "N", defaultValue = "1",
            description = "How many jobs run at once (default: ${DEFAULT-VALUE}).")
    private int capacity;

    @Option(names = "--name", paramLabel = "NAME", description = "The agent's name (default: the host name).")
    private Optional<String> name;

    @Option(names = "--work-dir", paramLabel = "DIR",
            description = "Credentials, repository cache and job folders (default: <gantry home>/agent).")
    private Optional<Path> workDir;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<String> problem = check();
        if (problem.isPresent()) {
            err.println("gantry agent: " + problem.get() + ".");
            return 2;
        }
        GantryHome home = GantryHome.current();
        AgentConfig config = new AgentConfig(server, token.filter(t -> !t.isBlank()), name.orElseGet(AgentCommand::host),
                labels.isEmpty() ? defaultLabels() : labels.stream().map(String::strip).toList(), capacity,
                workDir.orElse(home.path().resolve("agent")), Duration.ofSeconds(30), Duration.ofSeconds(5));
        Agent agent;
        switch (Agent.start(config, new AgentExecutors(home, config.name()), out)) {
            case Agent.Start.Failed failed -> {
                err.println("gantry agent: " + failed.reason() + ".");
                return 1;
            }
            case Agent.Start.Started started -> agent = started.agent();
        }
        Thread hook = new Thread(agent::close, "gantry-agent-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        return switch (agent.run()) {
            case Agent.Stop.Closed closed -> 0;
            case Agent.Stop.Rejected rejected -> {
                err.println("gantry agent: " + rejected.reason());
                yield 1;
            }
        };
    }

    private Optional<String> check() {
        URI uri;
        try {
            uri = URI.create(server);
        } catch (IllegalArgumentException e) {
            return Optional.of("--server: \"" + server + "\" is not a URL");
        }
        if (uri.getScheme() == null || !Set.of("http", "https").contains(uri.getScheme().toLowerCase(Locale.ROOT))
                || uri.getHost() == null) {
            return Optional.of("--server: \"" + server + "\" is not an http:// or https:// URL");
        }
        if (capacity < 1 || capacity > 256) {
            return Optional.of("--capacity: must be 1 to 256, not " + capacity);
        }
        return labels.stream().filter(l -> !l.strip().matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}")).findFirst()
                .map(l -> "--labels: \"" + l + "\" is not a label (letters, digits, '-', '_', '.')");
    }

    /**
     * {@code self-hosted}, the host's OS and architecture as GitHub names them (e.g. {@code linux}, {@code x64}), then
     * the GitHub-hosted labels of that OS ({@code ubuntu-latest}…), which run on the host as on a self-hosted runner.
     */
    static List<String> defaultLabels() {
        Set<String> host = HostLabels.ofThisHost().labels();
        Set<String> out = new LinkedHashSet<>(List.of("self-hosted"));
        List.of("linux", "macos", "windows", "x64", "arm64", "arm", "x86").stream().filter(host::contains)
                .forEach(out::add);
        host.stream().sorted().forEach(out::add);
        return List.copyOf(out);
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "gantry-agent";
        }
    }
}
