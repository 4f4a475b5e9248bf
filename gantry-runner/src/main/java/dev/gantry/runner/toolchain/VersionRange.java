package dev.gantry.runner.toolchain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A version range in the subset of npm's semver syntax the setup actions accept: exact versions ({@code 1.2.3},
 * {@code v1.2.3}, {@code =1.2.3}), x-ranges ({@code 20}, {@code 20.x}, {@code 3.11.*}, {@code *}), comparators
 * ({@code >=18 <21}), tilde ({@code ~1.2}), caret ({@code ^0.2.3}), hyphen ranges ({@code 1.2 - 2}) and
 * alternatives joined by {@code ||}. A prerelease version matches only a comparator that names a prerelease of the
 * same {@code major.minor.patch}, as in npm. Written by hand because the rules fit in one small class and no
 * well-kept Java library implements npm's dialect.
 *
 * <p>Immutable and thread-safe.
 */
public final class VersionRange {

    private static final Pattern PARTIAL = Pattern.compile(
            "v?([0-9]+|[xX*])(?:\\.([0-9]+|[xX*]))?(?:\\.([0-9]+|[xX*]))?(?:-([0-9A-Za-z.-]+))?(?:\\+[0-9A-Za-z.-]+)?");
    private static final Pattern OPERATOR = Pattern.compile("(<=|>=|<|>|=|~>|~|\\^)?\\s*(\\S+)");
    private static final Pattern HYPHEN = Pattern.compile("(\\S+)\\s+-\\s+(\\S+)");

    private final String text;
    private final List<List<Bound>> alternatives;

    private VersionRange(String text, List<List<Bound>> alternatives) {
        this.text = text;
        this.alternatives = alternatives;
    }

    /** The range {@code text}, or empty when it is not in the syntax above. */
    public static Optional<VersionRange> parse(String text) {
        List<List<Bound>> alternatives = new ArrayList<>();
        for (String alternative : text.strip().split("\\|\\|", -1)) {
            Optional<List<Bound>> bounds = alternative(alternative.strip());
            if (bounds.isEmpty()) {
                return Optional.empty();
            }
            alternatives.add(bounds.get());
        }
        return Optional.of(new VersionRange(text.strip(), List.copyOf(alternatives)));
    }

    public boolean matches(Version version) {
        return alternatives.stream().anyMatch(bounds -> bounds.stream().allMatch(b -> b.admits(version))
                && (!version.isPrerelease() || bounds.stream().anyMatch(b -> b.allowsPrereleaseOf(version))));
    }

    /** The highest of {@code versions} in this range. */
    public Optional<Version> best(Collection<Version> versions) {
        return versions.stream().filter(this::matches).max(Comparator.naturalOrder());
    }

    @Override
    public String toString() {
        return text;
    }

    private static Optional<List<Bound>> alternative(String text) {
        List<Bound> bounds = new ArrayList<>();
        Matcher hyphen = HYPHEN.matcher(text);
        if (hyphen.matches()) {
            Optional<Partial> low = Partial.parse(hyphen.group(1));
            Optional<Partial> high = Partial.parse(hyphen.group(2));
            if (low.isEmpty() || high.isEmpty()) {
                return Optional.empty();
            }
            low.get().lowest().ifPresent(v -> bounds.add(new Bound(Op.GE, v)));
            high.get().upper(true).ifPresent(bounds::add);
            return Optional.of(bounds);
        }
        // "> = 1.2" is not npm syntax, but ">= 1.2" is: glue operators to their version first.
        String glued = text.replaceAll("(<=|>=|<|>|=|~>|~|\\^)\\s+", "$1");
        for (String word : glued.isEmpty() ? new String[0] : glued.split("\\s+")) {
            Matcher m = OPERATOR.matcher(word);
            if (!m.matches()) {
                return Optional.empty();
            }
            Optional<Partial> partial = Partial.parse(m.group(2));
            if (partial.isEmpty()) {
                return Optional.empty();
            }
            bounds.addAll(partial.get().bounds(m.group(1) == null ? "" : m.group(1)));
        }
        return Optional.of(bounds);
    }

