package dev.gantry.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One row of act's runner corpus ({@code runner/act/MANIFEST.tsv}) that {@code gantry run} can run on this host:
 * its harness is {@code host-linux}, {@code container} or {@code host-non-windows}, and none of its program files
 * were left out of the copy; either it uses no remote action or image (the eligible set), or the only
 * remote actions it uses are ones Gantry has built in, and no image ({@code builtinsOnly}: the larger set).
 *
 * @param caseDir         the workflow folder, relative to {@code testdata/}
 * @param event           the event act's test sends
 * @param expected        {@code success} or {@code failure}
 * @param harness         how act's test runs it
 * @param extraAssertions what act's test passes besides the event (inputs, secrets), in words
 * @param builtinsOnly    the row uses remote actions, all of them built into Gantry
 */
record ActRunnerRow(String caseDir, String event, String expected, String harness, String extraAssertions,
                    boolean builtinsOnly) {

    /** {@code uses:} values and image references in the YAML files of a case folder. */
    private static final Pattern USES = Pattern.compile("(?m)^\\s*-?\\s*uses:\\s*['\"]?([^'\"\\s#]+)");
    private static final Pattern IMAGE = Pattern.compile("(?m)^\\s*(container|image):|docker://");
    private static final Pattern ENTRY_POINT = Pattern.compile("(?m)^\\s*(?:pre|main|post):\\s*['\"]?([^'\"\\s#]+)");

    static final Set<String> HOST_HARNESSES = Set.of("host-linux", "container", "host-non-windows");

    /**
     * The rows of {@code manifest} this host runs, in file order; {@code builtins} are the remote actions Gantry has
     * built in ({@code owner/repo[/path]}, lower case). Blocking read; an unreadable file throws.
     */
    static List<ActRunnerRow> read(Path manifest, Path testdata, Set<String> builtins) {
        List<String> lines;
        try {
            lines = Files.readAllLines(manifest);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + manifest, e);
        }
        List<String> header = Arrays.asList(lines.getFirst().split("\t", -1));
        List<ActRunnerRow> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            String harness = cell(header, cells, "harness");
            if (!HOST_HARNESSES.contains(harness) || !cell(header, cells, "omitted_program_files").isBlank()) {
                continue;
            }
            String caseDir = cell(header, cells, "case_dir");
            boolean remote = !cell(header, cells, "uses_remote_actions_or_images").equals("no");
            if (!remote || onlyBuiltins(testdata, testdata.resolve(caseDir), builtins)) {
                rows.add(new ActRunnerRow(caseDir, cell(header, cells, "event"), cell(header, cells, "expected"),
                        harness, cell(header, cells, "extra_assertions"), remote));
            }
        }
        return rows;
    }

    /** Whether every remote action the case's YAML files use is built in, and none names an image. */
    private static boolean onlyBuiltins(Path workspace, Path caseFolder, Set<String> builtins) {
        try (Stream<Path> files = Files.walk(caseFolder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yml") || f.toString().endsWith(".yaml"))
                    .toList()) {
                String text = Files.readString(file);
                if (IMAGE.matcher(text).find()) {
                    return false;
                }
                Matcher uses = USES.matcher(text);
                while (uses.find()) {
                    String target = uses.group(1);
                    if (target.startsWith("./") && !programFilesPresent(workspace.resolve(target).normalize())) {
                        return false;
                    }
                    if (!target.startsWith("./") && (target.indexOf('@') < 0
                            || !builtins.contains(target.substring(0, target.indexOf('@')).toLowerCase(Locale.ROOT)))) {
                        return false;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + caseFolder, e);
        }
        return true;
    }

    /**
     * Whether a local action's program files are in the copy: the corpus leaves out JavaScript sources, so a JS
     * action whose entry points are missing cannot run (a composite action has none).
     */
    private static boolean programFilesPresent(Path action) throws IOException {
        Path metadata = action.resolve("action.yml");
        if (!Files.isRegularFile(metadata)) {
            metadata = action.resolve("action.yaml");
        }
        if (!Files.isRegularFile(metadata)) {
            return true;
        }
        Matcher entry = ENTRY_POINT.matcher(Files.readString(metadata));
        while (entry.find()) {
            if (!Files.isRegularFile(action.resolve(entry.group(1)))) {
                return false;
            }
        }
        return true;
    }

    private static String cell(List<String> header, String[] cells, String column) {
        int index = header.indexOf(column);
        if (index < 0) {
            throw new IllegalStateException("MANIFEST.tsv has no column " + column);
        }
        return index < cells.length ? cells[index].strip() : "";
    }
}
