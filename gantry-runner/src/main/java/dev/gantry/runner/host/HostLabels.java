package dev.gantry.runner.host;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The {@code runs-on} labels this host serves, as a self-hosted runner would: {@code self-hosted}, its OS and
 * architecture ({@code linux}, {@code x64} or {@code arm64}), and the common GitHub-hosted labels of that OS, which
 * run on the host itself. Labels compare case-insensitively, as on GitHub.
 */
public record HostLabels(Set<String> labels) {

    private static final List<String> HOSTED_LINUX = List.of("ubuntu-latest", "ubuntu-24.04", "ubuntu-22.04",
            "ubuntu-20.04", "ubuntu-24.04-arm", "ubuntu-22.04-arm", "linux-latest");

    public HostLabels {
        labels = Set.copyOf(labels.stream().map(l -> l.toLowerCase(Locale.ROOT)).toList());
    }

    /** The labels of this machine, from Java's {@code os.name} and {@code os.arch}. */
    public static HostLabels ofThisHost() {
        return of(System.getProperty("os.name"), System.getProperty("os.arch"));
    }

    static HostLabels of(String osName, String osArch) {
        List<String> out = new ArrayList<>(List.of("self-hosted"));
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            out.addAll(List.of("windows", "windows-latest", "windows-2022", "windows-2025"));
        } else if (os.startsWith("mac") || os.startsWith("darwin")) {
            out.addAll(List.of("macos", "macos-latest", "macos-15", "macos-14", "macos-13"));
        } else {
            out.add("linux");
            out.addAll(HOSTED_LINUX);
        }
        out.add(switch (osArch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64", "x64" -> "x64";
            case "aarch64", "arm64" -> "arm64";
            case String s when s.startsWith("arm") -> "arm";
            default -> "x86";
        });
        return new HostLabels(Set.copyOf(out));
    }

    /** The labels of {@code wanted} this host does not serve; empty when it can run the job. */
    public List<String> missing(List<String> wanted) {
        return wanted.stream().filter(l -> !labels.contains(l.strip().toLowerCase(Locale.ROOT))).toList();
    }
}
