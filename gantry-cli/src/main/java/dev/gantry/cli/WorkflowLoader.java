package dev.gantry.cli;

import dev.gantry.cli.run.LoadedWorkflow;
import dev.gantry.runner.action.ActionStore;
import dev.gantry.cli.run.UsageProblem;
import dev.gantry.workflow.Parsed;
import dev.gantry.workflow.model.Workflow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads the workflows {@code gantry run} runs: {@code -W} (a file, or the YAML files directly inside a folder, as
 * GitHub reads {@code .github/workflows}) relative to {@code -C}, each checked exactly as {@code gantry validate}
 * checks it, local called workflows included. Blocking file reads on the calling thread.
 */
final class WorkflowLoader {

    /** The workflows and their warnings, or every diagnostic when any file has an error. */
    sealed interface Loaded {
        record Workflows(List<LoadedWorkflow> workflows, List<FileDiagnostic> warnings) implements Loaded {
            public Workflows {
                workflows = List.copyOf(workflows);
                warnings = List.copyOf(warnings);
            }
        }

        record Invalid(List<FileDiagnostic> diagnostics) implements Loaded {
            public Invalid {
                diagnostics = List.copyOf(diagnostics);
            }
        }
    }

    private WorkflowLoader() {}

    /** Reads the workflows, with remote called workflows from {@code store}. */
    static Loaded load(Path directory, Path workflows, ActionStore store) throws UsageProblem {
        Path target = directory.resolve(workflows).normalize();
        List<Path> files = files(target);
        List<FileDiagnostic> diagnostics = new ArrayList<>();
        List<LoadedWorkflow> loaded = new ArrayList<>();
        Path top = directory.toAbsolutePath().normalize();
        for (Path file : files) {
            SourceFile source = new SourceFile(file, SourceFile.Kind.WORKFLOW);
            Path root = RepositoryCalledWorkflows.rootOf(file).orElse(top);
            RepositoryCalledWorkflows called = new RepositoryCalledWorkflows(root, store);
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UsageProblem("cannot read %s: %s".formatted(file, e.getMessage()));
            }
            Parsed<Workflow> parsed = SourceChecker.readWorkflow(source.displayPath(), bytes, called);
            parsed.diagnostics().forEach(d -> diagnostics.add(FileDiagnostic.of(source, d, Optional.of(called))));
            if (!parsed.hasErrors() && parsed.value().isPresent()) {
                String repositoryPath = top.relativize(file.toAbsolutePath().normalize()).toString();
                loaded.add(new LoadedWorkflow(source.displayPath(), repositoryPath, parsed.value().get()));
            }
        }
        List<FileDiagnostic> shown = diagnostics.stream().distinct().toList();
        if (shown.stream().anyMatch(f -> f.diagnostic().isError())) {
            return new Loaded.Invalid(shown);
        }
        return new Loaded.Workflows(loaded, shown);
    }

    private static List<Path> files(Path target) throws UsageProblem {
        if (Files.isRegularFile(target)) {
            return List.of(target);
        }
        if (!Files.isDirectory(target)) {
            throw new UsageProblem("no workflow file or folder %s (-W is relative to -C)".formatted(target));
        }
        List<Path> files;
        try (Stream<Path> entries = Files.list(target)) {
            files = entries.filter(Files::isRegularFile).filter(WorkflowLoader::isWorkflowName).sorted().toList();
        } catch (IOException e) {
            throw new UsageProblem("cannot list %s: %s".formatted(target, e.getMessage()));
        }
        if (files.isEmpty()) {
            throw new UsageProblem("no workflow files (*.yml, *.yaml) in " + target);
        }
        return files;
    }

    private static boolean isWorkflowName(Path path) {
        String name = Objects.toString(path.getFileName(), "");
        return (name.endsWith(".yml") || name.endsWith(".yaml")) && !name.startsWith("action.");
    }
}
