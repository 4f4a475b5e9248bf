/**
 * Repository secrets, encrypted at rest: {@link dev.gantry.server.secret.RepositorySecrets} sets, lists and
 * deletes them (values go in, never out, except to a job) and resolves the values a workflow references when an
 * agent takes one of its jobs. Values are sealed with AES-256-GCM ({@link dev.gantry.server.secret.SecretCipher})
 * under a key kept in a file beside the data, {@code keys/secrets.key} ({@link dev.gantry.server.secret.SecretKeyFile}),
 * never in the database: a dump of the database alone reveals no value.
 *
 * <p>When the key file is lost, the stored values cannot be read: resolving one is a
 * {@link dev.gantry.server.secret.SecretKeyException} naming the file (the job that needed it fails with that
 * sentence), never a crash. Setting a secret again seals it with the key in place (a new one is created when none
 * is), which fixes it.
 *
 * <p>This package owns the cryptography and the rules for secret names. It stores through
 * {@code dev.gantry.server.store} and must not import HTTP, the run coordinator or {@code dev.gantry.runner}.
 */
package dev.gantry.server.secret;
