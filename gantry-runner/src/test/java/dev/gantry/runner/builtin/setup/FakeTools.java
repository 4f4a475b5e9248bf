package dev.gantry.runner.builtin.setup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Toolchain folders whose programs are shell scripts printing a version, for the range logic. */
final class FakeTools {

    private FakeTools() {}

    /** An executable {@code file} running {@code body} with {@code sh}. */
    static Path script(Path file, String body) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    static Path node(Path bin, String version) throws IOException {
        return script(bin.resolve("node"), "echo v" + version);
    }

    /** A python that answers the setup action's question: its version, then itself as the interpreter. */
    static Path python(Path file, String version) throws IOException {
        return script(file, "echo " + version + "\necho \"$0\"");
    }

    static Path go(Path bin, String version) throws IOException {
        return script(bin.resolve("go"), "echo go version go" + version + " linux/amd64");
    }

    /** A JDK folder: {@code bin/java} and a {@code release} file. */
    static Path jdk(Path home, String version, String implementor) throws IOException {
        script(home.resolve("bin/java"), "echo java");
        Files.writeString(home.resolve("release"),
                "IMPLEMENTOR=\"%s\"\nJAVA_VERSION=\"%s\"\n".formatted(implementor, version));
        return home;
    }
}
