package dev.gantry.api.agent;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything an agent needs to run one job instance, written by the server when the scheduler starts the job and
 * kept with the job (so a restarted server hands out the same spec). The agent reads the workflow from
 * {@code workflowText} (the file at {@code headSha}), rebuilds the event from {@code eventName},
 * {@code eventPayload} and {@code inputs}, assembles the job's contexts with its own {@code runner} and paths,
 * puts {@code schedulerContexts} over them, and fetches the repository from {@code repository.cloneUrl} for
 * {@code actions/checkout}.
 *
 * @param runId             the server's run id ({@code github.run_id})
 * @param runNumber         {@code github.run_number}
 * @param runAttempt        {@code github.run_attempt}
 * @param workflowPath      the workflow file in the repository, e.g. {@code .github/workflows/ci.yml}
 * @param workflowText      the workflow file's text at {@code headSha}
 * @param jobKey            the instance's key in the run: the job id, or {@code test[2]} for matrix instance 2
 * @param jobId             the job's id in the workflow
 * @param displayName       the instance's name as shown, e.g. {@code test (21, linux)}
 * @param repository        which repository, and where to fetch it
 * @param headSha           {@code GITHUB_SHA}
 * @param ref               {@code GITHUB_REF}, e.g. {@code refs/heads/main}; empty when the event names none
 * @param eventName         {@code github.event_name}
 * @param eventPayload      {@code github.event}: the complete payload the run was started with
 * @param inputs            a dispatch's inputs as given (strings), empty for other events
 * @param actor             {@code github.actor}
 * @param triggeringActor   who started this attempt when it differs from {@code actor}; empty otherwise
 * @param schedulerContexts {@code needs}, {@code matrix} and {@code strategy} as the scheduler decided them
 * @param vars              configuration variables ({@code vars})
 * @param secrets           secret values by name: given to the job and masked in everything it reports
 * @param timeoutMinutes    the job's evaluated {@code timeout-minutes}
 * @param runsOn            the labels that matched the agent
 */
public record JobSpec(long runId, long runNumber, int runAttempt, String workflowPath, String workflowText,
                      String jobKey, String jobId, String displayName, RepositoryRef repository, String headSha,
                      String ref, String eventName, JsonNode eventPayload, Map<String, String> inputs, String actor,
                      String triggeringActor, JsonNode schedulerContexts, Map<String, String> vars,
                      Map<String, String> secrets, double timeoutMinutes, List<String> runsOn) {

    public JobSpec {
        Objects.requireNonNull(workflowPath, "workflowPath");
        Objects.requireNonNull(workflowText, "workflowText");
        Objects.requireNonNull(jobKey, "jobKey");
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(headSha, "headSha");
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(eventName, "eventName");
        Objects.requireNonNull(eventPayload, "eventPayload");
        inputs = Map.copyOf(inputs);
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(triggeringActor, "triggeringActor");
        Objects.requireNonNull(schedulerContexts, "schedulerContexts");
        vars = Map.copyOf(vars);
        secrets = Map.copyOf(secrets);
        runsOn = List.copyOf(runsOn);
    }

    /**
     * A repository as the agent sees it.
     *
     * @param owner         e.g. {@code acme}
     * @param name          e.g. {@code shop}
     * @param cloneUrl      where the agent fetches {@code headSha} from (the server's hosted git, or the
     *                      registered URL); the agent authenticates with its own token
     * @param defaultBranch e.g. {@code main}
     */
    public record RepositoryRef(String owner, String name, String cloneUrl, String defaultBranch) {
        public RepositoryRef {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(cloneUrl, "cloneUrl");
            Objects.requireNonNull(defaultBranch, "defaultBranch");
        }

        public String fullName() {
            return owner + "/" + name;
        }
    }
}
