package dev.gantry.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * One row of act's runner corpus ({@code runner/act/MANIFEST.tsv}) that {@code gantry run} can run on this host:
 * its harness is {@code host-linux}, {@code container} or {@code host-non-windows}, it uses no remote action or
 * image, and none of its program files were left out of the copy.
 *
 * @param caseDir         the workflow folder, relative to {@code testdata/}
 * @param event           the event act's test sends
 * @param expected        {@code success} or {@code failure}
 * @param harness         how act's test runs it
 * @param extraAssertions what act's test passes besides the event (inputs, secrets), in words
 */
record ActRunnerRow(String caseDir, String event, String expected, String harness, String extraAssertions) {

    static final Set<String> HOST_HARNESSES = Set.of("host-linux", "container", "host-non-windows");

    /** The rows of {@code manifest} this host runs, in file order. Blocking read; an unreadable file throws. */
    static List<ActRunnerRow> read(Path manifest) {
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
            if (HOST_HARNESSES.contains(harness)
                    && cell(header, cells, "uses_remote_actions_or_images").equals("no")
                    && cell(header, cells, "omitted_program_files").isBlank()) {
                rows.add(new ActRunnerRow(cell(header, cells, "case_dir"), cell(header, cells, "event"),
                        cell(header, cells, "expected"), harness, cell(header, cells, "extra_assertions")));
            }
        }
        return rows;
    }

    private static String cell(List<String> header, String[] cells, String column) {
        int index = header.indexOf(column);
        if (index < 0) {
            throw new IllegalStateException("MANIFEST.tsv has no column " + column);
        }
        return index < cells.length ? cells[index].strip() : "";
    }
}
