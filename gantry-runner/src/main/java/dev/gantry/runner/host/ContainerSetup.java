package dev.gantry.runner.host;

import dev.gantry.engine.plan.Evaluated;
import dev.gantry.runner.container.ContainerExec;
import dev.gantry.runner.container.ContainerRuntime;
import dev.gantry.runner.container.ContainerSpec;
import dev.gantry.runner.container.ContainerSpecReader;
import dev.gantry.runner.container.JobContainers;
import dev.gantry.runner.container.ResourceLabels;
import dev.gantry.runner.container.ServicePorts;
import dev.gantry.runner.container.ServiceSpec;
import dev.gantry.workflow.expr.Value;
import dev.gantry.workflow.model.Container;
import dev.gantry.workflow.model.EnvMap;
import dev.gantry.workflow.model.RunnerJob;
import dev.gantry.workflow.model.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The containers of one job on a host with a container runtime: its {@code services:} and its {@code container:},
 * evaluated ({@link ContainerSpecReader}) and started ({@link JobContainers}) before the first step, removed when
 * the job completes — also after a failure, a timeout or a cancellation. Steps of a container job run inside it
 * through {@link #exec()}; {@link #servicesContext()} is the {@code job.services} context. Job thread only.
 */
final class ContainerSetup implements AutoCloseable {

    private final Optional<JobContainers> containers;
    private Optional<ContainerExec> exec = Optional.empty();
    private Map<String, ServicePorts> services = Map.of();

    private ContainerSetup(Optional<JobContainers> containers) {
        this.containers = containers;
    }

    /** Nothing to start: a job without {@code container:} and {@code services:}, or a host without a runtime. */
    static final ContainerSetup NONE = new ContainerSetup(Optional.empty());

    /**
     * Starts what the job needs; the problem, if any, is one sentence naming the service, image or field.
     *
     * @param log where the runner's messages and the services' logs go (the job's current log)
     */
    static Started start(RunnerJob job, HostOptions options, JobLayout layout, String runId, String jobKey,
                         StepExpressions expressions, Consumer<String> log) throws InterruptedException {
        if ((job.container().isEmpty() && job.services().isEmpty())
                || !(options.containers() instanceof ContainerRuntime.Available runtime)) {
            return new Started(NONE, Optional.empty());
        }
        ContainerSpecReader reader = new ContainerSpecReader(new ContainerSpecReader.Fields() {
            @Override
            public Evaluated<String> text(String field, Template<String> template) {
                return expressions.text(field, template);
            }

            @Override
            public Evaluated<Value> value(String field, Template<?> template) {
                return expressions.value(field, template);
            }

            @Override
            public Evaluated<Map<String, String>> map(String field, EnvMap env) {
                return expressions.map(field, env);
            }
        });
        Optional<ContainerSpec> container = Optional.empty();
        if (job.container().isPresent()) {
            switch (reader.read("container", job.container().get())) {
                case ContainerSpecReader.Read.Spec s -> container = Optional.of(s.spec());
                case ContainerSpecReader.Read.None n -> { }
                case ContainerSpecReader.Read.Problem p -> {
                    return new Started(NONE, Optional.of(p.message()));
                }
            }
        }
        List<ServiceSpec> services = new ArrayList<>();
        for (Map.Entry<String, Template<Container>> service : job.services().entrySet()) {
            switch (reader.read("services." + service.getKey(), service.getValue())) {
                case ContainerSpecReader.Read.Spec s -> services.add(new ServiceSpec(service.getKey(), s.spec()));
                case ContainerSpecReader.Read.None n -> { }
                case ContainerSpecReader.Read.Problem p -> {
                    return new Started(NONE, Optional.of(p.message()));
                }
            }
        }
        JobContainers containers = new JobContainers(runtime.engine(), ResourceLabels.of(runId, jobKey),
                options.containerSettings(), log);
        ContainerSetup setup = new ContainerSetup(Optional.of(containers));
        switch (containers.start(services, container, List.of(layout.workspace(), layout.temp(),
                layout.toolCache()))) {
            case JobContainers.Started.Ready ready -> {
                setup.exec = ready.exec();
                setup.services = ready.services();
                return new Started(setup, Optional.empty());
            }
            case JobContainers.Started.Failed failed -> {
                return new Started(setup, Optional.of(failed.message()));
            }
        }
    }

    /** What {@link #start} gave: the setup to close at the end of the job, and the problem if the job cannot run. */
    record Started(ContainerSetup setup, Optional<String> problem) {}

    /** How a step's command runs in the job container; empty for a job on the host. */
    Optional<ContainerExec> exec() {
        return exec;
    }

    /** {@code job.services}: per service its container id, network and ports mapped on the host. */
    Value.Obj servicesContext() {
        Map<String, Value> out = new LinkedHashMap<>();
        services.forEach((name, ports) -> {
            Map<String, Value> mapped = new LinkedHashMap<>();
            ports.ports().forEach((k, v) -> mapped.put(k, new Value.Str(v)));
            out.put(name, new Value.Obj(Map.of("id", new Value.Str(ports.id()), "network",
                    new Value.Str(ports.network()), "ports", new Value.Obj(mapped))));
        });
        return new Value.Obj(out);
    }

    @Override
    public void close() {
        containers.ifPresent(JobContainers::close);
    }
}
