package dev.gantry.cli;

import dev.gantry.cli.run.ContainerChoice;
import dev.gantry.cli.run.UsageProblem;
import dev.gantry.runner.container.ContainerLimits;
import dev.gantry.runner.container.ImagePolicy;
import dev.gantry.runner.container.JobContainers;
import dev.gantry.runner.container.OptionsParser;
import java.util.Optional;

/**
 * Reads {@code gantry run}'s container options ({@code --pull}, {@code --container-cpus},
 * {@code --container-memory}) and turns them into the runner's container settings.
 */
final class ContainerChoices {

    private ContainerChoices() {}

    static ContainerChoice read(String pull, Optional<Double> cpus, Optional<String> memory) throws UsageProblem {
        boolean pullMissing = switch (pull) {
            case "missing" -> true;
            case "never" -> false;
            default -> throw new UsageProblem("--pull must be missing or never, not '" + pull + "'");
        };
        if (cpus.isPresent() && !(cpus.get() > 0 && Double.isFinite(cpus.get()))) {
            throw new UsageProblem("--container-cpus must be a positive number of CPUs, not " + cpus.get());
        }
        Optional<Long> bytes = Optional.empty();
        if (memory.isPresent()) {
            bytes = switch (OptionsParser.parse("--memory " + memory.get())) {
                case OptionsParser.Parsed.Ok ok when ok.options().memory().isPresent() -> ok.options().memory();
                default -> throw new UsageProblem("--container-memory must be a size such as 512m or 2g, not '"
                        + memory.get() + "'");
            };
        }
        return new ContainerChoice(pullMissing, cpus, bytes);
    }

    /** The runner's settings for {@code choice}. */
    static JobContainers.Settings settings(ContainerChoice choice) {
        return JobContainers.Settings.DEFAULT
                .withImages(choice.pullMissing() ? ImagePolicy.PULL_IF_MISSING : ImagePolicy.NEVER)
                .withLimits(new ContainerLimits(choice.cpus(), choice.memory()));
    }
}
