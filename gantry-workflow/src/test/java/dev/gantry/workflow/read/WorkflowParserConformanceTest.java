package dev.gantry.workflow.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.workflow.Parsed;
import dev.gantry.workflow.WorkflowReader;
import dev.gantry.workflow.conformance.ConformanceData;
import dev.gantry.workflow.conformance.KnownFailures;
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
 * verdicts and error lines. Files with called workflows hold, between the workflow and the expected result, pairs
 * of documents (a {@code uses} reference, then that workflow's source): they are served to the reader through
 * {@link CalledWorkflows#of}. A vector passes when the verdict agrees and, for expected errors that carry
 * positions, every expected line has one of our errors in the same file (the file being read, or the called
 * workflow named by its reference). Figures are printed for all files and for those with called workflows.
 */
class WorkflowParserConformanceTest {

    private static final String CORPUS = "workflow-parser/languageservices";
    private static final Pattern DOCUMENT_SEPARATOR = Pattern.compile("\\r?\\n---\\r?\\n");
    private static final Pattern POSITIONED = Pattern.compile("^(.*?) \\(Line: (\\d+), Col: (\\d+)\\): (.*)$",
            Pattern.DOTALL);
    private static final double MIN_VERDICT_RATE = 0.95;
    private static final double MIN_LINE_RATE = 0.90;

    private record Expected(String file, int line, int column, String message) {

        /** True when {@code d}, read from {@code path}, is in this file on this line. */
        boolean sameLine(Diagnostic d, String path) {
            return d.file().orElse(path).equals(file) && d.position().line() == line;
        }
    }

    private record Outcome(String id, boolean calls, boolean verdictOk, boolean hasPositions, int expectedErrors, int linesMatched,
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
        Map<String, String> known = KnownFailures.load(CORPUS.replace('/', '-')).reasons();
        List<Path> files;
        try (Stream<Path> list = Files.list(reader)) {
            files = list.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Path file : files) {
            List<String> documents = List.of(DOCUMENT_SEPARATOR.split(Files.readString(file), -1));
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
        tests.add(DynamicTest.dynamicTest("summary", () -> {
            List<Outcome> withCalls = outcomes.stream().filter(Outcome::calls).toList();
            boolean allOk = summarise(CORPUS, outcomes);
            System.out.printf("  of %d files, %d have called workflows:%n", outcomes.size(), withCalls.size());
            boolean callsOk = summarise(CORPUS + " (called workflows)", withCalls);
            assertThat(allOk).as("verdict and error line agreement over all files").isTrue();
            assertThat(callsOk).as("verdict and error line agreement over the files with called workflows").isTrue();
        }));
        return tests.stream();
    }

    /** Prints the figures of {@code outcomes}; true when they meet the required rates. */
    private static boolean summarise(String name, List<Outcome> outcomes) {
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
        System.out.printf("CONFORMANCE %s: %d/%d passed (%.1f%%)%n", name, passed, total,
                100.0 * passed / Math.max(1, total));
        System.out.printf("  verdict agreement: %d/%d (%.1f%%)%n", verdicts, total,
                100.0 * verdicts / Math.max(1, total));
        System.out.printf("  error files with every expected line reported: %d/%d (%.1f%%)%n", linesOk,
                positioned.size(), 100.0 * linesOk / Math.max(1, positioned.size()));
        System.out.printf("  exact line+col matches: %d/%d (%.1f%%)%n", exact, expected,
                100.0 * exact / Math.max(1, expected));
        System.out.printf("  exact message matches: %d/%d (%.1f%%)%n", messages, allExpected,
                100.0 * messages / Math.max(1, allExpected));
        System.out.printf("  error files without positions (verdict only): %d%n", verdictOnly);
        return (double) verdicts / Math.max(1, total) >= MIN_VERDICT_RATE
                && (double) linesOk / Math.max(1, positioned.size()) >= MIN_LINE_RATE;
    }

    private static Outcome run(String id, List<String> documents) throws IOException {
        Map<String, String> called = new LinkedHashMap<>();
        for (int i = 2; i + 1 < documents.size() - 1; i += 2) {
            called.put(documents.get(i).strip(), documents.get(i + 1));
        }
        ReadOptions options = options(documents.get(0), called);
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
                positioned.add(new Expected(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                        m.group(4)));
            } else {
                unpositioned.add(message.startsWith(path + ": ") ? message.substring(path.length() + 2) : message);
            }
        }
        int lines = 0;
        int exact = 0;
        int messages = 0;
        for (Expected e : positioned) {
            lines += errors.stream().anyMatch(d -> e.sameLine(d, path)) ? 1 : 0;
            exact += errors.stream().anyMatch(d -> e.sameLine(d, path) && d.position().column() == e.column()) ? 1 : 0;
            messages += errors.stream().anyMatch(d -> e.sameLine(d, path) && d.message().equals(e.message())) ? 1 : 0;
        }
        for (String message : unpositioned) {
            messages += errors.stream().anyMatch(d -> d.message().equals(message)) ? 1 : 0;
        }
        String detail = "expected " + expectedErrors + " got " + errors.stream()
                .map(d -> d.render(path)).toList();
        return new Outcome(id, !called.isEmpty(), verdictOk, !positioned.isEmpty(), positioned.size() + unpositioned.size(), lines, exact,
                messages, detail);
    }

    /** The reader options a vector's first document asks for, serving {@code called} as its called workflows. */
    private static ReadOptions options(String document, Map<String, String> called) {
        Object loaded = new Load(LoadSettings.builder().build()).loadFromString(document);
        ReadOptions options = ReadOptions.DEFAULT.withCalledWorkflows(CalledWorkflows.of(called));
        if (!(loaded instanceof Map<?, ?> map)) {
            return options;
        }
        CallLimits callLimits = options.callLimits();
        if (map.get("max-job-limit") instanceof Number n) {
            callLimits = callLimits.withMaxJobs(n.intValue());
        }
        if (map.get("max-nested-reusable-workflows-depth") instanceof Number n) {
            callLimits = callLimits.withMaxDepth(n.intValue());
        }
        options = options.withCallLimits(callLimits);
        if ("LimitedRead".equals(map.get("permissions-policy"))) {
            options = options.withDefaultPermissions(DefaultPermissions.RESTRICTED);
        }
        if (Boolean.TRUE.equals(map.get("skip-reusable-workflows"))) {
            options = options.withCalledWorkflows(CalledWorkflows.NONE);
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
}