    private enum Op { LT, LE, GT, GE, EQ }

    private record Bound(Op op, Version version) {
        boolean admits(Version v) {
            int c = v.compareTo(version);
            return switch (op) {
                case LT -> c < 0;
                case LE -> c <= 0;
                case GT -> c > 0;
                case GE -> c >= 0;
                case EQ -> c == 0;
            };
        }

        boolean allowsPrereleaseOf(Version v) {
            return version.isPrerelease() && version.release().equals(v.release());
        }
    }

    /** A version with perhaps missing or wildcard parts: {@code 1}, {@code 1.2.x}; -1 stands for a missing part. */
    private record Partial(int major, int minor, int patch, String prerelease) {

        static Optional<Partial> parse(String text) {
            Matcher m = PARTIAL.matcher(text);
            if (!m.matches()) {
                return Optional.empty();
            }
            int major = part(m.group(1));
            int minor = major < 0 ? -1 : part(m.group(2));
            int patch = minor < 0 ? -1 : part(m.group(3));
            return Optional.of(new Partial(major, minor, patch, patch < 0 || m.group(4) == null ? "" : m.group(4)));
        }

        private static int part(String group) {
            return group == null || group.equalsIgnoreCase("x") || group.equals("*") ? -1 : Integer.parseInt(group);
        }

        Version floor() {
            return new Version(Math.max(major, 0), Math.max(minor, 0), Math.max(patch, 0), prerelease);
        }

        Optional<Version> lowest() {
            return major < 0 ? Optional.empty() : Optional.of(floor());
        }

        /** The first version past the partial's last given part: {@code 1.2} → {@code 1.3.0}. */
        Version next() {
            if (minor < 0) {
                return Version.of(major + 1, 0, 0);
            }
            return patch < 0 ? Version.of(major, minor + 1, 0) : Version.of(major, minor, patch + 1);
        }

        Optional<Bound> upper(boolean inclusive) {
            if (major < 0) {
                return Optional.empty();
            }
            if (patch < 0) {
                return Optional.of(new Bound(Op.LT, next()));
            }
            return Optional.of(new Bound(inclusive ? Op.LE : Op.LT, floor()));
        }

        List<Bound> bounds(String operator) {
            boolean exact = patch >= 0;
            return switch (operator) {
                case "", "=" -> exact ? List.of(new Bound(Op.EQ, floor())) : wildcard();
                case ">=" -> lowest().map(v -> List.of(new Bound(Op.GE, v))).orElse(List.of());
                case ">" -> major < 0 ? List.of(new Bound(Op.LT, Version.of(0, 0, 0)))
                        : List.of(exact ? new Bound(Op.GT, floor()) : new Bound(Op.GE, next()));
                case "<" -> major < 0 ? List.of(new Bound(Op.LT, Version.of(0, 0, 0)))
                        : List.of(new Bound(Op.LT, floor()));
                case "<=" -> upper(true).map(List::of).orElse(List.of());
                case "~", "~>" -> tilde();
                case "^" -> caret();
                default -> throw new IllegalStateException("operator " + operator);
            };
        }

        private List<Bound> wildcard() {
            return major < 0 ? List.of() : List.of(new Bound(Op.GE, floor()), new Bound(Op.LT, next()));
        }

        private List<Bound> tilde() {
            if (major < 0) {
                return List.of();
            }
            Version upper = minor < 0 ? Version.of(major + 1, 0, 0) : Version.of(major, minor + 1, 0);
            return List.of(new Bound(Op.GE, floor()), new Bound(Op.LT, upper));
        }

        private List<Bound> caret() {
            if (major < 0) {
                return List.of();
            }
            Version upper;
            if (major > 0 || minor < 0) {
                upper = Version.of(major + 1, 0, 0);
            } else if (minor > 0 || patch < 0) {
                upper = Version.of(0, minor + 1, 0);
            } else {
                upper = Version.of(0, 0, patch + 1);
            }
            return List.of(new Bound(Op.GE, floor()), new Bound(Op.LT, upper));
        }
    }
}
