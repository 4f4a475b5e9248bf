package dev.gantry.workflow.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.workflow.Parsed;
import dev.gantry.workflow.WorkflowReader;
import dev.gantry.workflow.conformance.ConformanceData;
import dev.gantry.workflow.diag.Diagnostic;
import dev.gantry.workflow.model.Workflow;
import dev.gantry.workflow.yaml.YamlLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * GitHub's workflow parser vectors ({@code workflow-parser/languageservices/reader/*.yml}): accept/reject
 * verdicts and error lines for the single-workflow files. Files with called workflows are counted separately
 * and not judged yet. A vector passes when the verdict agrees and, for expected errors that carry positions,
 * every expected line has one of our diagnostics.
 */
class WorkflowParserConformanceTest {

    private static final String CORPUS = "workflow-parser/languageservices";
    private static final Pattern DOCUMENT_SEPARATOR = Pattern.compile("\\r?\\n---\\r?\\n");
    private static final Pattern POSITIONED = Pattern.compile("^(.*?) \\(Line: (\\d+), Col: (\\d+)\\): (.*)$",
            Pattern.DOTALL);
    private static final double MIN_VERDICT_RATE = 0.95;
    private static final double MIN_LINE_RATE = 0.90;

    private record Expected(int line, int column, String message) {}

    private record Outcome(String id, boolean verdictOk, boolean hasPositions, int expectedErrors, int linesMatched,
                           int exactMatched, int messagesMatched, String detail) {
        boolean linesOk() {
            return !hasPositions || linesMatched == expectedErrors;
        }

        boolean passed() {
            return verdictOk && linesOk();
        }
    }

    @TestFactory
    Stream<DynamicTest> vectors() throws IOException {
        Path reader = ConformanceData.resolve(CORPUS).resolve("reader");
        Map<String, String> known = KnownFailures.load(CORPUS.replace('/', '-'));
        List<Path> files;
        try (Stream<Path> list = Files.list(reader)) {
            files = list.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
        }
        List<Outcome> outcomes = new ArrayList<>();
        int withCalledWorkflows = 0;
        for (Path file : files) {
            List<String> documents = List.of(DOCUMENT_SEPARATOR.split(Files.readString(file), -1));
            if (documents.size() > 3) {
                withCalledWorkflows++;
                continue;
            }
            outcomes.add(run(file.getFileName().toString(), documents));
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Outcome o : outcomes) {
            tests.add(DynamicTest.dynamicTest(o.id(), () -> {
                if (o.passed() && known.containsKey(o.id())) {
                    System.out.println("NOW PASSING (listed as known failure): " + o.id());
                }
                if (!o.passed()) {
                    assertThat(known).as("unlisted failure %s: %s", o.id(), o.detail()).containsKey(o.id());
                }
            }));
        }
        int fileCount = files.size();
        int called = withCalledWorkflows;
        tests.add(DynamicTest.dynamicTest("summary", () -> summarise(outcomes, fileCount, called)));
        return tests.stream();
    }

    private static void summarise(List<Outcome> outcomes, int files, int withCalledWorkflows) {
        int total = outcomes.size();
        long passed = outcomes.stream().filter(Outcome::passed).count();
        long verdicts = outcomes.stream().filter(Outcome::verdictOk).count();
        List<Outcome> positioned = outcomes.stream().filter(Outcome::hasPositions).toList();
        long linesOk = positioned.stream().filter(o -> o.verdictOk() && o.linesOk()).count();
        int expected = positioned.stream().mapToInt(Outcome::expectedErrors).sum();
        int exact = positioned.stream().mapToInt(Outcome::exactMatched).sum();
        int messages = outcomes.stream().mapToInt(Outcome::messagesMatched).sum();
        int allExpected = outcomes.stream().mapToInt(Outcome::expectedErrors).sum();
        long verdictOnly = outcomes.stream().filter(o -> o.expectedErrors() > 0 && !o.hasPositions()).count();
        System.out.printf("CONFORMANCE %s: %d/%d passed (%.1f%%)%n", CORPUS, passed, total, 100.0 * passed / total);
        System.out.printf("  verdict agreement: %d/%d (%.1f%%)%n", verdicts, total, 100.0 * verdicts / total);
        System.out.printf("  error files with every expected line reported: %d/%d (%.1f%%)%n", linesOk,
                positioned.size(), 100.0 * linesOk / Math.max(1, positioned.size()));
        System.out.printf("  exact line+col matches: %d/%d (%.1f%%)%n", exact, expected,
                100.0 * exact / Math.max(1, expected));
        System.out.printf("  exact message matches: %d/%d (%.1f%%)%n", messages, allExpected,
                100.0 * messages / Math.max(1, allExpected));
        System.out.printf("  error files without positions (verdict only): %d; files with called workflows"
                + " (not judged yet): %d of %d%n", verdictOnly, withCalledWorkflows, files);
        assertThat((double) verdicts / total).as("verdict agreement").isGreaterThanOrEqualTo(MIN_VERDICT_RATE);
        assertThat((double) linesOk / Math.max(1, positioned.size())).as("error line agreement")
                .isGreaterThanOrEqualTo(MIN_LINE_RATE);
    }

