package dev.gantry.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.workflow.diag.Diagnostic;
import java.util.List;

/**
 * The {@code --format json} output of {@code gantry validate}: one array of objects with {@code path},
 * {@code line}, {@code column}, {@code endLine}, {@code endColumn}, {@code severity}, {@code rule} and
 * {@code message}, in the same order as the text output.
 */
final class DiagnosticJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private DiagnosticJson() {}

    static String render(List<FileDiagnostic> found) {
        ArrayNode array = MAPPER.createArrayNode();
        for (FileDiagnostic f : found) {
            Diagnostic d = f.diagnostic();
            ObjectNode o = array.addObject();
            o.put("path", f.path());
            o.put("line", d.span().start().line());
            o.put("column", d.span().start().column());
            o.put("endLine", d.span().end().line());
            o.put("endColumn", d.span().end().column());
            o.put("severity", d.severity().label());
            o.put("rule", d.rule());
            o.put("message", d.message());
        }
        return array.toPrettyString();
    }
}
