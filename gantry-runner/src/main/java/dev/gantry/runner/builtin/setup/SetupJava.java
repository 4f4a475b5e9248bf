package dev.gantry.runner.builtin.setup;

import dev.gantry.runner.action.ActionCall;
import dev.gantry.runner.action.ActionFailure;
import dev.gantry.runner.action.BuiltinAction;
import dev.gantry.runner.builtin.setup.JdkFolders.Jdk;
import dev.gantry.runner.toolchain.Toolchain;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code actions/setup-java@v4} on the host: a JDK from {@code JAVA_HOME}, {@code JAVA_HOME_<major>_<arch>},
 * {@code /usr/lib/jvm} or the tool cache, its version read from its {@code release} file. Among the JDKs in the
 * requested range, one from the requested distribution's vendor is preferred; when only others match, the step
 * uses the highest of them and logs a notice. Exports {@code JAVA_HOME} and {@code JAVA_HOME_<major>_<ARCH>};
 * outputs {@code distribution}, {@code version}, {@code path}.
 */
public final class SetupJava implements BuiltinAction {

    private static final String ACTION = "setup-java";

    /** Words the {@code IMPLEMENTOR} of each distribution's {@code release} file contains, lower case. */
    private static final Map<String, List<String>> VENDORS = Map.ofEntries(
            Map.entry("temurin", List.of("adoptium", "adoptopenjdk")), Map.entry("adopt", List.of("adoptopenjdk")),
            Map.entry("adopt-hotspot", List.of("adoptopenjdk")), Map.entry("adopt-openj9", List.of("adoptopenjdk")),
            Map.entry("zulu", List.of("azul")), Map.entry("corretto", List.of("amazon")),
            Map.entry("microsoft", List.of("microsoft")), Map.entry("liberica", List.of("bellsoft")),
            Map.entry("oracle", List.of("oracle")), Map.entry("semeru", List.of("ibm", "openj9")),
            Map.entry("sapmachine", List.of("sap")), Map.entry("graalvm", List.of("graalvm", "oracle")),
            Map.entry("dragonwell", List.of("alibaba")), Map.entry("jetbrains", List.of("jetbrains")),
            Map.entry("kona", List.of("tencent")));

    private final Path systemFolder;

    /** Looks in {@code systemFolder} ({@code /usr/lib/jvm} on Debian and Ubuntu) besides the variables and the tool cache. */
    public SetupJava(Path systemFolder) {
        this.systemFolder = systemFolder;
    }

    public SetupJava() {
        this(Path.of("/usr/lib/jvm"));
    }

    @Override
    public String name() {
        return "actions/setup-java";
    }

    @Override
    public String metadata() {
        return SetupMetadata.JAVA;
    }

    @Override
    public void run(Phase phase, ActionCall call) throws ActionFailure {
        if (phase != Phase.MAIN) {
            return;
        }
        String distribution = call.input("distribution").strip();
        if (distribution.isEmpty()) {
            throw new ActionFailure(ACTION + ": the input 'distribution' is required (for example temurin)");
        }
        SetupNotices.unsupported(call, ACTION, "jdkFile", "architecture", "gpg-private-key");
        SetupNotices.cache(call, ACTION);
        String spec = spec(call);
        List<Jdk> jdks = JdkFolders.find(call, systemFolder);
        ToolchainChoice choice = new ToolchainChoice(ACTION, "Java");
        List<Jdk> fromVendor = jdks.stream().filter(j -> fromVendor(j, distribution)).toList();
        Toolchain java;
        try {
            java = choice.choose(spec, JdkFolders.installations(fromVendor));
        } catch (ActionFailure notFromVendor) {
            Toolchain other = choice.choose(spec, JdkFolders.installations(jdks));
            String vendor = jdks.stream().filter(j -> j.toolchain().equals(other)).findFirst()
                    .map(Jdk::implementor).filter(v -> !v.isEmpty()).map(v -> " from " + v).orElse("");
            call.log("Notice: %s: no %s JDK matching '%s' on this host; using %s%s".formatted(
                    ACTION, distribution, spec, other.describe(), vendor));
            java = other;
        }
        apply(call, java, distribution);
    }

    private static void apply(ActionCall call, Toolchain java, String distribution) {
        String home = java.home().toString();
        call.exportVariable("JAVA_HOME", home);
        call.exportVariable("JAVA_HOME_%d_%s".formatted(java.version().major(),
                SearchPaths.architecture().toUpperCase(Locale.ROOT)), home);
        call.addPath(java.bin());
        call.setOutput("distribution", distribution);
        call.setOutput("version", java.version().toString());
        call.setOutput("path", home);
        call.log("Using Java " + java.describe());
    }

    private static String spec(ActionCall call) throws ActionFailure {
        String spec = call.input("java-version").strip();
        if (spec.isEmpty() && !call.input("java-version-file").isBlank()) {
            // .tool-versions says "java temurin-17.0.2+8": keep the number after the vendor.
            spec = VersionFiles.read(call, ACTION, "java-version-file", List.of("java"))
                    .replaceFirst("^[A-Za-z][A-Za-z.-]*-(?=\\d)", "").replaceFirst("\\+.*$", "");
        }
        if (spec.isEmpty()) {
            throw new ActionFailure(ACTION + ": java-version or java-version-file input expected");
        }
        if (spec.equalsIgnoreCase("latest")) {
            return "*";
        }
        return spec.replaceFirst("^1\\.(?=[2-8](\\D|$))", "");
    }

    private static boolean fromVendor(Jdk jdk, String distribution) {
        String implementor = jdk.implementor().toLowerCase(Locale.ROOT);
        return Optional.ofNullable(VENDORS.get(distribution.toLowerCase(Locale.ROOT))).orElse(List.of()).stream()
                .anyMatch(implementor::contains);
    }
}
