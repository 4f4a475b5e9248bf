package dev.gantry.runner.host;

import dev.gantry.runner.envfile.EnvFileReader;
import dev.gantry.runner.envfile.PrependedPath;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment of a step's process, with GitHub's precedence, lowest first: the host's own environment (a
 * self-hosted runner passes it on), {@code CI}, the workflow's then the job's {@code env}, what earlier steps wrote
 * to {@code GITHUB_ENV}, the step's {@code env}; then the default {@code GITHUB_*} and {@code RUNNER_*} variables,
 * which none of those can override (GitHub's documented rule; {@code CI} can be), and the step's own file
 * variables. {@code PATH} is the result's {@code PATH} with the {@code GITHUB_PATH} additions in front. Pure.
 */
final class ProcessEnvironment {

    private ProcessEnvironment() {}

    /**
     * @param host      the runner's own environment
     * @param defaults  {@code CI}, {@code GITHUB_*}, {@code RUNNER_*} from the contexts
     * @param jobEnv    the workflow's and the job's {@code env}, merged
     * @param fileEnv   what earlier steps wrote to {@code GITHUB_ENV}
     * @param stepEnv   the step's {@code env}
     * @param stepFiles this step's {@code GITHUB_ENV}, {@code GITHUB_OUTPUT}… paths and {@code GITHUB_ACTION}
     */
    static Map<String, String> of(Map<String, String> host, Map<String, String> defaults, Map<String, String> jobEnv,
                                  Map<String, String> fileEnv, Map<String, String> stepEnv,
                                  Map<String, String> stepFiles, PrependedPath path) {
        Map<String, String> out = new LinkedHashMap<>(host);
        defaults.forEach((k, v) -> {
            if (!EnvFileReader.isDefaultVariable(k)) {
                out.put(k, v);
            }
        });
        out.putAll(jobEnv);
        out.putAll(fileEnv);
        out.putAll(stepEnv);
        defaults.forEach((k, v) -> {
            if (EnvFileReader.isDefaultVariable(k)) {
                out.put(k, v);
            }
        });
        out.putAll(stepFiles);
        out.put("PATH", path.apply(out.getOrDefault("PATH", "")));
        return out;
    }

    /** The {@code env} context of a step: the workflow's and job's env, {@code GITHUB_ENV} values, the step's env. */
    static Map<String, String> context(Map<String, String> jobEnv, Map<String, String> fileEnv,
                                       Map<String, String> stepEnv) {
        Map<String, String> out = new LinkedHashMap<>(jobEnv);
        out.putAll(fileEnv);
        out.putAll(stepEnv);
        return out;
    }
}
