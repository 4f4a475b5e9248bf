package dev.gantry.runner.toolchain;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A toolchain installed on this host.
 *
 * @param version    the version it reported (or its metadata files state)
 * @param executable the program that runs it ({@code bin/node}, {@code bin/java}, the python interpreter)
 * @param home       its installation folder ({@code JAVA_HOME}, {@code GOROOT}, the node prefix)
 */
public record Toolchain(Version version, Path executable, Path home) {

    public Toolchain {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(executable, "executable");
        Objects.requireNonNull(home, "home");
    }

    /** The folder holding the executable, the one to put on {@code PATH}. */
    public Path bin() {
        return executable.getParent();
    }

    /** {@code 20.19.2 (/usr/bin/node)}, as failure messages list what was found. */
    public String describe() {
        return version + " (" + executable + ")";
    }
}
