package dev.gantry.runner.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HostLabelsTest {

    @Test
    void aLinuxHostServesSelfHostedItsOsArchAndTheHostedUbuntuLabels() {
        HostLabels labels = HostLabels.of("Linux", "amd64");
        assertThat(labels.missing(List.of("self-hosted", "Linux", "X64"))).isEmpty();
        assertThat(labels.missing(List.of("ubuntu-latest"))).isEmpty();
        assertThat(labels.missing(List.of("ubuntu-24.04", "ubuntu-22.04"))).isEmpty();
        assertThat(labels.missing(List.of("windows-latest", "self-hosted", "gpu"))).containsExactly("windows-latest", "gpu");
        assertThat(labels.missing(List.of("arm64"))).containsExactly("arm64");
    }

    @Test
    void armAndMacHosts() {
        assertThat(HostLabels.of("Linux", "aarch64").missing(List.of("linux", "arm64", "ubuntu-24.04-arm"))).isEmpty();
        assertThat(HostLabels.of("Mac OS X", "aarch64").missing(List.of("macos-latest", "ubuntu-latest")))
                .containsExactly("ubuntu-latest");
    }
}
