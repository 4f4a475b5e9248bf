package dev.gantry.workflow.read;

import dev.gantry.workflow.diag.Diagnostic;
import dev.gantry.workflow.diag.Diagnostics;
import dev.gantry.workflow.diag.Span;
import dev.gantry.workflow.model.CallJob;
import dev.gantry.workflow.model.Trigger;
import dev.gantry.workflow.model.Workflow;
import dev.gantry.workflow.yaml.YamlLoader;
import dev.gantry.workflow.yaml.YamlNode;
import java.util.Optional;

/**
 * Fetches and reads the workflow a call job calls, through {@link ReadOptions#calledWorkflows()}: the called file
 * is read like any workflow (its own calls one level deeper), its errors are reported in its file (named by the
 * reference), and the call is checked against it: {@code on: workflow_call} present, inputs and secrets
 * ({@link CallInterfaceRules}). Cycles, the depth limit and the limit of distinct called workflows cut the call
 * off with an error at the {@code uses} value; nothing is fetched for a reference holding an expression.
 */
final class CallResolver {

    static final String RULE = "workflow-call";

    private final ReadOptions options;
    private final CallChain chain;
    private final CallBudget budget;
    private final Diagnostics diagnostics;

    CallResolver(ReadOptions options, CallChain chain, CallBudget budget, Diagnostics diagnostics) {
        this.options = options;
        this.chain = chain;
        this.budget = budget;
        this.diagnostics = diagnostics;
    }

    /** {@code job} with its called workflow when it could be read, else {@code job} as it is. */
    CallJob resolve(CallJob job, YamlNode node) {
        String reference = job.uses().name();
        Span at = Span.at(job.uses().span().start());
        if (reference.contains("${{") || options.calledWorkflows() == CalledWorkflows.NONE) {
            return job;
        }
        if (chain.contains(reference)) {
            diagnostics.error(RULE, at, "Workflow '%s' calls itself: %s", reference, chain.cycleTo(reference));
            return job;
        }
        if (chain.depth() + 1 > budget.limits().maxDepth()) {
            diagnostics.error(RULE, at, "Nested reusable workflow depth exceeded %d.", budget.limits().maxDepth());
            return job;
        }
        if (!budget.admit(reference)) {
            if (budget.firstWorkflowLimitReport()) {
                diagnostics.error(RULE, at, "A workflow may call at most %d distinct reusable workflows, nested"
                        + " calls included; '%s' is one more.", budget.limits().maxCalledWorkflows(), reference);
            }
            return job;
        }
        if (!budget.expand()) {
            return job;
        }
        return switch (fetch(reference)) {
            case CalledWorkflows.Fetched.NotServed n -> job;
            case CalledWorkflows.Fetched.Missing m -> {
                diagnostics.error(RULE, at, "Failed to fetch workflow '%s': %s", reference, m.reason());
                yield job;
            }
            case CalledWorkflows.Fetched.Source s -> read(job, node, reference, s.text(), at);
        };
    }

    private CalledWorkflows.Fetched fetch(String reference) {
        try {
            return options.calledWorkflows().fetch(reference);
        } catch (RuntimeException e) {
            // The port promises not to throw; if it does anyway, the call is reported, not the read aborted.
            return new CalledWorkflows.Fetched.Missing("the workflow could not be fetched ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    private CallJob read(CallJob job, YamlNode node, String reference, String source, Span at) {
        Diagnostics inner = new Diagnostics();
        CallChain below = chain.enter(reference);
        Optional<Workflow> called = new WorkflowBuilder(inner, options, below, budget)
                .build(YamlLoader.load(source, options.limits(), inner));
        for (Diagnostic d : inner.sorted()) {
            Diagnostic placed = d.inFile(reference);
            // Duplicates (a workflow called from two places) are dropped once they reach the top-level read.
            if (d.isError() && (!chain.isTop() || budget.firstReport(placed))) {
                diagnostics.add(placed);
            }
        }
        if (called.isEmpty()) {
            return job;
        }
        Optional<Trigger> trigger = called.get().on().find("workflow_call");
        if (trigger.isPresent() && trigger.get() instanceof Trigger.Call call) {
            CallInterfaceRules.check(job, node, call, reference, diagnostics);
        } else {
            diagnostics.error(RULE, at, "workflow_call key is not defined in the referenced workflow.");
        }
        return job.withCalled(called.get());
    }
}
