package dev.gantry.runner.container;

import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Network;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Removes what runner processes that no longer run left on the engine (a crash, a kill -9): every container,
 * network and volume labelled {@value ResourceLabels#JOB} whose {@value ResourceLabels#OWNER} label names a process of
 * this machine that is gone. Resources of live processes and of other machines are left alone. Run it once when an
 * executor starts; blocks while the engine answers; never throws for the engine's refusals (they are reported).
 */
public final class ContainerJanitor {

    /** What a sweep removed, and what it could not. */
    public record Sweep(int containers, int networks, int volumes, List<String> problems) {
        public Sweep {
            problems = List.copyOf(problems);
        }
    }

    private final DockerEngine engine;
    private final Predicate<String> ownerAlive;

    public ContainerJanitor(DockerEngine engine) {
        this(engine, ResourceLabels::ownerAlive);
    }

    ContainerJanitor(DockerEngine engine, Predicate<String> ownerAlive) {
        this.engine = engine;
        this.ownerAlive = ownerAlive;
    }

    public Sweep sweep() {
        List<String> problems = new ArrayList<>();
        int containers = 0;
        int networks = 0;
        int volumes = 0;
        try {
            for (Container c : engine.containersLabelled(ResourceLabels.JOB)) {
                if (leftover(c.getLabels())) {
                    engine.remove(c.getId()).ifPresentOrElse(problems::add, () -> { });
                    containers++;
                }
            }
            for (Network n : engine.networksLabelled(ResourceLabels.JOB)) {
                if (leftover(n.getLabels())) {
                    engine.removeNetwork(n.getId()).ifPresent(problems::add);
                    networks++;
                }
            }
            for (Map.Entry<String, Map<String, String>> v : engine.volumesLabelled(ResourceLabels.JOB).entrySet()) {
                if (leftover(v.getValue())) {
                    engine.removeVolume(v.getKey()).ifPresent(problems::add);
                    volumes++;
                }
            }
        } catch (EngineFailure e) {
            problems.add(e.getMessage());
        }
        return new Sweep(containers, networks, volumes, problems);
    }

    private boolean leftover(Map<String, String> labels) {
        String owner = labels == null ? null : labels.get(ResourceLabels.OWNER);
        return owner != null && !ownerAlive.test(owner);
    }
}
