package dev.gantry.cli;

import dev.gantry.workflow.Parsed;
import dev.gantry.workflow.WorkflowReader;
import dev.gantry.workflow.action.ActionReader;
import dev.gantry.workflow.diag.Diagnostic;
import dev.gantry.workflow.diag.Position;
import dev.gantry.workflow.diag.Span;
import dev.gantry.workflow.model.Workflow;
import dev.gantry.workflow.read.CalledWorkflows;
import dev.gantry.workflow.read.ReadOptions;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Checks the bytes of one workflow or action file and returns its diagnostics, sorted by position. A workflow's
 * calls of reusable workflows are checked against the workflows {@code called} serves; problems found in those
 * name their file ({@link Diagnostic#file()}). Never throws for bad input: text that is not UTF-8 is itself a
 * diagnostic.
 */
final class SourceChecker {

    private SourceChecker() {}

    /** Checks a file alone: no called workflow is read. */
    static List<Diagnostic> check(SourceFile.Kind kind, String name, byte[] bytes) {
        return check(kind, name, bytes, CalledWorkflows.NONE);
    }

    static List<Diagnostic> check(SourceFile.Kind kind, String name, byte[] bytes, CalledWorkflows called) {
        return switch (kind) {
            case WORKFLOW -> readWorkflow(name, bytes, called).diagnostics();
            case ACTION -> readAction(name, bytes);
        };
    }

    private static List<Diagnostic> readAction(String name, byte[] bytes) {
        try {
            return ActionReader.read(name, decode(bytes)).diagnostics();
        } catch (CharacterCodingException e) {
            return List.of(notUtf8(bytes));
        }
    }

    /**
     * Reads a workflow file into its model and diagnostics, as {@link #check} checks it: text that is not UTF-8
     * is a diagnostic and gives no model.
     */
    static Parsed<Workflow> readWorkflow(String name, byte[] bytes, CalledWorkflows called) {
        try {
            return WorkflowReader.read(name, decode(bytes), ReadOptions.DEFAULT.withCalledWorkflows(called));
        } catch (CharacterCodingException e) {
            return new Parsed<>(java.util.Optional.empty(), List.of(notUtf8(bytes)));
        }
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** A diagnostic at the first byte that is not valid UTF-8. */
    private static Diagnostic notUtf8(byte[] bytes) {
        int line = 1;
        int lineStart = 0;
        int offset = firstInvalidByte(bytes);
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String text = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8);
        Position at = new Position(line, text.codePointCount(0, text.length()) + 1);
        return new Diagnostic(dev.gantry.workflow.diag.Severity.ERROR, "syntax-check",
                "file is not valid UTF-8: byte 0x%02x at offset %d".formatted(bytes[offset] & 0xff, offset),
                Span.at(at));
    }

    private static int firstInvalidByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : Math.max(0, bytes.length - 1);
    }
}
