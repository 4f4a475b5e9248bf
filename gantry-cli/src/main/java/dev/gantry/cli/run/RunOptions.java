package dev.gantry.cli.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code gantry run} was asked to do, as given on the command line (files not read yet).
 *
 * @param event        the event name, e.g. {@code push}
 * @param directory    the repository or plain folder ({@code -C})
 * @param workflows    a workflow file or a folder of them, relative to {@code directory} ({@code -W})
 * @param jobs         the jobs to run ({@code -j}), each with the jobs it needs; empty for all
 * @param eventFile    a webhook payload ({@code -e}), relative to the current directory
 * @param secretFiles  dotenv files of secrets, read in order (later values win)
 * @param secrets      {@code K=V}, or {@code K} to take the value of the environment variable {@code K}
 * @param varFiles     dotenv files of configuration variables ({@code vars})
 * @param vars         {@code K=V} configuration variables
 * @param inputs       {@code K=V} inputs of a {@code workflow_dispatch} or {@code workflow_call} run
 * @param envFiles     dotenv files of the run's base environment ({@code --env-file}), read in order
 * @param env          {@code K=V} variables of the base environment ({@code --env}), over the files'
 * @param report       where to write the JSON report
 * @param parallel     at most this many jobs at once, over all runs
 * @param list         show what would run instead of running it
 * @param sandbox      run each job in a bubblewrap sandbox (when the executor supports it)
 */
public record RunOptions(String event, Path directory, Path workflows, List<String> jobs, Optional<Path> eventFile,
                         List<Path> secretFiles, List<String> secrets, List<Path> varFiles, List<String> vars,
                         List<String> inputs, List<Path> envFiles, List<String> env, Optional<Path> report, int parallel, boolean list, boolean sandbox,
                         Progress progress, ContainerChoice containers) {

    public RunOptions {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(workflows, "workflows");
        jobs = List.copyOf(jobs);
        Objects.requireNonNull(eventFile, "eventFile");
        secretFiles = List.copyOf(secretFiles);
        secrets = List.copyOf(secrets);
        varFiles = List.copyOf(varFiles);
        vars = List.copyOf(vars);
        inputs = List.copyOf(inputs);
        envFiles = List.copyOf(envFiles);
        env = List.copyOf(env);
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(containers, "containers");
    }

    /** Running every job of the push workflows under {@code directory}, with the defaults. */
    public static RunOptions defaults(Path directory) {
        return new RunOptions("push", directory, Path.of(".github", "workflows"), List.of(), Optional.empty(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                Optional.empty(), Runtime.getRuntime().availableProcessors(), false, false, Progress.plain,
                ContainerChoice.DEFAULT);
    }
}
