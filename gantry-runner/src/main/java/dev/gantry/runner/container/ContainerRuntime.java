package dev.gantry.runner.container;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Whether this host has a container runtime: the engine {@code DOCKER_HOST} names, else the default socket
 * {@value #DEFAULT_SOCKET}, answering a ping. Detection blocks for at most a few seconds and never throws.
 */
public sealed interface ContainerRuntime {

    String DEFAULT_SOCKET = "/var/run/docker.sock";

    /** An engine that answered; close it when the executor is done with it. */
    record Available(DockerEngine engine) implements ContainerRuntime {
        public Available {
            Objects.requireNonNull(engine, "engine");
        }
    }

    /** No engine, and why, in one sentence a job that needs one shows at setup. */
    record Unavailable(String reason) implements ContainerRuntime {
        public Unavailable {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Finds the runtime from an environment ({@code DOCKER_HOST}); see the interface. */
    static ContainerRuntime detect(Map<String, String> environment) {
        String configured = environment.getOrDefault("DOCKER_HOST", "").strip();
        if (configured.isEmpty() && !Files.exists(Path.of(DEFAULT_SOCKET))) {
            return new Unavailable("no container runtime: DOCKER_HOST is not set and " + DEFAULT_SOCKET
                    + " does not answer");
        }
        String host = configured.isEmpty() ? "unix://" + DEFAULT_SOCKET : configured;
        DockerClient client;
        try {
            DockerClientConfig config = DefaultDockerClientConfig.createDefaultConfigBuilder()
                    .withDockerHost(host).build();
            DockerHttpClient http = new ApacheDockerHttpClient.Builder()
                    .dockerHost(config.getDockerHost())
                    .sslConfig(config.getSSLConfig())
                    .connectionTimeout(Duration.ofSeconds(5))
                    .responseTimeout(Duration.ofMinutes(10))
                    .maxConnections(32)
                    .build();
            client = DockerClientImpl.getInstance(config, http);
        } catch (RuntimeException e) {
            return new Unavailable("no container runtime: DOCKER_HOST '" + host + "' is not usable: "
                    + EngineFailure.reason(e));
        }
        try {
            client.pingCmd().exec();
            return new Available(new DockerEngine(client, host));
        } catch (RuntimeException e) {
            DockerEngine.closeQuietly(client);
            return new Unavailable(configured.isEmpty()
                    ? "no container runtime: DOCKER_HOST is not set and " + DEFAULT_SOCKET + " does not answer ("
                    + EngineFailure.reason(e) + ")"
                    : "no container runtime: DOCKER_HOST " + host + " does not answer (" + EngineFailure.reason(e)
                    + ")");
        }
    }
}