    private static Outcome run(String id, List<String> documents) throws IOException {
        ReadOptions options = options(documents.get(0));
        String path = ".github/workflows/" + id;
        Parsed<Workflow> parsed = WorkflowReader.read(path, documents.get(1), options);
        JsonNode expectedJson = new ObjectMapper().readTree(documents.get(documents.size() - 1));
        List<Diagnostic> errors = parsed.diagnostics().stream().filter(Diagnostic::isError).toList();
        JsonNode expectedErrors = expectedJson.path("errors");
        boolean expectReject = expectedErrors.isArray() && !expectedErrors.isEmpty();
        boolean verdictOk = expectReject == !errors.isEmpty();
        List<Expected> positioned = new ArrayList<>();
        List<String> unpositioned = new ArrayList<>();
        for (JsonNode error : expectedErrors) {
            String message = error.path("Message").asText();
            Matcher m = POSITIONED.matcher(message);
            if (m.matches()) {
                positioned.add(new Expected(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), m.group(4)));
            } else {
                unpositioned.add(message.startsWith(path + ": ") ? message.substring(path.length() + 2) : message);
            }
        }
        int lines = 0;
        int exact = 0;
        int messages = 0;
        for (Expected e : positioned) {
            lines += errors.stream().anyMatch(d -> d.position().line() == e.line()) ? 1 : 0;
            exact += errors.stream().anyMatch(d -> d.position().line() == e.line()
                    && d.position().column() == e.column()) ? 1 : 0;
            messages += errors.stream().anyMatch(d -> d.position().line() == e.line()
                    && d.message().equals(e.message())) ? 1 : 0;
        }
        for (String message : unpositioned) {
            messages += errors.stream().anyMatch(d -> d.message().equals(message)) ? 1 : 0;
        }
        String detail = "expected " + expectedErrors + " got " + errors.stream()
                .map(d -> d.render("")).toList();
        return new Outcome(id, verdictOk, !positioned.isEmpty(), positioned.size() + unpositioned.size(), lines, exact,
                messages, detail);
    }

    private static ReadOptions options(String document) {
        Object loaded = new Load(LoadSettings.builder().build()).loadFromString(document);
        ReadOptions options = ReadOptions.DEFAULT;
        if (!(loaded instanceof Map<?, ?> map)) {
            return options;
        }
        YamlLimits limits = options.limits();
        if (map.get("max-depth") instanceof Number n) {
            limits = limits.withMaxDepth(n.intValue());
        }
        if (map.get("max-file-size") instanceof Number n) {
            limits = limits.withMaxChars(n.intValue());
        }
        boolean background = map.get("experimental-features") instanceof Map<?, ?> features
                && Boolean.TRUE.equals(features.get("allowBackgroundSteps"));
        return options.withLimits(limits).withBackgroundSteps(background);
    }

    /** Reads {@code conformance/known-failures/<corpus>.tsv}: vector id, tab, reason; {@code #} starts a comment. */
    static final class KnownFailures {
        static Map<String, String> load(String corpus) throws IOException {
            Path file = ConformanceData.resolve("known-failures").resolve(corpus + ".tsv");
            Map<String, String> known = new LinkedHashMap<>();
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file)) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] cols = line.split("\t", 2);
                    known.put(cols[0].strip(), cols.length > 1 ? cols[1].strip() : "");
                }
            }
            return known;
        }
    }
}
