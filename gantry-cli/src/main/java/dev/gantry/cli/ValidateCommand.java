package dev.gantry.cli;

import dev.gantry.workflow.diag.Diagnostic;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
            List<Diagnostic> diagnostics;
            try {
                diagnostics = SourceChecker.check(file.kind(), file.displayPath(), Files.readAllBytes(file.path()));
            } catch (IOException e) {
                err.println("gantry validate: cannot read " + file.displayPath() + ": " + e.getMessage());
                return 2;
            }
            diagnostics.forEach(d -> found.add(new FileDiagnostic(file.displayPath(), d)));
        }
        switch (format) {
            case text -> found.forEach(f -> out.println(f.diagnostic().render(f.path())));
            case json -> out.println(DiagnosticJson.render(found));
        }
        out.flush();
        return found.stream().anyMatch(f -> f.diagnostic().isError()) ? 1 : 0;
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
