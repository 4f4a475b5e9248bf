package dev.gantry.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.workflow.Parsed;
import dev.gantry.workflow.WorkflowReader;
import dev.gantry.workflow.model.Workflow;

/** Reads workflow text in tests; the text must be valid. */
public final class Workflows {

    private Workflows() {}

    public static Workflow read(String yaml) {
        Parsed<Workflow> parsed = WorkflowReader.read("test.yml", yaml);
        assertThat(parsed.hasErrors()).as("%s", parsed.diagnostics()).isFalse();
        return parsed.value().orElseThrow();
    }
}
