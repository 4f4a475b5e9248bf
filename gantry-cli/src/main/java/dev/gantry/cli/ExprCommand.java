package dev.gantry.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.workflow.expr.Value;
import dev.gantry.workflow.expr.ValueJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code gantry expr}: evaluates {@code ${{ }}} expressions. With {@code --jsonl}, reads one JSON object per
 * line on standard input and writes one result line per input, in order (a contract other tools rely on; see
 * ARCHITECTURE.md). Otherwise evaluates the one EXPRESSION given, with contexts from {@code -c NAME=JSON}.
 */
@Command(name = "expr",
        description = {"Evaluate a ${{ }} expression with GitHub's semantics.",
                "--jsonl: read {\"expr\": \"...\", \"contexts\": {...}} lines on stdin, write one result line each."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:evaluated (with --jsonl: every line answered, errors included)",
                "1:the expression has an error", "2:usage error"})
final class ExprCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--jsonl", description = "Read JSON lines from standard input.")
    private boolean jsonl;

    @Option(names = {"-c", "--context"}, paramLabel = "NAME=JSON",
            description = "A named value the expression may use, e.g. -c 'github={\"ref\":\"refs/heads/main\"}'.")
    private Map<String, String> contexts = new LinkedHashMap<>();

    @Parameters(paramLabel = "EXPRESSION", arity = "0..1", description = "The expression, without ${{ }}.")
    private String expression;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (jsonl == (expression != null)) {
            err.println("gantry expr: give either an EXPRESSION or --jsonl");
            return 2;
        }
        return jsonl ? streamLines(out) : evaluateOne(out, err);
    }

    private int streamLines(PrintWriter out) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (!line.isBlank()) {
                out.println(ExpressionLine.evaluate(line));
                out.flush();
            }
        }
        return 0;
    }

    private int evaluateOne(PrintWriter out, PrintWriter err) {
        Map<String, Value> named = new LinkedHashMap<>();
        ObjectMapper mapper = new ObjectMapper();
        for (var entry : contexts.entrySet()) {
            try {
                named.put(entry.getKey(), ValueJson.fromJson(mapper.readTree(entry.getValue())));
            } catch (IOException e) {
                err.printf("gantry expr: context %s is not valid JSON: %s%n", entry.getKey(), e.getMessage());
                return 2;
            }
        }
        String line = ExpressionLine.evaluate(expression, named);
        out.println(line);
        return line.startsWith("{\"err\"") ? 1 : 0;
    }
}
