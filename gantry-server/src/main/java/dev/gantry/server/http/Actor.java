package dev.gantry.server.http;

import io.javalin.http.Context;

/**
 * Who makes a request: the name of the token it authenticated with, which {@link ApiServer} puts on the request
 * before any handler runs. Runs started or re-run through the API name it as their actor.
 */
public final class Actor {

    static final String ATTRIBUTE = "gantry.actor";
    private static final String UNKNOWN = "api";

    private Actor() {
    }

    static void set(Context ctx, String name) {
        ctx.attribute(ATTRIBUTE, name);
    }

    /** The request's actor; {@code api} for a request whose token carried no name. */
    public static String of(Context ctx) {
        String name = ctx.attribute(ATTRIBUTE);
        return name == null || name.isBlank() ? UNKNOWN : name;
    }
}
