package dev.gantry.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.cli.run.UsageProblem;
import dev.gantry.runner.container.ImagePolicy;
import dev.gantry.runner.container.JobContainers;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContainerChoicesTest {

    @Test
    void pullPolicyAndLimitsAreRead() throws UsageProblem {
        JobContainers.Settings settings = ContainerChoices.settings(
                ContainerChoices.read("never", Optional.of(1.5), Optional.of("2g")));
        assertThat(settings.images()).isEqualTo(ImagePolicy.NEVER);
        assertThat(settings.limits().cpus()).contains(1.5);
        assertThat(settings.limits().memory()).contains(2L << 30);
        assertThat(ContainerChoices.settings(ContainerChoices.read("missing", Optional.empty(), Optional.empty())))
                .isEqualTo(JobContainers.Settings.DEFAULT);
    }

    @Test
    void badValuesAreUsageProblemsNamingTheOption() {
        assertThatThrownBy(() -> ContainerChoices.read("sometimes", Optional.empty(), Optional.empty()))
                .hasMessage("--pull must be missing or never, not 'sometimes'");
        assertThatThrownBy(() -> ContainerChoices.read("missing", Optional.of(0.0), Optional.empty()))
                .hasMessageStartingWith("--container-cpus must be a positive number");
        assertThatThrownBy(() -> ContainerChoices.read("missing", Optional.empty(), Optional.of("lots")))
                .hasMessage("--container-memory must be a size such as 512m or 2g, not 'lots'");
    }

    @Test
    void theCommandStopsWithExitTwoOnABadPullPolicy() {
        CommandRun run = CommandRun.of("run", "--pull", "sometimes");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--pull must be missing or never, not 'sometimes'");
    }
}
