package dev.gantry.workflow.action;

import dev.gantry.workflow.Parsed;
import dev.gantry.workflow.diag.Diagnostics;
import dev.gantry.workflow.diag.Span;
import dev.gantry.workflow.template.TemplateChecker;
import dev.gantry.workflow.yaml.YamlDocument;
import dev.gantry.workflow.yaml.YamlLoader;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads an action metadata file ({@code action.yml} or {@code action.yaml}). Never throws for bad input: YAML
 * errors, unknown keys, wrong types and missing required keys are diagnostics with positions. Stateless and
 * thread-safe; does no I/O (the caller reads the file).
 */
public final class ActionReader {

    private ActionReader() {}

    /**
     * Reads {@code source}. The result holds the metadata when the file has a usable {@code runs} section (perhaps
     * alongside errors the reader recovered from, such as a missing {@code description}) and every diagnostic,
     * sorted by position.
     *
     * @param fileName the file's name or path, used only in messages
     */
    public static Parsed<ActionMetadata> read(String fileName, String source) {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(source, "source");
        Diagnostics out = new Diagnostics();
        Optional<ActionMetadata> metadata = Optional.empty();
        try {
            YamlDocument document = YamlLoader.load(source, out);
            if (document.root().isPresent()) {
                metadata = new MetadataReader(out, new TemplateChecker(out)).read(document.root().get());
            } else if (!out.hasErrors()) {
                out.error(Fields.ACTION, Span.NONE, "action metadata file %s is empty", fileName);
            }
        } catch (RuntimeException | StackOverflowError e) {
            // A defect in the reader must not take the caller down: report it as a problem of this file.
            out.error(Fields.SYNTAX, Span.NONE, "%s could not be read: internal error (%s)", fileName,
                    e.getClass().getSimpleName());
            metadata = Optional.empty();
        }
        return new Parsed<>(metadata, out.sorted());
    }
}
