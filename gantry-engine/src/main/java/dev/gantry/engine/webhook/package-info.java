/**
 * Webhook intake, as pure code: one delivery from GitHub, Gitea or Forgejo (headers and raw body bytes) becomes a
 * {@link dev.gantry.engine.webhook.DeliveryOutcome}: accepted as events, ignored (a ping, an event that starts no
 * workflow, a duplicate) or rejected (missing headers, a bad HMAC-SHA256 signature, an oversized or malformed
 * body, a payload without what its event needs). {@link dev.gantry.engine.webhook.DeliveryReader} verifies and
 * reads; {@link dev.gantry.engine.webhook.WebhookIntake} adds de-duplication by delivery id through the
 * {@link dev.gantry.engine.webhook.DeliveryLog} port, which the server persists.
 *
 * <p>No HTTP, threads, clock or storage: the server receives the request, supplies the secret and the time, and
 * persists the log. Imports the event package and the workflow library's values; must not import the trigger,
 * context, plan or schedule packages, nor the runner, server or CLI.
 */
package dev.gantry.engine.webhook;
