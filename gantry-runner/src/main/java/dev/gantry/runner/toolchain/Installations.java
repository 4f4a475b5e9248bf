package dev.gantry.runner.toolchain;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The toolchains of one kind found on this host, in discovery order (those on {@code PATH} first), without two
 * entries for the same executable reached through different links.
 */
public record Installations(List<Toolchain> toolchains) {

    public Installations {
        List<Toolchain> unique = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Toolchain t : toolchains) {
            if (seen.add(realPath(t.executable()))) {
                unique.add(t);
            }
        }
        toolchains = List.copyOf(unique);
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    /** The highest version in {@code range}; among equal versions the one found first. */
    public Optional<Toolchain> best(VersionRange range) {
        return toolchains.stream().filter(t -> range.matches(t.version()))
                .max(Comparator.comparing(Toolchain::version).thenComparing(t -> -toolchains.indexOf(t)));
    }

    public Optional<Toolchain> first() {
        return toolchains.stream().findFirst();
    }

    public List<Version> versions() {
        return toolchains.stream().map(Toolchain::version).toList();
    }

    /** {@code 20.19.2 (/usr/bin/node), 18.20.0 (/opt/node18/bin/node)}, or {@code none}. */
    public String describe() {
        return toolchains.isEmpty() ? "none"
                : toolchains.stream().map(Toolchain::describe).collect(Collectors.joining(", "));
    }
}
