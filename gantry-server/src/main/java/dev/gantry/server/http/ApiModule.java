package dev.gantry.server.http;

import io.javalin.config.RoutesConfig;

/**
 * A part of the server that serves its own routes (hosted git, webhooks, the agent protocol…), registered when
 * the {@link ApiServer} starts. Handlers run on virtual threads and report refusals by throwing
 * {@link ApiRefusal}, which the server turns into a JSON error.
 */
@FunctionalInterface
public interface ApiModule {

    void register(RoutesConfig routes);
}
