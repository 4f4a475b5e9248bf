package dev.gantry.runner.builtin.setup;

import dev.gantry.runner.action.ActionCall;
import dev.gantry.runner.action.ActionFailure;
import dev.gantry.runner.action.BuiltinAction;
import dev.gantry.runner.toolchain.Installations;
import dev.gantry.runner.toolchain.Toolchain;
import dev.gantry.runner.toolchain.Version;
import dev.gantry.runner.toolchain.VersionProbe;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code actions/setup-node@v4} on the host: Node.js from {@code PATH}, {@code /usr/local/bin}, {@code /usr/bin},
 * the tool cache and nvm's folders. Besides version ranges it knows the aliases {@code latest}, {@code node},
 * {@code current}, {@code lts/*} (the newest even major found) and {@code lts/<codename>}. Output:
 * {@code node-version} ({@code v20.19.2}, as {@code node --version} prints it).
 */
public final class SetupNode implements BuiltinAction {

    private static final String ACTION = "setup-node";

    /** LTS code names and their major versions. */
    private static final Map<String, Integer> LTS = Map.ofEntries(Map.entry("argon", 4), Map.entry("boron", 6),
            Map.entry("carbon", 8), Map.entry("dubnium", 10), Map.entry("erbium", 12), Map.entry("fermium", 14),
            Map.entry("gallium", 16), Map.entry("hydrogen", 18), Map.entry("iron", 20), Map.entry("jod", 22),
            Map.entry("krypton", 24));

    private final HostProbe probe;

    /** Looks for Node.js with {@code probe}, which remembers what each executable answered. */
    public SetupNode(VersionProbe probe) {
        this.probe = new HostProbe(probe, ACTION);
    }

    public SetupNode() {
        this(VersionProbe.SHARED);
    }

    @Override
    public String name() {
        return "actions/setup-node";
    }

    @Override
    public String metadata() {
        return SetupMetadata.NODE;
    }

    @Override
    public void run(Phase phase, ActionCall call) throws ActionFailure {
        if (phase != Phase.MAIN) {
            return;
        }
        SetupNotices.unsupported(call, ACTION, "registry-url", "scope", "mirror", "architecture");
        SetupNotices.cache(call, ACTION);
        String spec = call.input("node-version").strip();
        if (spec.isEmpty() && !call.input("node-version-file").isBlank()) {
            spec = VersionFiles.read(call, ACTION, "node-version-file", List.of("nodejs", "node"));
        }
        Installations found = discover(call);
        Toolchain node = new ToolchainChoice(ACTION, "Node.js").choose(alias(spec, found), found);
        call.addPath(node.bin());
        call.setOutput("node-version", "v" + node.version());
        call.log("Using Node.js " + node.describe());
    }

    /** The range an alias stands for among the versions found; other specs unchanged. */
    static String alias(String spec, Installations found) {
        String lower = spec.toLowerCase(Locale.ROOT).replaceFirst("^v(?=\\d)", "");
        if (lower.equals("latest") || lower.equals("node") || lower.equals("current")) {
            return "*";
        }
        if (lower.equals("lts/*")) {
            return found.versions().stream().filter(v -> v.major() % 2 == 0).map(Version::major)
                    .max(Integer::compare).map(String::valueOf).orElse(">=0.0.0 <0.0.0");
        }
        if (lower.startsWith("lts/")) {
            Integer major = LTS.get(lower.substring(4));
            return major == null ? spec : String.valueOf(major);
        }
        return lower;
    }

    private Installations discover(ActionCall call) throws ActionFailure {
        List<Path> executables = new ArrayList<>(SearchPaths.onPath(call, "node"::equals));
        executables.add(Path.of("/usr/local/bin/node"));
        executables.add(Path.of("/usr/bin/node"));
        executables.addAll(SearchPaths.toolCache(call, "node", "bin/node"));
        SearchPaths.children(SearchPaths.home(call).resolve(".nvm/versions/node"))
                .forEach(dir -> executables.add(dir.resolve("bin/node")));
        List<Toolchain> toolchains = new ArrayList<>();
        for (Path node : executables) {
            ask(node).ifPresent(toolchains::add);
        }
        return new Installations(toolchains);
    }

    private Optional<Toolchain> ask(Path node) throws ActionFailure {
        return probe.ask(node, "--version").flatMap(Version::find)
                .map(v -> new Toolchain(v, node, HostProbe.prefix(node)));
    }
}
