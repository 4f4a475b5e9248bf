package dev.gantry.workflow.read;

import dev.gantry.workflow.WorkflowReader;
import java.util.List;

/** Reads a small inline workflow and renders its diagnostics as {@code SEVERITY ci.yml:L:C: message [rule]}. */
final class RuleTesting {

    private RuleTesting() {}

    static List<String> diagnostics(String source) {
        return WorkflowReader.read("ci.yml", source).diagnostics().stream()
                .map(d -> d.severity() + " " + d.render("ci.yml")).toList();
    }

    /** A workflow with the given {@code on:} block and one trivial job. */
    static String on(String onBlock) {
        return "on:\n" + onBlock + "jobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo\n";
    }
}
