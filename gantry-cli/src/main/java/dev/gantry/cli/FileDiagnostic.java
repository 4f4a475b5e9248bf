package dev.gantry.cli;

import dev.gantry.workflow.diag.Diagnostic;

/** A diagnostic together with the path of the file it was found in, as shown to the user. */
record FileDiagnostic(String path, Diagnostic diagnostic) {}
