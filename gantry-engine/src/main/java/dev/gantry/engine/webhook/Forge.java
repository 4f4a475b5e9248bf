package dev.gantry.engine.webhook;

import java.util.Optional;

/**
 * A server that sends webhook deliveries, with the headers it names the event, the delivery id and the signature
 * in. Gitea and Forgejo also send GitHub's headers for compatibility; their own headers win.
 */
public enum Forge {
    /** {@code X-Hub-Signature-256: sha256=<hex>}. */
    GITHUB("X-GitHub-Event", "X-GitHub-Delivery", "X-Hub-Signature-256", "sha256="),
    /** {@code X-Gitea-Signature: <hex>}, no prefix. */
    GITEA("X-Gitea-Event", "X-Gitea-Delivery", "X-Gitea-Signature", ""),
    /** {@code X-Forgejo-Signature: <hex>}, no prefix. */
    FORGEJO("X-Forgejo-Event", "X-Forgejo-Delivery", "X-Forgejo-Signature", "");

    private final String eventHeader;
    private final String deliveryHeader;
    private final String signatureHeader;
    private final String signaturePrefix;

    Forge(String eventHeader, String deliveryHeader, String signatureHeader, String signaturePrefix) {
        this.eventHeader = eventHeader;
        this.deliveryHeader = deliveryHeader;
        this.signatureHeader = signatureHeader;
        this.signaturePrefix = signaturePrefix;
    }

    public String eventHeader() {
        return eventHeader;
    }

    public String deliveryHeader() {
        return deliveryHeader;
    }

    public String signatureHeader() {
        return signatureHeader;
    }

    /** What precedes the hex digest in the signature header: {@code sha256=} for GitHub, nothing otherwise. */
    public String signaturePrefix() {
        return signaturePrefix;
    }

    /** The forge whose event header {@code delivery} carries, the most specific first (Forgejo, Gitea, GitHub). */
    static Optional<Forge> of(WebhookDelivery delivery) {
        for (Forge forge : new Forge[] {FORGEJO, GITEA, GITHUB}) {
            if (delivery.header(forge.eventHeader).isPresent()) {
                return Optional.of(forge);
            }
        }
        return Optional.empty();
    }
}
