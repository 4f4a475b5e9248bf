package dev.gantry.workflow.read;

import dev.gantry.workflow.diag.Diagnostics;
import dev.gantry.workflow.diag.Span;
import dev.gantry.workflow.model.CallJob;
import dev.gantry.workflow.model.Job;
import dev.gantry.workflow.model.Named;
import dev.gantry.workflow.model.Workflow;
import dev.gantry.workflow.yaml.YamlAnchor;
import dev.gantry.workflow.yaml.YamlDocument;
import dev.gantry.workflow.yaml.YamlNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a loaded YAML document into a {@link Workflow}: checks it against {@link WorkflowSyntax}, then builds the
 * model and applies the cross-cutting rules (anchors, job ids, the needs graph, calls of reusable workflows through
 * {@link CallResolver}, and for the top-level workflow the job limit and {@link CallPermissionRules}). Every problem
 * goes to the diagnostics; the model is built even from a workflow with errors, as far as its shape allows.
 */
public final class WorkflowBuilder {

    private static final Syntax SYNTAX = WorkflowSyntax.workflow(false);
    private static final Syntax SYNTAX_WITH_BACKGROUND_STEPS = WorkflowSyntax.workflow(true);

    private final Diagnostics diagnostics;
    private final ReadOptions options;
    private final CallChain chain;
    private final CallBudget budget;

    /** A builder for a top-level workflow. */
    public WorkflowBuilder(Diagnostics diagnostics, ReadOptions options) {
        this(diagnostics, options, CallChain.TOP, new CallBudget(options.callLimits()));
    }

    /** A builder for a workflow at {@code chain} below the top-level one, sharing its {@code budget}. */
    WorkflowBuilder(Diagnostics diagnostics, ReadOptions options, CallChain chain, CallBudget budget) {
        this.diagnostics = diagnostics;
        this.options = options;
        this.chain = chain;
        this.budget = budget;
    }

    /** The workflow, or empty when the document has no root mapping to build from. */
    public Optional<Workflow> build(YamlDocument document) {
        // Anchors and aliases are plain YAML to GitHub since September 2025: the loader has already expanded
        // every alias; only the merge key '<<' stays unsupported (reported by the syntax checker).
        for (YamlAnchor anchor : document.anchors()) {
            if (!anchor.used()) {
                diagnostics.warning(SyntaxChecker.RULE, Span.at(anchor.span().start()),
                        "Anchor '%s' is defined but never used", anchor.name());
            }
        }
        if (document.root().isEmpty()) {
            if (!diagnostics.hasErrors()) {
                diagnostics.error(SyntaxChecker.RULE, Span.NONE, "Required property is missing: jobs");
            }
            return Optional.empty();
        }
        YamlNode root = document.root().get();
        ExpressionScanner expressions = new ExpressionScanner(diagnostics);
        new SyntaxChecker(diagnostics, expressions).check(root, options.backgroundSteps()
                ? SYNTAX_WITH_BACKGROUND_STEPS : SYNTAX, Contexts.NONE);
        if (!(root instanceof YamlNode.Mapping m)) {
            return Optional.empty();
        }
        Fields fields = new Fields(expressions);
        Map<String, Job> jobs = jobs(m.get("jobs"), new JobBuilder(fields, diagnostics),
                new ContextUseRules(expressions, diagnostics), expressions);
        Workflow workflow = new Workflow(
                Fields.text(m.get("name")),
                fields.string(m.get("run-name")),
                new TriggerBuilder(fields, diagnostics).build(m.get("on")),
                JobBuilder.permissions(m.get("permissions")),
                fields.env(m.get("env")),
                JobBuilder.defaults(fields, m.get("defaults")),
                ConcurrencyReader.read(fields, m.get("concurrency")),
                jobs,
                m.span());
        if (chain.isTop()) {
            checkJobLimit(workflow, Fields.mapping(m.get("jobs")).map(YamlNode::span).orElse(m.span()));
            CallPermissionRules.check(workflow, options.defaultPermissions(), diagnostics);
        }
        return Optional.of(workflow);
    }

    /** GitHub's limit on the jobs of a run, the jobs of called workflows included. */
    private void checkJobLimit(Workflow workflow, Span jobsSpan) {
        int max = options.callLimits().maxJobs();
        if (jobCount(workflow, 0) > max) {
            diagnostics.error(JobGraph.RULE, Span.at(jobsSpan.start()), "The workflow may not contain more than %d"
                    + " jobs", max);
        }
    }

    private static int jobCount(Workflow workflow, int depth) {
        int count = 0;
        for (Job job : workflow.jobs().values()) {
            count++;
            if (job instanceof CallJob call && call.called().isPresent() && depth < CallLimits.HARD_MAX_DEPTH) {
                count += jobCount(call.called().get(), depth + 1);
            }
        }
        return count;
    }

    private Map<String, Job> jobs(Optional<YamlNode> node, JobBuilder builder, ContextUseRules contextUses,
                                  ExpressionScanner expressions) {
        Map<String, Job> jobs = new LinkedHashMap<>();
        Optional<YamlNode.Mapping> mapping = Fields.mapping(node);
        if (mapping.isEmpty()) {
            return jobs;
        }
        Set<String> seen = new HashSet<>();
        CallResolver calls = new CallResolver(options, chain, budget, diagnostics);
        Map<String, YamlNode> nodes = new LinkedHashMap<>();
        for (YamlNode.Entry e : mapping.get().entries()) {
            if (!(e.key() instanceof YamlNode.Scalar key) || key.isNull() || key.value().isEmpty()
                    || key.value().contains("${{") || !seen.add(key.value().toLowerCase(Locale.ROOT))) {
                continue;
            }
            IdRules.check(key.value(), Span.at(key.span().start()), diagnostics);
            Job job = builder.build(new Named(key.value(), key.span()), e.value());
            contextUses.check(job, e.value());
            if (job instanceof CallJob call) {
                job = calls.resolve(call, e.value());
            }
            jobs.put(key.value(), job);
            nodes.put(key.value(), e.value());
        }
        CallOutputRules outputs = new CallOutputRules(expressions, diagnostics, jobs);
        nodes.values().forEach(outputs::check);
        JobGraph.check(new ArrayList<>(jobs.values()), mapping.get().span(), diagnostics);
        return jobs;
    }
}
