package dev.gantry.workflow.template;

import dev.gantry.workflow.expr.Interpolation;
import java.util.ArrayList;
import java.util.List;

/** GitHub's equivalent of text with embedded expressions: {@code format('text {0}', expr)}. */
final class FormatCall {

    private FormatCall() {}

    static String of(List<Interpolation.Part> parts) {
        StringBuilder format = new StringBuilder();
        List<String> args = new ArrayList<>();
        for (Interpolation.Part part : parts) {
            switch (part) {
                case Interpolation.Part.Text t ->
                        format.append(t.text().replace("'", "''").replace("{", "{{").replace("}", "}}"));
                case Interpolation.Part.Embedded e -> {
                    format.append('{').append(args.size()).append('}');
                    args.add(e.source().strip());
                }
            }
        }
        StringBuilder call = new StringBuilder("format('").append(format).append('\'');
        args.forEach(arg -> call.append(", ").append(arg));
        return call.append(')').toString();
    }
}
