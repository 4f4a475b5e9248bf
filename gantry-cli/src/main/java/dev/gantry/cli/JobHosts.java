package dev.gantry.cli;

import dev.gantry.cli.run.JobHost;
import dev.gantry.cli.run.RunInputs;
import dev.gantry.cli.run.RunOptions;
import dev.gantry.cli.run.UsageProblem;
import dev.gantry.runner.action.ActionSources;
import dev.gantry.runner.action.ActionStore;
import dev.gantry.runner.action.BuiltinAction;
import dev.gantry.runner.artifact.ArtifactStore;
import dev.gantry.runner.builtin.artifact.ArtifactActions;
import dev.gantry.runner.builtin.cache.CacheActions;
import dev.gantry.runner.builtin.checkout.CheckoutAction;
import dev.gantry.runner.builtin.checkout.SourceRepositories;
import dev.gantry.runner.builtin.setup.SetupGo;
import dev.gantry.runner.builtin.setup.SetupJava;
import dev.gantry.runner.builtin.setup.SetupNode;
import dev.gantry.runner.builtin.setup.SetupPython;
import dev.gantry.runner.cache.CacheStore;
import dev.gantry.runner.container.ContainerJanitor;
import dev.gantry.runner.container.ContainerRuntime;
import dev.gantry.runner.host.HostJobExecutor;
import dev.gantry.runner.host.HostOptions;
import dev.gantry.runner.sandbox.Sandbox;
import dev.gantry.runner.store.ActionStores;
import dev.gantry.workflow.expr.Value;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Wires the job host {@code gantry run} uses: the host executor, every job working in the folder being run (the
 * checked-out work, as on a self-hosted runner with the repository already there), runner temp and tool cache in
 * a private temporary folder removed at the end, and with {@code --sandbox} each step inside bubblewrap. Jobs with
 * {@code container:} or {@code services:} use the container runtime {@code DOCKER_HOST} or the default socket
 * names when one answers (what an earlier, crashed run left behind is removed first).
 */
final class JobHosts {

    private JobHosts() {}

    static JobHost forOptions(RunOptions options) throws UsageProblem {
        return forOptions(options, GantryHome.current());
    }

    /** The job host for {@code options}, with actions, cache and artifacts in {@code home}. */
    static JobHost forOptions(RunOptions options, GantryHome home) throws UsageProblem {
        HostOptions host;
        Path state;
        try {
            state = Files.createTempDirectory("gantry-run-");
        } catch (IOException e) {
            throw new UsageProblem("cannot create a folder for the run in %s: %s"
                    .formatted(System.getProperty("java.io.tmpdir"), e.getMessage()));
        }
        host = HostOptions.under(state).withWorkspace(options.directory().toAbsolutePath().normalize());
        if (options.sandbox()) {
            Path bwrap = onPath("bwrap").orElseThrow(() -> new UsageProblem(
                    "--sandbox: bubblewrap (bwrap) is not installed or not on PATH"));
            host = host.withSandbox(new Sandbox.Bubblewrap(bwrap, true));
        }
        host = host.withActions(actions(options, home));
        ContainerRuntime containers = ContainerRuntime.detect(System.getenv());
        if (containers instanceof ContainerRuntime.Available available) {
            new ContainerJanitor(available.engine()).sweep();
        }
        host = host.withContainers(containers).withContainerSettings(ContainerChoices.settings(options.containers()));
        HostJobExecutor executor = new HostJobExecutor(host);
        return new JobHost(executor, executor::runnerInfo, () -> {
            deleteQuietly(state);
            if (containers instanceof ContainerRuntime.Available available) {
                available.engine().close();
            }
        });
    }

    /**
     * The action store of the user's Gantry home ({@code $GANTRY_ACTION_STORE}, else {@code <home>/actions}) and the
     * built-in actions; {@code actions/checkout} checks out the run's repository from the folder being run.
     */
    private static ActionSources actions(RunOptions options, GantryHome home) throws UsageProblem {
        Path folder = options.directory().toAbsolutePath().normalize();
        String repository = RunInputs.read(options).event().payload().members().get("repository")
                instanceof Value.Obj r && r.members().get("full_name") instanceof Value.Str name
                ? name.value() : folder.getFileName().toString();
        return ActionSources.of(actionStore(home), builtins(repository, folder, home));
    }

    /** The action store of {@code home}: {@code $GANTRY_ACTION_STORE}, else {@code <home>/actions}. */
    static ActionStore actionStore(GantryHome home) {
        String location = home.actionStore(Optional.empty(), System.getenv());
        return ActionStores.open(location, home.actionCache(location));
    }

    /**
     * The built-in actions of {@code gantry run}: checkout takes {@code repository} from {@code folder}; the cache
     * is the home's ({@code <home>/cache/actions}); a run's artifacts are kept in {@code <home>/runs/<run id>/}.
     */
    static List<BuiltinAction> builtins(String repository, Path folder, GantryHome home) {
        Map<String, ArtifactStore> artifacts = new ConcurrentHashMap<>();
        List<BuiltinAction> all = new ArrayList<>(List.of(new CheckoutAction(SourceRepositories.single(repository,
                folder)), new SetupNode(), new SetupJava(), new SetupPython(), new SetupGo()));
        all.addAll(CacheActions.over(CacheStore.under(home.path().resolve("cache").resolve("actions"))));
        all.addAll(ArtifactActions.over(runId -> artifacts.computeIfAbsent(runId, id -> ArtifactStore.under(
                home.path().resolve("runs").resolve(id).resolve("artifacts")))));
        return List.copyOf(all);
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        return Stream.of(path.split(File.pathSeparator)).filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, program)).filter(Files::isExecutable).findFirst();
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | RuntimeException e) {
            // A leftover temporary folder is harmless.
        }
    }
}
