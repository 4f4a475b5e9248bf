package dev.gantry.runner.builtin.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One line of a {@code path} input, made absolute: {@code ~} and {@code ~/…} stand for {@code home}, a relative
 * pattern lies under {@code workspace}, {@code .} and {@code ..} segments are folded away. Matches a path whose
 * segments it matches or one of whose ancestors it matches (a matched folder covers everything below it).
 *
 * @param text     the line as written, without its {@code !} marks
 * @param negated  an odd number of leading {@code !}: the pattern excludes
 * @param segments the absolute pattern's segments; a segment may hold {@code *}, {@code ?}, {@code [..]}, or be
 *                 {@code **}
 */
public record PathPattern(String text, boolean negated, List<String> segments) {

    public PathPattern {
        Objects.requireNonNull(text, "text");
        segments = List.copyOf(segments);
    }

    /** The patterns of a multi-line input; blank lines and {@code #} comments are skipped. */
    public static List<PathPattern> parseLines(String input, Path workspace, Path home) {
        List<PathPattern> out = new ArrayList<>();
        for (String raw : input.split("\\R", -1)) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            boolean negated = false;
            while (line.startsWith("!")) {
                negated = !negated;
                line = line.substring(1).strip();
            }
            if (!line.isEmpty()) {
                out.add(new PathPattern(line, negated, absoluteSegments(line, workspace, home)));
            }
        }
        return out;
    }

    private static List<String> absoluteSegments(String line, Path workspace, Path home) {
        String text = line.replace('\\', '/');
        Path base;
        if (text.equals("~") || text.startsWith("~/")) {
            base = home;
            text = text.substring(1);
        } else if (text.startsWith("/")) {
            base = Path.of("/");
        } else {
            base = workspace;
        }
        List<String> segments = new ArrayList<>();
        base.toAbsolutePath().normalize().forEach(part -> segments.add(part.toString()));
        for (String segment : text.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (!segments.isEmpty()) {
                    segments.removeLast();
                }
                continue;
            }
            segments.add(segment);
        }
        return segments;
    }

    /** The folder a search for this pattern starts from: its longest prefix without wildcards. */
    public Path searchRoot() {
        Path root = Path.of("/");
        for (String segment : segments) {
            if (hasWildcard(segment)) {
                break;
            }
            root = root.resolve(segment);
        }
        return root;
    }

    /** True when the pattern matches {@code path} (absolute, normalized) or one of its ancestors. */
    public boolean matches(Path path) {
        List<String> parts = new ArrayList<>();
        path.forEach(part -> parts.add(part.toString()));
        for (int length = 1; length <= parts.size(); length++) {
            if (match(0, parts, 0, length)) {
                return true;
            }
        }
        return false;
    }

    static boolean hasWildcard(String segment) {
        return segment.indexOf('*') >= 0 || segment.indexOf('?') >= 0 || segment.indexOf('[') >= 0;
    }

    private boolean match(int p, List<String> path, int s, int end) {
        if (p == segments.size()) {
            return s == end;
        }
        if (segments.get(p).equals("**")) {
            for (int skip = s; skip <= end; skip++) {
                if (match(p + 1, path, skip, end)) {
                    return true;
                }
            }
            return false;
        }
        return s < end && SegmentMatcher.matches(segments.get(p), path.get(s)) && match(p + 1, path, s + 1, end);
    }
}
