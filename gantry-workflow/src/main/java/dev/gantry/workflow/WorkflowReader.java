package dev.gantry.workflow;

import dev.gantry.workflow.diag.Diagnostics;
import dev.gantry.workflow.diag.Span;
import dev.gantry.workflow.model.Workflow;
import dev.gantry.workflow.read.ReadOptions;
import dev.gantry.workflow.read.WorkflowBuilder;
import dev.gantry.workflow.yaml.YamlDocument;
import dev.gantry.workflow.yaml.YamlLoader;
import java.util.Optional;

/**
 * Reads a workflow file: YAML with positions, then the workflow syntax and rules, into a {@link Workflow} and
 * every problem found, sorted by position. Never throws on bad input; stateless and thread-safe.
 *
 * <pre>{@code
 * Parsed<Workflow> parsed = WorkflowReader.read(".github/workflows/ci.yml", Files.readString(path));
 * parsed.diagnostics().forEach(d -> System.out.println(d.render(path.toString())));
 * }</pre>
 */
public final class WorkflowReader {

    private WorkflowReader() {}

    /** Reads with {@link ReadOptions#DEFAULT}; {@code fileName} is used only in messages. */
    public static Parsed<Workflow> read(String fileName, String source) {
        return read(fileName, source, ReadOptions.DEFAULT);
    }

    public static Parsed<Workflow> read(String fileName, String source, ReadOptions options) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<Workflow> workflow;
        try {
            YamlDocument document = YamlLoader.load(source, options.limits(), diagnostics);
            workflow = new WorkflowBuilder(diagnostics, options).build(document);
        } catch (RuntimeException | StackOverflowError e) {
            // A defect in the reader must not take the caller down: report it as a problem of this file.
            diagnostics.error("syntax-check", Span.NONE, "%s could not be read: internal error (%s)", fileName,
                    e.getClass().getSimpleName());
            workflow = Optional.empty();
        }
        return new Parsed<>(workflow, diagnostics.sorted());
    }
}
