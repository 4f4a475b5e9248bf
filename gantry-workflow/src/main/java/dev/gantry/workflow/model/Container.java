package dev.gantry.workflow.model;

import dev.gantry.workflow.diag.Span;
import java.util.List;
import java.util.Optional;

/**
 * A job container or service container ({@code entrypoint} and {@code command} only for services); the string form {@code container: node:20} has only an image. */
public record Container(Template<String> image, Optional<Credentials> credentials, EnvMap env,
                        List<Template<String>> ports, List<Template<String>> volumes,
                        Optional<Template<String>> options, Optional<Template<String>> entrypoint,
                        Optional<Template<String>> command, Span span) {

    public Container {
        ports = List.copyOf(ports);
        volumes = List.copyOf(volumes);
    }

    /** Registry credentials. */
    public record Credentials(Template<String> username, Template<String> password, Span span) {}
}
