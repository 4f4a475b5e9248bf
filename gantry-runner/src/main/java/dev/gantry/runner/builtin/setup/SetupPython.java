package dev.gantry.runner.builtin.setup;

import dev.gantry.runner.action.ActionCall;
import dev.gantry.runner.action.ActionFailure;
import dev.gantry.runner.action.BuiltinAction;
import dev.gantry.runner.toolchain.Installations;
import dev.gantry.runner.toolchain.Toolchain;
import dev.gantry.runner.toolchain.Version;
import dev.gantry.runner.toolchain.VersionProbe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code actions/setup-python@v5} on the host: CPython from {@code python3*} on {@code PATH},
 * {@code /usr/bin/python3.*} and the tool cache. Each candidate states its version and its real interpreter (so a
 * pyenv shim counts as the interpreter behind it). Because the interpreter's folder may hold other Pythons under
 * the names {@code python3} and {@code python}, the step puts a folder of its own in front of {@code PATH}, in the
 * job's temp folder, where both names lead to the chosen interpreter. Outputs {@code python-version} and
 * {@code python-path}; exports {@code pythonLocation} and {@code Python_ROOT_DIR} unless
 * {@code update-environment} is false.
 */
public final class SetupPython implements BuiltinAction {

    private static final String ACTION = "setup-python";
    private static final Pattern MAJOR_MINOR = Pattern.compile("(\\d+)\\.(\\d+)");
    private static final String ASK = "import platform, sys; print(platform.python_version()); print(sys.executable)";

    private final HostProbe probe;

    /** Looks for Python with {@code probe}, which remembers what each executable answered. */
    public SetupPython(VersionProbe probe) {
        this.probe = new HostProbe(probe, ACTION);
    }

    public SetupPython() {
        this(VersionProbe.SHARED);
    }

    @Override
    public String name() {
        return "actions/setup-python";
    }

    @Override
    public String metadata() {
        return SetupMetadata.PYTHON;
    }

    @Override
    public void run(Phase phase, ActionCall call) throws ActionFailure {
        if (phase != Phase.MAIN) {
            return;
        }
        SetupNotices.unsupported(call, ACTION, "architecture");
        SetupNotices.cache(call, ACTION);
        String spec = call.input("python-version").strip();
        String file = call.input("python-version-file").strip();
        if (spec.isEmpty() && (!file.isEmpty() || Files.isRegularFile(call.workspace().resolve(".python-version")))) {
            spec = VersionFiles.read(call, ACTION, "python-version-file", file.isEmpty() ? ".python-version" : file,
                    List.of("python"));
        }
        if (spec.toLowerCase(Locale.ROOT).startsWith("pypy") || spec.toLowerCase(Locale.ROOT).startsWith("graalpy")) {
            throw new ActionFailure(ACTION + ": only CPython is looked for on this host, not '" + spec + "'");
        }
        Installations found = discover(call);
        if (call.input("allow-prereleases").equalsIgnoreCase("true")) {
            spec = withPrereleases(spec);
        }
        Toolchain python = new ToolchainChoice(ACTION, "Python").choose(spec, found);
        if (!call.input("update-environment").equalsIgnoreCase("false")) {
            call.addPath(python.bin());
            call.addPath(links(call, python));
            call.exportVariable("pythonLocation", python.home().toString());
            call.exportVariable("Python_ROOT_DIR", python.home().toString());
            call.exportVariable("Python3_ROOT_DIR", python.home().toString());
        }
        call.setOutput("python-version", python.version().toString());
        call.setOutput("python-path", python.executable().toString());
        call.log("Using Python " + python.describe());
    }

    /**
     * {@code 3.14} → {@code >=3.14.0-0 <3.15.0}: a {@code major.minor} spec that also admits that minor's
     * prereleases (a range excludes prereleases unless it names one of the same version, as in npm).
     */
    static String withPrereleases(String spec) {
        Matcher m = MAJOR_MINOR.matcher(spec);
        return m.matches() ? ">=%s.%s.0-0 <%s.%d.0".formatted(m.group(1), m.group(2), m.group(1),
                Integer.parseInt(m.group(2)) + 1) : spec;
    }

    private Installations discover(ActionCall call) throws ActionFailure {
        List<Path> executables = new ArrayList<>(SearchPaths.onPath(call, n -> n.matches("python3(\\.\\d+)?")));
        SearchPaths.children(Path.of("/usr/bin")).stream()
                .filter(p -> p.getFileName().toString().matches("python3\\.\\d+")).forEach(executables::add);
        executables.addAll(SearchPaths.toolCache(call, "Python", "bin/python3"));
        List<Toolchain> toolchains = new ArrayList<>();
        for (Path candidate : executables) {
            ask(candidate).ifPresent(toolchains::add);
        }
        return new Installations(toolchains);
    }

    private Optional<Toolchain> ask(Path candidate) throws ActionFailure {
        Optional<List<String>> lines = probe.ask(candidate, "-c", ASK).map(s -> s.lines().toList());
        if (lines.isEmpty() || lines.get().size() < 2) {
            return Optional.empty();
        }
        Path interpreter = Path.of(lines.get().get(1).strip());
        if (!interpreter.isAbsolute()) {
            return Optional.empty();
        }
        return Version.find(lines.get().get(0))
                .map(v -> new Toolchain(v, interpreter, HostProbe.prefix(interpreter)));
    }

    /** A folder in the job's temp where {@code python}, {@code python3} and {@code python3.N} are the interpreter. */
    private static Path links(ActionCall call, Toolchain python) throws ActionFailure {
        Version v = python.version();
        Path folder = call.temp().resolve("setup-python").resolve(v.toString()).resolve("bin");
        try {
            Files.createDirectories(folder);
            for (String name : List.of("python", "python3", "python" + v.major() + "." + v.minor())) {
                Path link = folder.resolve(name);
                Files.deleteIfExists(link);
                Files.createSymbolicLink(link, python.executable());
            }
        } catch (IOException e) {
            throw new ActionFailure("%s: could not link Python %s into %s: %s".formatted(ACTION, v, folder,
                    e.getMessage()));
        }
        return folder;
    }
}
