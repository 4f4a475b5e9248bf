package dev.gantry.cli;

import dev.gantry.cli.run.ContainerChoice;
import dev.gantry.cli.run.JobHost;
import dev.gantry.cli.run.LocalRun;
import dev.gantry.cli.run.Progress;
import dev.gantry.cli.run.RunOptions;
import dev.gantry.cli.run.UsageProblem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code gantry run [EVENT]}: runs the workflows of a repository (or plain folder) that an event triggers, on this
 * machine. A contract other tools depend on (ARCHITECTURE.md): exit 0 when every run succeeded, 1 when one failed
 * or was cancelled, 2 on usage or validation errors. Parses the options, reads the workflows as
 * {@code gantry validate} does (printing its diagnostics when one has an error), and hands over to
 * {@link LocalRun} with the executor this command wires.
 */
@Command(name = "run",
        mixinStandardHelpOptions = true,
        versionProvider = GantryVersion.class,
        description = {"Run the workflows an event triggers, on this machine.",
                "Jobs run as a DAG, independent jobs in parallel; logs stream as they come, then a summary."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every run succeeded (or nothing was triggered)", "1:a run failed or was cancelled",
                "2:usage error, or a workflow has errors (printed as gantry validate prints them)"},
        footerHeading = "%nNotes:%n",
        footer = {"-j JOB also runs the jobs JOB needs, so needs.<job>.outputs hold real values.",
                "--secret NAME (without =VALUE) takes the environment variable NAME.",
                "--env and --env-file values are the run's base environment: in the env context",
                "and each step's process, overridden by workflow, job and step env; GITHUB_* and",
                "RUNNER_* defaults always win. --env values win over --env-file ones.",
                "Ctrl-C or SIGTERM cancels: jobs stop, always() steps still run, the summary",
                "prints. A second Ctrl-C exits at once, killing the steps still running.",
                "uses: owner/repo@ref comes from the action store ($GANTRY_ACTION_STORE, else",
                "~/.gantry/actions; fill it with gantry actions import), else from Gantry's",
                "built-in checkout, setup-*, cache and artifact actions.",
                "container:, services: and docker actions need a Docker engine (DOCKER_HOST or",
                "/var/run/docker.sock).",
                "--json fields are listed in gantry-cli/README.md. Secrets are masked everywhere."})
