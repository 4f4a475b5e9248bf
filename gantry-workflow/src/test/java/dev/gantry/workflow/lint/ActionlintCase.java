package dev.gantry.workflow.lint;

import dev.gantry.workflow.WorkflowReader;
import dev.gantry.workflow.diag.Diagnostic;
import dev.gantry.workflow.read.ReadOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One actionlint case: the workflow files it lints (by the name its {@code .out} file uses) and the expected
 * diagnostic lines. {@code err/} and {@code examples/} cases are one {@code NAME.yaml} linted as
 * {@code test.yaml}; a {@code projects/NAME/} case lints every workflow under its {@code workflows/} folder,
 * named relative to the project.
 *
 * @param id        {@code err/NAME}, {@code examples/NAME} or {@code projects/NAME}
 * @param workflows file name in the {@code .out} file → path on disk
 * @param folder    the case's folder: local called workflows ({@code uses: ./…}) are read from it
 */
record ActionlintCase(String id, Map<String, Path> workflows, List<ExpectedLine> expected, Path folder) {

    /** Every case of the folders {@code err}, {@code examples} and {@code projects} under {@code root}, sorted. */
    static List<ActionlintCase> discover(Path root) throws IOException {
        List<ActionlintCase> cases = new ArrayList<>();
        for (String folder : List.of("err", "examples")) {
            for (Path out : outFiles(root.resolve(folder))) {
                String name = baseName(out);
                Path yaml = out.resolveSibling(name + ".yaml");
                if (Files.isRegularFile(yaml)) {
                    cases.add(new ActionlintCase(folder + "/" + name, Map.of("test.yaml", yaml), expected(out),
                            out.getParent()));
                }
            }
        }
        for (Path out : outFiles(root.resolve("projects"))) {
            Path project = out.resolveSibling(baseName(out));
            Path workflows = project.resolve("workflows");
            if (Files.isDirectory(workflows)) {
                cases.add(new ActionlintCase("projects/" + project.getFileName(), projectWorkflows(project),
                        expected(out), project));
            }
        }
        return cases;
    }

    /** Gantry's diagnostics for each linted file (problems found in called workflows left out). */
    Map<String, List<Diagnostic>> read() throws IOException {
        Map<String, List<Diagnostic>> result = new LinkedHashMap<>();
        ReadOptions options = ReadOptions.DEFAULT.withCalledWorkflows(new FolderCalledWorkflows(folder));
        for (Map.Entry<String, Path> file : workflows.entrySet()) {
            result.put(file.getKey(), WorkflowReader.read(file.getKey(), Files.readString(file.getValue()), options)
                    .diagnostics().stream().filter(d -> d.file().isEmpty()).toList());
        }
        return result;
    }

    private static List<Path> outFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".out")).sorted().toList();
        }
    }

    private static Map<String, Path> projectWorkflows(Path project) throws IOException {
        Map<String, Path> files = new LinkedHashMap<>();
        try (Stream<Path> walk = Files.walk(project.resolve("workflows"))) {
            walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted()
                    .forEach(p -> files.put(project.relativize(p).toString().replace('\\', '/'), p));
        }
        return files;
    }

    private static List<ExpectedLine> expected(Path out) throws IOException {
        return Files.readAllLines(out).stream().map(ExpectedLine::parse).flatMap(Optional::stream).toList();
    }

    private static String baseName(Path out) {
        String name = out.getFileName().toString();
        return name.substring(0, name.length() - ".out".length());
    }
}
