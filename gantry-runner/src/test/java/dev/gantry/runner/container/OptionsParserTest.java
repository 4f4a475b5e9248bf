package dev.gantry.runner.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OptionsParserTest {

    private static ContainerOptions ok(String text) {
        OptionsParser.Parsed parsed = OptionsParser.parse(text);
        assertThat(parsed).isInstanceOf(OptionsParser.Parsed.Ok.class);
        return ((OptionsParser.Parsed.Ok) parsed).options();
    }

    private static String rejected(String text) {
        OptionsParser.Parsed parsed = OptionsParser.parse(text);
        assertThat(parsed).isInstanceOf(OptionsParser.Parsed.Rejected.class);
        return ((OptionsParser.Parsed.Rejected) parsed).message();
    }

    @Test
    void readsGitHubsPostgresHealthCheck() {
        ContainerOptions o = ok("--health-cmd pg_isready --health-interval 10s --health-timeout 5s --health-retries 5");
        assertThat(o.health()).contains(new HealthCheck("pg_isready", Optional.of(Duration.ofSeconds(10)),
                Optional.of(Duration.ofSeconds(5)), Optional.of(5), Optional.empty()));
    }

    @Test
    void quotedCommandsEqualsFormsAndEnv() {
        ContainerOptions o = ok("--health-cmd \"pg_isready -U postgres\" --health-start-period=1m30s -e A=1 "
                + "--env 'B=two words' --entrypoint /bin/sh -u 1000 --cpus 1.5 -m 512m --privileged -v data:/d");
        assertThat(o.health().orElseThrow().command()).isEqualTo("pg_isready -U postgres");
        assertThat(o.health().orElseThrow().startPeriod()).contains(Duration.ofSeconds(90));
        assertThat(o.env()).isEqualTo(Map.of("A", "1", "B", "two words"));
        assertThat(o.entrypoint()).contains("/bin/sh");
        assertThat(o.user()).contains("1000");
        assertThat(o.cpus()).contains(1.5);
        assertThat(o.memory()).contains(512L << 20);
        assertThat(o.privileged()).isTrue();
        assertThat(o.volumes()).containsExactly("data:/d");
    }

    @Test
    void refusesWhatGitHubRefusesAndWhatItDoesNotKnow() {
        assertThat(rejected("--network host")).contains("--network is not supported");
        assertThat(rejected("--name db")).contains("--name is not supported");
        assertThat(rejected("--frobnicate 1")).isEqualTo("options: --frobnicate is not supported by this runner");
        assertThat(rejected("--health-interval soon")).contains("'soon' is not a duration");
        assertThat(rejected("--health-retries many")).contains("is not a whole number");
        assertThat(rejected("--health-cmd")).isEqualTo("options: --health-cmd needs a value");
        assertThat(rejected("--health-cmd 'pg_isready")).contains("quote that is not closed");
        assertThat(rejected("-e NOVALUE")).contains("is not NAME=value");
        assertThat(rejected("postgres")).contains("'postgres' is not a flag");
    }

    @Test
    void emptyOptionsAreNone() {
        assertThat(ok("  ")).isEqualTo(ContainerOptions.NONE);
    }

    @Test
    void dockerDurations() {
        assertThat(DockerDuration.parse("10s")).contains(Duration.ofSeconds(10));
        assertThat(DockerDuration.parse("1h2m3s")).contains(Duration.ofSeconds(3723));
        assertThat(DockerDuration.parse("500ms")).contains(Duration.ofMillis(500));
        assertThat(DockerDuration.parse("1.5s")).contains(Duration.ofMillis(1500));
        assertThat(DockerDuration.parse("30")).contains(Duration.ofSeconds(30));
        assertThat(DockerDuration.parse("0")).isEmpty();
        assertThat(DockerDuration.parse("10x")).isEmpty();
        assertThat(DockerDuration.parse("s")).isEmpty();
    }

    @Test
    void imageNamesSplitForPulling() {
        assertThat(ImageName.repository("postgres:16")).isEqualTo("postgres");
        assertThat(ImageName.tag("postgres:16")).isEqualTo("16");
        assertThat(ImageName.tag("postgres")).isEqualTo("latest");
        assertThat(ImageName.repository("localhost:5000/team/app")).isEqualTo("localhost:5000/team/app");
        assertThat(ImageName.tag("localhost:5000/team/app")).isEqualTo("latest");
        assertThat(ImageName.repository("alpine@sha256:abc")).isEqualTo("alpine");
        assertThat(ImageName.tag("alpine@sha256:abc")).isEqualTo("sha256:abc");
    }
}
