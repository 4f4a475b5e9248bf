package dev.gantry.server.run;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.api.ApiJson;
import dev.gantry.api.agent.JobSpec;
import dev.gantry.server.secret.RepositorySecrets;
import dev.gantry.server.secret.SecretKeyException;
import dev.gantry.server.store.Ids.JobId;
import dev.gantry.server.store.Ids.RepositoryId;
import dev.gantry.server.store.JobStore;
import dev.gantry.server.store.RunLedger;
import dev.gantry.server.store.RunStore;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The spec an agent is handed for a job it took: the one stored when the job started, with {@code secrets} filled
 * in now from the repository's secrets that the workflow refers to. Secret values are resolved at every hand-out
 * and never written into the stored spec, so a changed secret reaches the next job and a database dump of the
 * specs holds none. Runs of a pull request from a fork get no secrets, as on GitHub. Thread-safe; blocks on the
 * database and, the first time, on the key file.
 */
final class AgentSpecs {

    private static final Set<String> PULL_REQUEST_EVENTS = Set.of("pull_request", "pull_request_review",
            "pull_request_review_comment");

    /** What there is to hand out for a job. */
    sealed interface Outcome {
        record Ready(JobSpec spec) implements Outcome {}

        /** No spec is stored for the job (unknown, or never started), or it cannot be read. */
        record Missing() implements Outcome {}

        /** The spec needs secrets that cannot be decrypted; the reason is one sentence naming the key file. */
        record Unreadable(String reason) implements Outcome {}
    }

    private final RunLedger ledger;
    private final JobStore jobs;
    private final RunStore runs;
    private final RepositorySecrets secrets;

    AgentSpecs(RunLedger ledger, JobStore jobs, RunStore runs, RepositorySecrets secrets) {
        this.ledger = ledger;
        this.jobs = jobs;
        this.runs = runs;
        this.secrets = secrets;
    }

    Outcome spec(JobId job) {
        Optional<JobSpec> stored = ledger.spec(job).flatMap(AgentSpecs::read);
        Optional<RepositoryId> repository = jobs.find(job).flatMap(j -> runs.find(j.run())).map(r -> r.repository());
        if (stored.isEmpty() || repository.isEmpty()) {
            return new Outcome.Missing();
        }
        JobSpec spec = stored.get();
        if (fromFork(spec)) {
            return new Outcome.Ready(spec);
        }
        try {
            return new Outcome.Ready(withSecrets(spec, secrets.forWorkflow(repository.get(), spec.workflowText())));
        } catch (SecretKeyException e) {
            return new Outcome.Unreadable("the secrets of " + spec.repository().fullName() + " cannot be read: "
                    + e.getMessage());
        }
    }

    /** A pull request whose head is in another repository than its base: code the repository's owners did not write. */
    static boolean fromFork(JobSpec spec) {
        if (!PULL_REQUEST_EVENTS.contains(spec.eventName())) {
            return false;
        }
        JsonNode pull = spec.eventPayload().path("pull_request");
        String head = pull.path("head").path("repo").path("full_name").asText("");
        String base = pull.path("base").path("repo").path("full_name").asText(spec.repository().fullName());
        return !head.isEmpty() && !head.equalsIgnoreCase(base);
    }

    private static JobSpec withSecrets(JobSpec s, Map<String, String> values) {
        return new JobSpec(s.runId(), s.runNumber(), s.runAttempt(), s.workflowPath(), s.workflowText(), s.jobKey(),
                s.jobId(), s.displayName(), s.repository(), s.headSha(), s.ref(), s.eventName(), s.eventPayload(),
                s.inputs(), s.actor(), s.triggeringActor(), s.schedulerContexts(), s.vars(), values, s.timeoutMinutes(),
                s.runsOn());
    }

    private static Optional<JobSpec> read(String text) {
        try {
            return Optional.of(ApiJson.mapper().readValue(text, JobSpec.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
