package dev.gantry.workflow.act;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.workflow.WorkflowReader;
import dev.gantry.workflow.act.ActCorpus.Fact;
import dev.gantry.workflow.act.ActCorpus.Row;
import dev.gantry.workflow.act.ActCorpus.SourceFile;
import dev.gantry.workflow.action.ActionReader;
import dev.gantry.workflow.conformance.KnownFailures;
import dev.gantry.workflow.diag.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Validates every workflow and action metadata file of act's runner corpus with Gantry's readers, in four parts:
 * <ul>
 *   <li>{@code act-valid}: files of cases expected to succeed (or never run upstream), and the shared actions and
 *       called workflows the cases use: no error may be reported (a real-world false-positive check);</li>
 *   <li>{@code act-runtime-failure}: files of cases that fail only when run (a step exits 1, an image is
 *       missing): GitHub accepts the files, so again no error;</li>
 *   <li>{@code act-syntax-failure}: {@code dryrun(syntax-only)} rows expected to fail: at least one error among
 *       the case's workflow files;</li>
 *   <li>{@code act-planner}: {@code PLANNER.tsv} facts about validation ({@code error} / {@code ok}); a directory
 *       fact expecting an error holds when a workflow file below it has an error (act recurses), one expecting
 *       {@code ok} when the files directly in it have none.</li>
 * </ul>
 * Misses are listed with their reason in {@code known-failures/act-corpus.tsv} as {@code <part>:<id>}; an
 * unlisted miss fails the build, a listed vector that passes is printed.
 */
class ActCorpusValidationTest {

    static final String CORPUS = "act-corpus";
    /** {@code -Dgantry.conformance.verbose=true} lists every vector with its verdict. */
    static final String VERBOSE = "gantry.conformance.verbose";

    /** One vector of one part: its id, whether it passed, and what was found. */
    record Outcome(String part, String id, boolean passed, String detail) {
        String key() {
            return part + ":" + id;
        }
    }

    @TestFactory
    Stream<DynamicNode> corpus() throws IOException {
        KnownFailures known = KnownFailures.load(CORPUS);
        Map<String, List<Outcome>> parts = outcomes(ActCorpus.load());
        return parts.entrySet().stream().map(part -> DynamicContainer.dynamicContainer(part.getKey(),
                part.getValue().stream().map(o -> DynamicTest.dynamicTest(o.id(), () -> {
                    if (!known.contains(o.key())) {
                        assertThat(o.passed()).as("%s %s", o.key(), o.detail()).isTrue();
                    }
                }))));
    }

    @Test
    void rates() throws IOException {
        KnownFailures known = KnownFailures.load(CORPUS);
        List<String> unexpected = new ArrayList<>();
        for (Map.Entry<String, List<Outcome>> part : outcomes(ActCorpus.load()).entrySet()) {
            int passed = 0;
            for (Outcome o : part.getValue()) {
                if (Boolean.getBoolean(VERBOSE)) {
                    System.out.println((o.passed() ? "pass " : "MISS ") + o.key() + " " + o.detail());
                }
                if (o.passed()) {
                    passed++;
                    if (known.contains(o.key())) {
                        System.out.println("known failure now passes: " + CORPUS + " " + o.key());
                    }
                } else if (!known.contains(o.key())) {
                    unexpected.add(o.key() + " " + o.detail());
                }
            }
            System.out.println(KnownFailures.rateLine(part.getKey(), passed, part.getValue().size()));
        }
        assertThat(unexpected).as("misses not listed in known-failures/%s.tsv", CORPUS).isEmpty();
    }

    static Map<String, List<Outcome>> outcomes(ActCorpus corpus) throws IOException {
        Map<String, List<Outcome>> parts = new LinkedHashMap<>();
        for (String part : List.of("act-valid", "act-runtime-failure", "act-syntax-failure", "act-planner")) {
            parts.put(part, new ArrayList<>());
        }
        for (SourceFile file : corpus.files()) {
            validPart(corpus, file).ifPresent(part -> {
                List<String> errors = errors(file);
                parts.get(part).add(new Outcome(part, file.id(), errors.isEmpty(), errors.toString()));
            });
        }
        for (Row row : corpus.manifest()) {
            if (row.syntaxOnly() && row.expectsFailure()) {
                List<String> errors = new ArrayList<>();
                corpus.workflowsOf(row).forEach(f -> errors.addAll(errors(f)));
                parts.get("act-syntax-failure").add(new Outcome("act-syntax-failure", row.caseDir(),
                        !errors.isEmpty(), "expected an error like: " + row.hint() + "; found " + errors));
            }
        }
        for (Fact fact : corpus.planner()) {
            if (fact.isValidation()) {
                parts.get("act-planner").add(planner(corpus, fact));
            }
        }
        return parts;
    }

    /** The part a file's zero-error check belongs to, or empty when another part judges the file. */
    private static Optional<String> validPart(ActCorpus corpus, SourceFile file) {
        List<Row> rows = corpus.rowsOf(file);
        if (rows.isEmpty()) {
            return corpus.judgedByPlanner(file) ? Optional.empty() : Optional.of("act-valid");
        }
        if (rows.stream().anyMatch(r -> r.plannerOnly() || (r.syntaxOnly() && r.expectsFailure()))) {
            return Optional.empty();
        }
        return Optional.of(rows.stream().allMatch(Row::expectsFailure) ? "act-runtime-failure" : "act-valid");
    }

    private static Outcome planner(ActCorpus corpus, Fact fact) throws IOException {
        boolean expectError = fact.expected().equals("error");
        List<SourceFile> files = corpus.filesOf(fact, expectError);
        List<String> errors = new ArrayList<>();
        files.forEach(f -> errors.addAll(errors(f)));
        boolean passed = !files.isEmpty() && expectError != errors.isEmpty();
        String detail = files.isEmpty() ? "no workflow file found for " + fact.path()
                : "expected " + fact.expected() + " (" + fact.detail() + "); found " + errors;
        return new Outcome("act-planner", fact.id(), passed, detail);
    }

    /** The errors reading one file reports, rendered with the file's id. */
    static List<String> errors(SourceFile file) {
        String text;
        try {
            text = Files.readString(file.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var parsed = switch (file.kind()) {
            case WORKFLOW -> WorkflowReader.read(file.id(), text).diagnostics();
            case ACTION -> ActionReader.read(file.id(), text).diagnostics();
        };
        return parsed.stream().filter(Diagnostic::isError).map(d -> d.render(file.id())).toList();
    }
}
