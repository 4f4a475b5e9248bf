package dev.gantry.server.boot;

import dev.gantry.server.audit.AuditAction;
import dev.gantry.server.audit.AuditLog;
import dev.gantry.server.audit.Subject;
import dev.gantry.server.store.TokenStore;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * Makes sure the server has an admin token: the operator's token is stored (hashed) when given; otherwise, on the
 * first start only (no token stored yet), a random one is generated and stored, and returned once so it can be
 * shown. A token stored is recorded in the audit log ({@code token.created}, by the server). Blocks on the database.
 */
final class AdminToken {

    static final String NAME = "admin";

    /** What {@link #ensure} did. */
    sealed interface Outcome {
        /** The operator's token is stored (now, or already). */
        record Given() implements Outcome {}

        /** A new token was generated and stored; its only appearance in clear. */
        record Generated(String token) implements Outcome {}

        /** Tokens exist already and none was given: nothing to do. */
        record Existing() implements Outcome {}
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private AdminToken() {
    }

    static Outcome ensure(TokenStore tokens, Optional<String> given, AuditLog audit) {
        if (given.isPresent()) {
            tokens.add(NAME, given.get()).ifPresent(stored -> audit.record(AuditLog.SERVER, AuditAction.TOKEN_CREATED,
                    Subject.token(NAME), Map.of("id", stored.id(), "given_by", "operator")));
            return new Outcome.Given();
        }
        if (!tokens.list().isEmpty()) {
            return new Outcome.Existing();
        }
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        String token = "gantry_" + HexFormat.of().formatHex(secret);
        tokens.add(NAME, token).ifPresent(stored -> audit.record(AuditLog.SERVER, AuditAction.TOKEN_CREATED,
                Subject.token(NAME), Map.of("id", stored.id(), "given_by", "generated")));
        return new Outcome.Generated(token);
    }
}
