package dev.gantry.runner.container;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A job container or a service container with every expression evaluated.
 *
 * @param env        the {@code env:} mapping, in source order
 * @param ports      {@code ports:} entries in docker syntax ({@code 5432}, {@code 8080:80}, {@code 53/udp})
 * @param volumes    {@code volumes:} entries in docker syntax ({@code name:/path}, {@code /host:/path:ro})
 * @param login      registry credentials, used for pulling only and never printed
 * @param entrypoint a service's {@code entrypoint:} key
 * @param command    a service's {@code command:} key, split into words
 */
public record ContainerSpec(String image, Map<String, String> env, List<String> ports, List<String> volumes,
                            ContainerOptions options, Optional<RegistryLogin> login, Optional<String> entrypoint,
                            List<String> command) {

    public ContainerSpec {
        Objects.requireNonNull(image, "image");
        env = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(env));
        ports = List.copyOf(ports);
        volumes = List.copyOf(volumes);
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(entrypoint, "entrypoint");
        command = List.copyOf(command);
    }

    /** Only an image, as {@code container: debian:bookworm} says. */
    public static ContainerSpec of(String image) {
        return new ContainerSpec(image, Map.of(), List.of(), List.of(), ContainerOptions.NONE, Optional.empty(),
                Optional.empty(), List.of());
    }

    /** The container's environment: {@code env:} then the {@code -e} options, which win. */
    Map<String, String> environment() {
        Map<String, String> out = new LinkedHashMap<>(env);
        out.putAll(options.env());
        return out;
    }

    /** Registry credentials; {@link #toString()} hides the password. */
    public record RegistryLogin(String username, String password) {
        public RegistryLogin {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(password, "password");
        }

        @Override
        public String toString() {
            return "RegistryLogin[username=" + username + ", password=***]";
        }
    }
}
