package dev.gantry.workflow.expr;

import dev.gantry.workflow.conformance.ConformanceData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The vectors of one corpus that are known not to pass, with the reason, read from
 * {@code conformance/known-failures/<corpus>.tsv} (columns: vector id, reason; {@code #} starts a comment line).
 * A missing file means no known failures.
 */
record KnownFailures(String corpus, Map<String, String> reasons) {

    static KnownFailures load(String corpus) {
        Path file = ConformanceData.knownFailures(corpus);
        Map<String, String> reasons = new LinkedHashMap<>();
        if (Files.exists(file)) {
            try {
                for (String line : Files.readAllLines(file)) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    int tab = line.indexOf('\t');
                    reasons.put(tab < 0 ? line : line.substring(0, tab), tab < 0 ? "" : line.substring(tab + 1));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new KnownFailures(corpus, Map.copyOf(reasons));
    }

    boolean contains(String id) {
        return reasons.containsKey(id);
    }

    /** A vector id made safe for one TSV cell: tabs and line breaks escaped. */
    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n");
    }

    /** Prints the rate line every conformance test prints. */
    static void printRate(String corpus, int passed, int total) {
        double pct = total == 0 ? 100.0 : 100.0 * passed / total;
        System.out.printf("CONFORMANCE %s: %d/%d passed (%.1f%%)%n", corpus, passed, total, pct);
    }
}
