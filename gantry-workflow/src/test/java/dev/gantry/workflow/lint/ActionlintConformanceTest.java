package dev.gantry.workflow.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.workflow.conformance.ConformanceData;
import dev.gantry.workflow.conformance.KnownFailures;
import dev.gantry.workflow.diag.Diagnostic;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * actionlint's error cases ({@code lint/actionlint/err}, {@code examples}, {@code projects}) measured for the
 * rules GitHub itself enforces. Each expected line with one of {@link #GITHUB_RULES} is a vector; it passes when
 * Gantry reports an ERROR on the same line of the same file (same line and column is measured too). Vectors that
 * do not pass are listed in {@code known-failures/actionlint.tsv} as {@code lint-only: …} (GitHub accepts the
 * workflow) or {@code gap: …}; an unlisted miss fails. Our ERRORs on lines of {@code err}/{@code examples} files
 * where actionlint expects nothing are printed as potential false positives ({@code extra:} rows of the same
 * file record the ones reviewed).
 */
class ActionlintConformanceTest {

    private static final String CORPUS = "actionlint";
    private static final Set<String> GITHUB_RULES = Set.of("syntax-check", "expression", "job-needs", "matrix",
            "events", "id");
    /** The overall rate must not fall below this (known failures are listed one by one besides). */
    private static final double MIN_RATE = 0.65;

    private record Vector(String id, String rule, boolean hit, boolean exact, String detail) {}

    private record Extra(String id, String rendered) {}

    @TestFactory
    Stream<DynamicTest> githubEnforcedDiagnostics() throws IOException {
        KnownFailures known = KnownFailures.load(CORPUS);
        List<Vector> vectors = new ArrayList<>();
        List<Extra> extras = new ArrayList<>();
        for (ActionlintCase c : ActionlintCase.discover(ConformanceData.resolve("lint/actionlint"))) {
            measure(c, vectors, extras);
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Vector v : vectors) {
            tests.add(DynamicTest.dynamicTest(v.id(), () -> {
                if (v.hit() && known.contains(v.id())) {
                    System.out.println("NOW PASSING (listed as known failure): " + v.id());
                }
                if (!v.hit()) {
                    assertThat(known.contains(v.id())).as("unlisted miss %s: %s", v.id(), v.detail()).isTrue();
                }
            }));
        }
        tests.add(DynamicTest.dynamicTest("summary", () -> summarise(vectors, extras, known)));
        return tests.stream();
    }

    private static void measure(ActionlintCase c, List<Vector> vectors, List<Extra> extras) throws IOException {
        Map<String, List<Diagnostic>> diagnostics = c.read();
        Map<String, Integer> seen = new HashMap<>();
        for (ExpectedLine e : c.expected()) {
            if (!GITHUB_RULES.contains(e.rule())) {
                continue;
            }
            String base = "%s:%s:%d:%d:%s".formatted(c.id(), e.file(), e.line(), e.column(), e.rule());
            int n = seen.merge(base, 1, Integer::sum);
            String id = n == 1 ? base : base + "#" + n;
            List<Diagnostic> errors = errors(diagnostics.getOrDefault(e.file(), List.of()));
            boolean hit = errors.stream().anyMatch(d -> d.position().line() == e.line());
            boolean exact = errors.stream().anyMatch(d -> d.position().line() == e.line()
                    && d.position().column() == e.column());
            String got = errors.stream().filter(d -> Math.abs(d.position().line() - e.line()) <= 2)
                    .map(d -> d.render(e.file())).collect(Collectors.joining(" | "));
            vectors.add(new Vector(id, e.rule(), hit, exact, "expected " + e.source() + "; errors nearby: " + got));
        }
        if (c.id().startsWith("projects/")) {
            return;
        }
        for (Map.Entry<String, List<Diagnostic>> file : diagnostics.entrySet()) {
            Set<Integer> expectedLines = c.expected().stream().filter(e -> e.file().equals(file.getKey()))
                    .map(ExpectedLine::line).collect(Collectors.toSet());
            for (Diagnostic d : errors(file.getValue())) {
                if (!expectedLines.contains(d.position().line())) {
                    extras.add(new Extra("extra:%s:%s:%d:%d:%s".formatted(c.id(), file.getKey(), d.position().line(),
                            d.position().column(), d.rule()), d.render(file.getKey())));
                }
            }
        }
    }

    private static String reason(KnownFailures known, String id) {
        return known.reasons().getOrDefault(id, "");
    }

    private static List<Diagnostic> errors(List<Diagnostic> diagnostics) {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    private static void summarise(List<Vector> vectors, List<Extra> extras, KnownFailures known) {
        Map<String, List<Vector>> byRule = new TreeMap<>(vectors.stream()
                .collect(Collectors.groupingBy(Vector::rule)));
        for (Map.Entry<String, List<Vector>> rule : byRule.entrySet()) {
            int hits = (int) rule.getValue().stream().filter(Vector::hit).count();
            System.out.println(KnownFailures.rateLine(CORPUS + "-" + rule.getKey(), hits, rule.getValue().size()));
        }
        int hits = (int) vectors.stream().filter(Vector::hit).count();
        int exact = (int) vectors.stream().filter(Vector::exact).count();
        System.out.println(KnownFailures.rateLine(CORPUS, hits, vectors.size()));
        System.out.printf("  same line and column: %d/%d (%.1f%%)%n", exact, vectors.size(),
                100.0 * exact / Math.max(1, vectors.size()));
        long lintOnly = vectors.stream().filter(v -> !v.hit() && reason(known, v.id()).startsWith("lint-only")).count();
        long elsewhere = vectors.stream().filter(v -> !v.hit() && reason(known, v.id()).startsWith("position")).count();
        long gaps = vectors.stream().filter(v -> !v.hit() && reason(known, v.id()).startsWith("gap")).count();
        System.out.printf("  misses: %d lint-only (GitHub accepts), %d reported on another line, %d gaps;"
                + " without lint-only: %d/%d (%.1f%%)%n", lintOnly, elsewhere, gaps, hits, vectors.size() - lintOnly,
                100.0 * hits / Math.max(1, vectors.size() - lintOnly));
        long reviewed = extras.stream().filter(x -> known.contains(x.id())).count();
        System.out.printf("  errors where actionlint expects none (potential false positives): %d (%d reviewed)%n",
                extras.size(), reviewed);
        for (Extra x : extras) {
            System.out.println("    " + x.rendered() + (known.contains(x.id())
                    ? "  -- reviewed: " + known.reasons().get(x.id()) : "  -- NOT REVIEWED (" + x.id() + ")"));
        }
        assertThat((double) hits / Math.max(1, vectors.size())).as("overall rate").isGreaterThanOrEqualTo(MIN_RATE);
    }
}
