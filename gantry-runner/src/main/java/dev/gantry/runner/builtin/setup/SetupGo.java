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
import java.util.Optional;

/**
 * {@code actions/setup-go@v5} on the host: Go from {@code PATH}, {@code /usr/local/go}, {@code /usr/lib/go-*}
 * and the tool cache, as {@code go version} states it. {@code go-version-file} reads {@code go.mod}'s
 * {@code toolchain} line, else its {@code go} line. Output: {@code go-version} ({@code 1.22.1}).
 */
public final class SetupGo implements BuiltinAction {

    private static final String ACTION = "setup-go";

    private final HostProbe probe;

    /** Looks for Go with {@code probe}, which remembers what each executable answered. */
    public SetupGo(VersionProbe probe) {
        this.probe = new HostProbe(probe, ACTION);
    }

    public SetupGo() {
        this(VersionProbe.SHARED);
    }

    @Override
    public String name() {
        return "actions/setup-go";
    }

    @Override
    public String metadata() {
        return SetupMetadata.GO;
    }

    @Override
    public void run(Phase phase, ActionCall call) throws ActionFailure {
        if (phase != Phase.MAIN) {
            return;
        }
        SetupNotices.unsupported(call, ACTION, "architecture");
        if (!call.input("cache-dependency-path").isBlank()) {
            call.log("Notice: %s does not cache modules; use actions/cache for that".formatted(ACTION));
        }
        String spec = call.input("go-version").strip();
        if (spec.isEmpty() && !call.input("go-version-file").isBlank()) {
            spec = VersionFiles.read(call, ACTION, "go-version-file", List.of("golang", "go"));
        }
        Installations found = discover(call);
        Toolchain go = new ToolchainChoice(ACTION, "Go").choose(spec.replaceFirst("^go(?=\\d)", ""), found);
        call.addPath(go.bin());
        call.setOutput("go-version", go.version().toString());
        call.log("Using Go " + go.describe());
    }

    private Installations discover(ActionCall call) throws ActionFailure {
        List<Path> executables = new ArrayList<>(SearchPaths.onPath(call, "go"::equals));
        executables.add(Path.of("/usr/local/go/bin/go"));
        SearchPaths.children(Path.of("/usr/lib")).stream()
                .filter(p -> p.getFileName().toString().startsWith("go-"))
                .forEach(p -> executables.add(p.resolve("bin/go")));
        executables.addAll(SearchPaths.toolCache(call, "go", "bin/go"));
        List<Toolchain> toolchains = new ArrayList<>();
        for (Path go : executables) {
            ask(go).ifPresent(toolchains::add);
        }
        return new Installations(toolchains);
    }

    private Optional<Toolchain> ask(Path go) throws ActionFailure {
        // "go version go1.22.1 linux/amd64"
        return probe.ask(go, "version").map(s -> s.replaceFirst("^go version ", "")).flatMap(Version::find)
                .map(v -> new Toolchain(v, go, HostProbe.prefix(go)));
    }
}
