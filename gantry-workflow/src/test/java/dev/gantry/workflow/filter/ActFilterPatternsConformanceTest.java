package dev.gantry.workflow.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.workflow.conformance.ConformanceData;
import dev.gantry.workflow.conformance.KnownFailures;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * act's filter pattern table ({@code workflow-parser/act-filter-patterns/vectors.tsv}). The include column must
 * pass in full. The ignore column is measured on rows without {@code !} patterns only: GitHub rejects {@code !} in
 * {@code -ignore} lists, so for those rows act's answer describes no GitHub behaviour.
 */
class ActFilterPatternsConformanceTest {

    static final String INCLUDE = "act-filter-patterns";
    static final String IGNORE = "act-filter-patterns-ignore";
    private static final ObjectMapper JSON = new ObjectMapper();

    record Vector(String id, List<String> patterns, List<String> inputs, boolean skipInclude, boolean skipIgnore) {
        boolean hasNegation() {
            return patterns.stream().anyMatch(p -> p.startsWith("!"));
        }
    }

    static List<Vector> vectors() throws IOException {
        List<String> lines = Files.readAllLines(
                ConformanceData.resolve("workflow-parser/act-filter-patterns").resolve("vectors.tsv"));
        List<Vector> vectors = new ArrayList<>();
        List<String> header = List.of();
        for (String line : lines) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            List<String> cells = List.of(line.split("\t", -1));
            if (header.isEmpty()) {
                header = cells;
                continue;
            }
            vectors.add(new Vector(cells.get(header.indexOf("id")),
                    strings(cells.get(header.indexOf("patterns"))),
                    strings(cells.get(header.indexOf("inputs"))),
                    Boolean.parseBoolean(cells.get(header.indexOf("skip_if_include_filter"))),
                    Boolean.parseBoolean(cells.get(header.indexOf("skip_if_ignore_filter")))));
        }
        return vectors;
    }

    private static List<String> strings(String json) throws IOException {
        return JSON.readValue(json, new TypeReference<List<String>>() {});
    }

    /** Whether the workflow is skipped under an include filter; empty when the patterns do not compile. */
    static Optional<Boolean> skipInclude(Vector v) {
        return skip(v, ListKind.INCLUDE);
    }

    static Optional<Boolean> skipIgnore(Vector v) {
        return skip(v, ListKind.IGNORE);
    }

    private static Optional<Boolean> skip(Vector v, ListKind kind) {
        return switch (PatternList.compile(v.patterns(), kind)) {
            case Compiled.Invalid<PatternList> invalid -> Optional.empty();
            case Compiled.Ok<PatternList> ok -> {
                FilterRule rule = kind == ListKind.INCLUDE
                        ? new FilterRule.Include(ok.value()) : new FilterRule.Ignore(ok.value());
                yield Optional.of(!rule.admitsChanges(ChangedFiles.of(v.inputs())));
            }
        };
    }

    @TestFactory
    Stream<DynamicTest> includeColumn() throws IOException {
        KnownFailures known = KnownFailures.load(INCLUDE);
        return vectors().stream().filter(v -> !known.contains(v.id())).map(v -> DynamicTest.dynamicTest(
                v.id() + " " + v.patterns() + " " + v.inputs(),
                () -> assertEquals(Optional.of(v.skipInclude()), skipInclude(v))));
    }

    @TestFactory
    Stream<DynamicTest> ignoreColumn() throws IOException {
        KnownFailures known = KnownFailures.load(IGNORE);
        return vectors().stream().filter(v -> !v.hasNegation() && !known.contains(v.id()))
                .map(v -> DynamicTest.dynamicTest(v.id() + " " + v.patterns() + " " + v.inputs(),
                        () -> assertEquals(Optional.of(v.skipIgnore()), skipIgnore(v))));
    }

    @Test
    void negatedPatternsAreRejectedInIgnoreLists() throws IOException {
        vectors().stream().filter(Vector::hasNegation)
                .forEach(v -> assertThat(skipIgnore(v)).as(v.id()).isEmpty());
    }

    @Test
    void rates() throws IOException {
        List<Vector> vectors = vectors();
        measure(INCLUDE, vectors, v -> skipInclude(v).equals(Optional.of(v.skipInclude())));
        measure(IGNORE, vectors.stream().filter(v -> !v.hasNegation()).toList(),
                v -> skipIgnore(v).equals(Optional.of(v.skipIgnore())));
    }

    private static void measure(String corpus, List<Vector> vectors, java.util.function.Predicate<Vector> passes) {
        KnownFailures known = KnownFailures.load(corpus);
        List<String> unexpected = new ArrayList<>();
        int passed = 0;
        for (Vector v : vectors) {
            if (passes.test(v)) {
                passed++;
                if (known.contains(v.id())) {
                    System.out.println("known failure now passes: " + corpus + " " + v.id());
                }
            } else if (!known.contains(v.id())) {
                unexpected.add(v.id());
            }
        }
        System.out.println(KnownFailures.rateLine(corpus, passed, vectors.size()));
        assertThat(unexpected).as("failing vectors not listed in known-failures/%s.tsv", corpus).isEmpty();
        if (corpus.equals(INCLUDE)) {
            assertThat(passed).as("the include column must pass in full").isEqualTo(vectors.size());
        }
    }
}
