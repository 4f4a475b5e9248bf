package dev.gantry.cli.run;

import dev.gantry.engine.plan.Instances;
import dev.gantry.engine.plan.JobInstance;
import dev.gantry.engine.plan.PlannedJob;
import dev.gantry.engine.plan.RunPlan;
import dev.gantry.workflow.model.CallJob;
import dev.gantry.workflow.model.Template;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints {@code gantry run --list}: for each workflow whether the event triggers it and why, and for a triggered
 * one its jobs by level (what can run first, then what can run once those have finished), each matrix instance
 * with its key and display name, and the job's condition when it has one:
 *
 * <pre>
 * ci (.github/workflows/ci.yml): triggered by push
 *   1  quality    Quality gate
 *   2  build      build
 *   3  test[0]    test (unit)
 *      test[1]    test (integration)
 *   4  deploy     deploy    if: github.ref == 'refs/heads/main'
 * docs (.github/workflows/docs.yml): not triggered: on does not list push (it lists pull_request)
 * </pre>
 */
final class ListPrinter {

    private ListPrinter() {}

    static void print(PrintWriter out, List<Selected> selected) {
        for (Selected s : selected) {
            String head = "%s (%s): ".formatted(s.workflow().name(), s.workflow().displayPath());
            switch (s) {
                case Selected.NotTriggered not -> out.println(head + "not triggered: " + not.why());
                case Selected.Triggered run -> {
                    out.println(head + run.why());
                    rows(run.plan()).forEach(out::println);
                }
            }
        }
        out.flush();
    }

    private record Row(String level, String key, String name, String note) {}

    private static List<String> rows(RunPlan plan) {
        List<Row> rows = new ArrayList<>();
        List<List<String>> levels = plan.levels();
        for (int l = 0; l < levels.size(); l++) {
            boolean first = true;
            for (String id : levels.get(l)) {
                PlannedJob job = plan.jobs().get(id);
                for (Row row : jobRows(job)) {
                    rows.add(new Row(first ? Integer.toString(l + 1) : "", row.key(), row.name(), row.note()));
                    first = false;
                }
            }
        }
        int keyWidth = rows.stream().mapToInt(r -> r.key().length()).max().orElse(0);
        int nameWidth = rows.stream().mapToInt(r -> r.name().length()).max().orElse(0);
        return rows.stream().map(r -> ("  %2s  %-" + keyWidth + "s  %-" + nameWidth + "s  %s")
                .formatted(r.level(), r.key(), r.name(), r.note()).stripTrailing()).toList();
    }

    private static List<Row> jobRows(PlannedJob job) {
        String note = note(job);
        String plainName = job.job().name().literalValue().orElse(job.id());
        return switch (job.instances()) {
            case Instances.Expanded e -> e.instances().stream()
                    .map((JobInstance i) -> new Row("", i.key().toString(), i.displayName(), note)).toList();
            case Instances.Deferred d -> List.of(new Row("", job.id(), plainName,
                    join(note, "matrix known when its needs have run (" + d.why() + ")")));
            case Instances.Invalid i -> List.of(new Row("", job.id(), plainName,
                    join(note, "fails when it starts: " + i.error().message())));
        };
    }

    private static String note(PlannedJob job) {
        String note = "";
        if (job.job().condition() instanceof Template.Expression<Boolean> e && !e.source().strip().equals("success()")) {
            note = "if: " + e.source().strip();
        }
        if (job.job() instanceof CallJob call) {
            note = join(note, "calls " + call.uses().name());
        }
        return note;
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : a + "; " + b;
    }
}
