package dev.gantry.runner.builtin.setup;

import dev.gantry.runner.action.ActionCall;
import dev.gantry.runner.toolchain.Installations;
import dev.gantry.runner.toolchain.Toolchain;
import dev.gantry.runner.toolchain.Version;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The JDKs on this host: {@code JAVA_HOME}, {@code JAVA_HOME_<major>_<arch>}, {@code /usr/lib/jvm/*} and the tool
 * cache ({@code Java_*_jdk/<version>/<arch>}). A folder counts when it has {@code bin/java} and a {@code release}
 * file stating {@code JAVA_VERSION}; nothing is started. Stateless.
 */
final class JdkFolders {

    /** A JDK found, with the vendor its {@code release} file names ({@code IMPLEMENTOR}), perhaps empty. */
    record Jdk(Toolchain toolchain, String implementor) {}

    private JdkFolders() {}

    static List<Jdk> find(ActionCall call, Path systemFolder) {
        List<Path> homes = new ArrayList<>();
        Map<String, String> env = call.environment();
        Optional.ofNullable(env.get("JAVA_HOME")).filter(s -> !s.isBlank()).map(Path::of).ifPresent(homes::add);
        env.entrySet().stream().filter(e -> e.getKey().matches("JAVA_HOME_\\d+_[A-Z0-9]+"))
                .sorted(Map.Entry.comparingByKey()).map(e -> Path.of(e.getValue())).forEach(homes::add);
        homes.addAll(SearchPaths.children(systemFolder));
        SearchPaths.children(call.toolCache()).stream()
                .filter(p -> p.getFileName().toString().matches("Java_.*_jdk"))
                .flatMap(p -> SearchPaths.children(p).stream())
                .map(version -> version.resolve(SearchPaths.architecture()))
                .forEach(homes::add);
        List<Jdk> jdks = new ArrayList<>();
        List<Path> seen = new ArrayList<>();
        for (Path home : homes) {
            Path real = realPath(home);
            if (!seen.contains(real)) {
                seen.add(real);
                read(real).ifPresent(jdks::add);
            }
        }
        return jdks;
    }

    static Installations installations(List<Jdk> jdks) {
        return new Installations(jdks.stream().map(Jdk::toolchain).toList());
    }

    /** The JDK in {@code home}, when it is one. */
    static Optional<Jdk> read(Path home) {
        Path java = home.resolve("bin").resolve("java");
        Path release = home.resolve("release");
        if (!Files.isExecutable(java) || !Files.isRegularFile(release)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(Files.readString(release)));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        String implementor = unquote(properties.getProperty("IMPLEMENTOR", ""));
        return Optional.ofNullable(properties.getProperty("JAVA_VERSION")).map(JdkFolders::unquote)
                .flatMap(Version::find).map(JdkFolders::modern)
                .map(v -> new Jdk(new Toolchain(v, java, home), implementor));
    }

    /** {@code 1.8.0} (the old numbering) as {@code 8.0.0}. */
    static Version modern(Version v) {
        return v.major() == 1 && v.minor() >= 2 ? Version.of(v.minor(), 0, v.patch()) : v;
    }

    private static String unquote(String value) {
        String s = value.strip();
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
