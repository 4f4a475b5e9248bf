package dev.gantry.runner.toolchain;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A release number {@code major.minor.patch[-prerelease]}, ordered as semver orders them (a prerelease sorts before
 * its release; prerelease texts compare as strings, which is enough for the tools found on a host).
 *
 * @param prerelease empty for a release
 */
public record Version(int major, int minor, int patch, String prerelease) implements Comparable<Version> {

    private static final Pattern FIRST = Pattern.compile("(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?(?:[-+]?([0-9A-Za-z.]*[A-Za-z][0-9A-Za-z.]*))?");

    private static final Comparator<Version> ORDER = Comparator.comparingInt(Version::major)
            .thenComparingInt(Version::minor)
            .thenComparingInt(Version::patch)
            .thenComparing(Version::prerelease, (a, b) -> a.isEmpty() || b.isEmpty()
                    ? Boolean.compare(a.isEmpty(), b.isEmpty()) : a.compareTo(b));

    public Version {
        if (major < 0 || minor < 0 || patch < 0) {
            throw new IllegalArgumentException("version numbers must not be negative: %d.%d.%d".formatted(major, minor, patch));
        }
        Objects.requireNonNull(prerelease, "prerelease");
    }

    public static Version of(int major, int minor, int patch) {
        return new Version(major, minor, patch, "");
    }

    /**
     * The first version number in {@code text}: {@code v20.19.2}, {@code Python 3.11.7}, {@code go1.22.1},
     * {@code 1.21rc2} (prerelease {@code rc2}); missing minor and patch numbers are 0.
     */
    public static Optional<Version> find(String text) {
        Matcher m = FIRST.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Version(Integer.parseInt(m.group(1)), number(m.group(2)), number(m.group(3)),
                    m.group(4) == null ? "" : m.group(4)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static int number(String group) {
        return group == null ? 0 : Integer.parseInt(group);
    }

    public boolean isPrerelease() {
        return !prerelease.isEmpty();
    }

    /** The same numbers without the prerelease. */
    public Version release() {
        return of(major, minor, patch);
    }

    @Override
    public int compareTo(Version other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return major + "." + minor + "." + patch + (prerelease.isEmpty() ? "" : "-" + prerelease);
    }
}
