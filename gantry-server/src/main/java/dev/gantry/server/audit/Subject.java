package dev.gantry.server.audit;

import java.util.Objects;

/**
 * What an audit record is about, as {@code kind:name}: {@code repo:acme/shop}, {@code run:42},
 * {@code agent:agent-3}, {@code token:admin}, {@code secret:acme/shop/DEPLOY_KEY}, {@code server:gantry}.
 */
public record Subject(String value) {

    public Subject {
        Objects.requireNonNull(value, "value");
    }

    public static Subject repository(String fullName) {
        return new Subject("repo:" + fullName);
    }

    public static Subject run(long id) {
        return new Subject("run:" + id);
    }

    public static Subject agent(String id) {
        return new Subject("agent:" + id);
    }

    public static Subject token(String name) {
        return new Subject("token:" + name);
    }

    public static Subject user(String name) {
        return new Subject("user:" + name);
    }

    /** A secret by scope ({@code acme/shop}, {@code acme/shop/production}, or {@code server}) and name. */
    public static Subject secret(String scope, String name) {
        return new Subject("secret:" + scope + "/" + name);
    }

    public static Subject environment(String repository, String name) {
        return new Subject("env:" + repository + "/" + name);
    }

    public static Subject server() {
        return new Subject("server:gantry");
    }

    @Override
    public String toString() {
        return value;
    }
}
