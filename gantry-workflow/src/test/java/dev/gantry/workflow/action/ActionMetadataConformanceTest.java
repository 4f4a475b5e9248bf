package dev.gantry.workflow.action;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.workflow.Parsed;
import dev.gantry.workflow.conformance.ConformanceData;
import dev.gantry.workflow.conformance.KnownFailures;
import dev.gantry.workflow.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every action metadata file of the act and actionlint corpora must read without errors. Files that are invalid
 * by design, and files where Gantry knowingly differs, are listed with the reason in
 * {@code known-failures/action-metadata.tsv}; those must still read without throwing.
 */
class ActionMetadataConformanceTest {

    static final String CORPUS = "action-metadata";
    private static final List<String> ROOTS = List.of(
            "runner/act/testdata", "lint/actionlint/examples/.github/actions", "lint/actionlint/projects");

    record ActionFile(String id, Path path) {}

    static List<ActionFile> files() throws IOException {
        Path root = ConformanceData.root();
        List<ActionFile> files = new ArrayList<>();
        for (String folder : ROOTS) {
            Path dir = root.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(p -> p.getFileName().toString().matches("action\\.ya?ml") && Files.isRegularFile(p))
                        .sorted()
                        .forEach(p -> files.add(new ActionFile(root.relativize(p).toString().replace('\\', '/'), p)));
            }
        }
        return files;
    }

    static Parsed<ActionMetadata> read(ActionFile file) throws IOException {
        return ActionReader.read(file.path().getFileName().toString(), Files.readString(file.path()));
    }

    static List<String> errors(Parsed<ActionMetadata> parsed, ActionFile file) {
        return parsed.diagnostics().stream().filter(Diagnostic::isError)
                .map(d -> d.render(file.id())).toList();
    }

    private static boolean invalidByDesign(KnownFailures known, ActionFile file) {
        return known.reasons().getOrDefault(file.id(), "").startsWith("invalid by design");
    }

    @TestFactory
    Stream<DynamicTest> eachFileReadsWithoutErrors() throws IOException {
        KnownFailures known = KnownFailures.load(CORPUS);
        return files().stream().map(file -> DynamicTest.dynamicTest(file.id(), () -> {
            Parsed<ActionMetadata> parsed = read(file);
            if (!known.contains(file.id())) {
                assertThat(errors(parsed, file)).isEmpty();
                assertThat(parsed.value()).isPresent();
            }
        }));
    }

    @Test
    void rate() throws IOException {
        KnownFailures known = KnownFailures.load(CORPUS);
        List<ActionFile> files = files();
        List<String> unexpected = new ArrayList<>();
        int passed = 0;
        for (ActionFile file : files) {
            List<String> errors = errors(read(file), file);
            if (errors.isEmpty()) {
                passed++;
                if (known.contains(file.id())) {
                    System.out.println("known failure now passes: " + CORPUS + " " + file.id());
                }
            } else if (!known.contains(file.id())) {
                unexpected.add(file.id() + " " + errors);
            }
        }
        System.out.println(KnownFailures.rateLine(CORPUS, passed, files.size()));
        List<ActionFile> byDesign = files.stream().filter(f -> invalidByDesign(known, f)).toList();
        int rejected = 0;
        for (ActionFile file : byDesign) {
            rejected += errors(read(file), file).isEmpty() ? 0 : 1;
        }
        System.out.println(KnownFailures.rateLine(CORPUS + "-valid", passed,
                files.size() - byDesign.size()));
        System.out.println(KnownFailures.rateLine(CORPUS + "-invalid-rejected", rejected,
                byDesign.size()));
        assertThat(rejected).as("every file invalid by design is rejected").isEqualTo(byDesign.size());
        assertThat(unexpected).as("files with errors not listed in known-failures/%s.tsv", CORPUS).isEmpty();
    }
}
