package dev.gantry.workflow.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The vectors of one corpus that are known to fail, with the reason, read from
 * {@code conformance/known-failures/<corpus>.tsv} (columns: vector id, reason; {@code #} lines are comments).
 * A missing file means no known failures.
 */
public record KnownFailures(String corpus, Map<String, String> reasons) {

    public KnownFailures {
        reasons = Map.copyOf(reasons);
    }

    public static KnownFailures load(String corpus) {
        Path file = ConformanceData.knownFailures(corpus);
        Map<String, String> reasons = new LinkedHashMap<>();
        if (Files.isRegularFile(file)) {
            try {
                for (String line : Files.readAllLines(file)) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] cells = line.stripTrailing().split("\t", 2);
                    reasons.put(cells[0], cells.length > 1 ? cells[1].strip() : "");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new KnownFailures(corpus, reasons);
    }

    public boolean contains(String id) {
        return reasons.containsKey(id);
    }

    public Set<String> ids() {
        return reasons.keySet();
    }

    /** A vector id made safe for one TSV cell: backslashes, tabs and line breaks escaped. */
    public static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n");
    }

    /** Prints {@link #rateLine}. */
    public static void printRate(String corpus, int passed, int total) {
        System.out.println(rateLine(corpus, passed, total));
    }

    /** The rate line every conformance test prints: {@code CONFORMANCE name: 12/14 passed (85.7%)}. */
    public static String rateLine(String corpus, int passed, int total) {
        double pct = total == 0 ? 100.0 : 100.0 * passed / total;
        return "CONFORMANCE %s: %d/%d passed (%.1f%%)".formatted(corpus, passed, total, pct);
    }
}
