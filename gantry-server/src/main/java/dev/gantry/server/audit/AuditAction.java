package dev.gantry.server.audit;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The closed set of things the audit log records, each with its stored name ({@code run.triggered}). A stored
 * record whose action is not one of these was altered; adding an action here is how a new event gets recorded.
 */
public enum AuditAction {
    RUN_TRIGGERED("run.triggered"),
    RUN_CANCELLED("run.cancelled"),
    RUN_RERUN("run.rerun"),
    WORKFLOW_DISPATCHED("workflow.dispatched"),
    REPOSITORY_CREATED("repository.created"),
    REPOSITORY_PUSHED("repository.pushed"),
    TOKEN_CREATED("token.created"),
    TOKEN_REVOKED("token.revoked"),
    REGISTRATION_TOKEN_ISSUED("registration_token.issued"),
    AGENT_REGISTERED("agent.registered"),
    AGENT_LOST("agent.lost"),
    USER_ADDED("user.added"),
    USER_LOGGED_IN("user.logged_in"),
    USER_LOGIN_FAILED("user.login_failed"),
    ROLE_GRANTED("role.granted"),
    ROLE_REVOKED("role.revoked"),
    SECRET_SET("secret.set"),
    SECRET_DELETED("secret.deleted"),
    SECRETS_GIVEN("secrets.given"),
    MASTER_KEY_ROTATED("secrets.key_rotated"),
    ENVIRONMENT_CHANGED("environment.changed"),
    APPROVAL_REQUESTED("approval.requested"),
    APPROVAL_GRANTED("approval.granted"),
    APPROVAL_REJECTED("approval.rejected"),
    DEPLOYMENT_STARTED("deployment.started"),
    DEPLOYMENT_FINISHED("deployment.finished"),
    DEPLOYMENT_ROLLED_BACK("deployment.rolled_back"),
    CONFIGURATION_CHANGED("configuration.changed");

    private static final Map<String, AuditAction> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(AuditAction::wireName, Function.identity()));

    private final String wireName;

    AuditAction(String wireName) {
        this.wireName = wireName;
    }

    /** The name as stored and queried: {@code run.triggered}. */
    public String wireName() {
        return wireName;
    }

    /** The action a stored name stands for; empty for a name Gantry never records. */
    public static Optional<AuditAction> named(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }
}
