package dev.gantry.cli;

import dev.gantry.workflow.diag.Diagnostic;
import dev.gantry.workflow.read.CalledWorkflows;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code gantry validate [PATH…]}: checks workflow and action metadata files and prints every problem as
 * {@code PATH:LINE:COL: MESSAGE [RULE]}, sorted by position. Exit 0 without errors, 1 with errors, 2 on usage
 * errors. This output is a contract other tools parse; see ARCHITECTURE.md.
 *
 * <p>A workflow's calls of local reusable workflows ({@code uses: ./.github/workflows/x.yml}) are checked against
 * the called files, read relative to the repository root (the directory holding the {@code .github} folder above
 * the workflow); problems inside a called file are printed with that file's path. Remote calls are not checked.
 */
@Command(name = "validate",
        description = {"Check workflow files and action metadata files, reporting every problem at once.",
                "Without PATH: .github/workflows/ under the current directory."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no errors (warnings may be printed)", "1:errors were found", "2:usage error"})
final class ValidateCommand implements Callable<Integer> {

    enum Format { text, json }

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Workflow files, action.yml/action.yaml files, or directories holding them.")
    private List<Path> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<SourceFile> files;
        try {
            files = SourceFinder.find(paths.isEmpty() ? defaultPaths() : paths);
        } catch (SourceFinder.UsageException e) {
            err.println("gantry validate: " + e.getMessage());
            return 2;
        }
        if (files.isEmpty()) {
            err.println("gantry validate: no workflow or action files found in " + describe(paths));
            return 2;
        }
        List<FileDiagnostic> found = new ArrayList<>();
        for (SourceFile file : files) {
            Optional<RepositoryCalledWorkflows> repository = RepositoryCalledWorkflows.rootOf(file.path())
                    .map(RepositoryCalledWorkflows::new);
            List<Diagnostic> diagnostics;
            try {
                diagnostics = SourceChecker.check(file.kind(), file.displayPath(), Files.readAllBytes(file.path()),
                        repository.<CalledWorkflows>map(r -> r).orElse(CalledWorkflows.NONE));
            } catch (IOException e) {
                err.println("gantry validate: cannot read " + file.displayPath() + ": " + e.getMessage());
                return 2;
            }
            diagnostics.forEach(d -> found.add(FileDiagnostic.of(file, d, repository)));
        }
        // A called workflow that is validated itself too reports its problems once.
        List<FileDiagnostic> shown = found.stream().distinct().toList();
        switch (format) {
            case text -> shown.forEach(f -> out.println(f.diagnostic().render(f.path())));
            case json -> out.println(DiagnosticJson.render(shown));
        }
        out.flush();
        return shown.stream().anyMatch(f -> f.diagnostic().isError()) ? 1 : 0;
    }

    private static List<Path> defaultPaths() throws SourceFinder.UsageException {
        Path workflows = Path.of(".github", "workflows");
        if (!Files.isDirectory(workflows)) {
            throw new SourceFinder.UsageException(
                    "no .github/workflows directory here; give the files or directories to check");
        }
        return List.of(workflows);
    }

    private static String describe(List<Path> paths) {
        return paths.isEmpty() ? ".github/workflows" : String.join(", ", paths.stream().map(Path::toString).toList());
    }
}