final class RunCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "EVENT", defaultValue = "push",
            description = "The event: push (default), pull_request, workflow_dispatch, schedule, …")
    private String event;

    @Option(names = "-C", paramLabel = "DIR", defaultValue = ".",
            description = "The repository or plain folder to run in (default: the current directory).")
    private Path directory;

    @Option(names = {"-W", "--workflows"}, paramLabel = "WORKFLOW_FILE_OR_FOLDER", defaultValue = ".github/workflows",
            description = "A workflow file or a folder of them, relative to DIR (default: ${DEFAULT-VALUE}).")
    private Path workflows;

    @Option(names = {"-j", "--job"}, paramLabel = "JOB", description = "Run only this job and the jobs it needs.")
    private List<String> jobs = new ArrayList<>();

    @Option(names = {"-e", "--event-file"}, paramLabel = "EVENT_JSON",
            description = "A webhook payload (JSON) for the event.")
    private Path eventFile;

    @Option(names = "--secret-file", paramLabel = "FILE", description = "Secrets in dotenv form (NAME=value).")
    private List<Path> secretFiles = new ArrayList<>();

    @Option(names = {"-s", "--secret"}, paramLabel = "NAME[=VALUE]", description = "A secret.")
    private List<String> secrets = new ArrayList<>();

    @Option(names = "--var-file", paramLabel = "FILE", description = "Configuration variables (vars) in dotenv form.")
    private List<Path> varFiles = new ArrayList<>();

    @Option(names = "--var", paramLabel = "NAME=VALUE", description = "A configuration variable (vars).")
    private List<String> vars = new ArrayList<>();

    @Option(names = "--input", paramLabel = "NAME=VALUE",
            description = "An input of a workflow_dispatch or workflow_call run.")
    private List<String> inputs = new ArrayList<>();

    @Option(names = "--env-file", paramLabel = "FILE",
            description = "Environment variables in dotenv form, for every step (under the workflow's env).")
    private List<Path> envFiles = new ArrayList<>();

    @Option(names = "--env", paramLabel = "NAME=VALUE",
            description = "An environment variable for every step (under the workflow's env).")
    private List<String> env = new ArrayList<>();

    @Option(names = "--json", paramLabel = "REPORT", description = "Write a JSON report of the runs to REPORT.")
    private Path report;

    @Option(names = {"-p", "--parallel"}, paramLabel = "N",
            description = "Run at most N jobs at once (default: the number of processors).")
    private Integer parallel;

    @Option(names = {"-l", "--list"}, description = "Show what would run (workflows, jobs, matrix instances, "
            + "order) without running it.")
    private boolean list;

    @Option(names = "--sandbox", description = "Run each job in a bubblewrap sandbox (when bwrap is installed).")
    private boolean sandbox;

    @Option(names = "--pull", paramLabel = "POLICY", defaultValue = "missing",
            description = "When to pull a container image: missing (default: when the engine lacks it) or never "
                    + "(air-gapped: a missing image fails the job).")
    private String pull;

    @Option(names = "--container-cpus", paramLabel = "CPUS",
            description = "The most CPUs a job container or docker action may use, e.g. 1.5.")
    private Double containerCpus;

    @Option(names = "--container-memory", paramLabel = "SIZE",
            description = "The most memory a job container or docker action may use, e.g. 2g or 512m.")
    private String containerMemory;

    @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
            description = "auto (default): a live board on a terminal, plain lines otherwise; live; plain.")
    private Progress progress;

    /** Opens the job host for the options; a host that cannot be set up is a usage problem. */
    @FunctionalInterface
    interface Hosts {
        JobHost open(RunOptions options) throws UsageProblem;
    }

    private final Hosts hosts;

    RunCommand() {
        this(JobHosts::forOptions);
    }

    /** With the job host {@code hosts} makes for the options (tests pass a scripted executor). */
    RunCommand(Hosts hosts) {
        this.hosts = hosts;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ContainerChoice containers;
        try {
            containers = ContainerChoices.read(pull, Optional.ofNullable(containerCpus),
                    Optional.ofNullable(containerMemory));
        } catch (UsageProblem e) {
            err.println("gantry run: " + e.getMessage());
            err.flush();
            return LocalRun.EXIT_USAGE;
        }
        RunOptions options = new RunOptions(event, directory, workflows, jobs, Optional.ofNullable(eventFile),
                secretFiles, secrets, varFiles, vars, inputs, envFiles, env, Optional.ofNullable(report),
                parallel == null ? Runtime.getRuntime().availableProcessors() : parallel, list, sandbox, progress,
                containers);
        WorkflowLoader.Loaded loaded;
        try {
            loaded = WorkflowLoader.load(directory, workflows, JobHosts.actionStore(GantryHome.current()));
        } catch (UsageProblem e) {
            err.println("gantry run: " + e.getMessage());
            err.flush();
            return LocalRun.EXIT_USAGE;
        }
        return switch (loaded) {
            case WorkflowLoader.Loaded.Invalid invalid -> {
                invalid.diagnostics().forEach(f -> out.println(f.diagnostic().render(f.path())));
                out.flush();
                err.println("gantry run: the workflows have errors; nothing was run");
                err.flush();
                yield LocalRun.EXIT_USAGE;
            }
            case WorkflowLoader.Loaded.Workflows ok -> {
                ok.warnings().forEach(f -> err.println(f.diagnostic().render(f.path())));
                err.flush();
                try (JobHost host = hosts.open(options)) {
                    yield new LocalRun(host, out, err, Clock.systemUTC(), true).run(options, ok.workflows());
                } catch (UsageProblem e) {
                    err.println("gantry run: " + e.getMessage());
                    err.flush();
                    yield LocalRun.EXIT_USAGE;
                }
            }
        };
    }
}
