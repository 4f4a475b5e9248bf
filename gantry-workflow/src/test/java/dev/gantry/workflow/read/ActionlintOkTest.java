package dev.gantry.workflow.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.workflow.WorkflowReader;
import dev.gantry.workflow.conformance.ConformanceData;
import dev.gantry.workflow.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** actionlint's {@code ok/} workflows are valid: reading them must report no error (no false positives). */
class ActionlintOkTest {

    @TestFactory
    Stream<DynamicTest> validWorkflowsHaveNoErrors() throws IOException {
        Path ok = ConformanceData.resolve("lint/actionlint/ok");
        List<Path> files;
        try (Stream<Path> list = Files.list(ok)) {
            files = list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            List<String> errors = WorkflowReader.read("test.yaml", Files.readString(file)).diagnostics().stream()
                    .filter(Diagnostic::isError).map(d -> d.render("test.yaml")).toList();
            assertThat(errors).isEmpty();
        }));
    }
}
