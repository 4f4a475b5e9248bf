package dev.gantry.cli;

import dev.gantry.workflow.diag.Diagnostic;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A diagnostic together with the path of the file it was found in, as shown to the user; the diagnostic itself
 * names no file.
 */
record FileDiagnostic(String path, Diagnostic diagnostic) {

    /**
     * {@code d}, found while checking {@code checked}, placed in its file: the checked file, or the called workflow
     * the problem is in, shown like the checked file's path (relative when that is relative) when it is a local file
     * of {@code repository}, else by its reference.
     */
    static FileDiagnostic of(SourceFile checked, Diagnostic d, Optional<RepositoryCalledWorkflows> repository) {
        Diagnostic bare = new Diagnostic(d.severity(), d.rule(), d.message(), d.span());
        if (d.file().isEmpty()) {
            return new FileDiagnostic(checked.displayPath(), bare);
        }
        String reference = d.file().get();
        Optional<Path> local = repository.flatMap(r -> r.fileOf(reference));
        if (local.isEmpty()) {
            return new FileDiagnostic(reference, bare);
        }
        Path shown = checked.path().isAbsolute() ? local.get()
                : Path.of("").toAbsolutePath().relativize(local.get());
        return new FileDiagnostic(shown.toString(), bare);
    }
}
