/**
 * Webhook deliveries into runs: the {@link dev.gantry.server.hook.WebhookRoutes} module serves one URL per
 * repository for GitHub, Gitea and Forgejo, verifies each delivery's HMAC-SHA256 signature with the repository's
 * stored secret and reads it with the engine's {@code dev.gantry.engine.webhook.DeliveryReader}, hands every event
 * the delivery stands for to the {@link dev.gantry.server.trigger.EventSink} (filters are the sink's), and records
 * the delivery id in the store only once the sink has stored the runs, so a redelivery after a crash still starts
 * them and a redelivery after success starts nothing.
 *
 * <p>Imports the HTTP layer ({@code ApiModule}, {@code ApiRefusal}, {@code Json}), the stores and the trigger
 * port; must not import the runner, the agent, the CLI or {@code dev.gantry.server.boot}.
 */
package dev.gantry.server.hook;
