package dev.gantry.engine.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.engine.webhook.DeliveryOutcome.Accepted;
import dev.gantry.engine.webhook.DeliveryOutcome.IgnoreReason;
import dev.gantry.engine.webhook.DeliveryOutcome.Ignored;
import dev.gantry.engine.webhook.DeliveryOutcome.RejectReason;
import dev.gantry.engine.webhook.DeliveryOutcome.Rejected;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** De-duplication by delivery id: a redelivery starts nothing; a rejected delivery does not use up its id. */
class WebhookIntakeTest {

    private static final String ID = "72d3162e-cc78-11e3-81ab-4c9367dc0958";
    private static final Instant FIRST = Instant.parse("2026-01-01T10:00:00Z");
    private static final Instant LATER = Instant.parse("2026-01-01T10:05:00Z");

    private final InMemoryDeliveryLog log = new InMemoryDeliveryLog();
    private final WebhookIntake intake = new WebhookIntake(new DeliveryReader(), log);

    private static WebhookDelivery push(String id) {
        return Deliveries.github("push", id, Deliveries.payload("push/with-new-branch.payload.json"));
    }

    @Test
    void aRedeliveryWithTheSameIdIsIgnoredAsADuplicate() {
        assertThat(intake.receive(push(ID), Deliveries.SECRET, FIRST)).isInstanceOf(Accepted.class);

        DeliveryOutcome again = intake.receive(push(ID), Deliveries.SECRET, LATER);

        assertThat(again).isEqualTo(new Ignored(new DeliveryId(Forge.GITHUB, ID), "push", IgnoreReason.DUPLICATE,
                "webhook delivery " + ID + " was already received at 2026-01-01T10:00:00Z"));
        assertThat(log.size()).isEqualTo(1);
    }

    @Test
    void anotherIdOfTheSameEventIsAcceptedAgain() {
        assertThat(intake.receive(push(ID), Deliveries.SECRET, FIRST)).isInstanceOf(Accepted.class);
        assertThat(intake.receive(push("f0e4c2f76c58916ec258f246851bea091d14d4247a2fc3e18694461b1816e13b"),
                Deliveries.SECRET, LATER)).isInstanceOf(Accepted.class);
        assertThat(log.size()).isEqualTo(2);
    }

    @Test
    void aRejectedDeliveryDoesNotUseUpItsId() {
        DeliveryOutcome forged = intake.receive(push(ID), WebhookSecret.of("another secret"), FIRST);
        assertThat(forged).isInstanceOfSatisfying(Rejected.class,
                r -> assertThat(r.reason()).isEqualTo(RejectReason.BAD_SIGNATURE));
        assertThat(log.size()).isZero();

        assertThat(intake.receive(push(ID), Deliveries.SECRET, LATER)).isInstanceOf(Accepted.class);
    }

    @Test
    void theSameIdFromAnotherForgeIsAnotherDelivery() {
        byte[] body = Deliveries.payload("push/with-new-branch.payload.json");
        assertThat(intake.receive(push(ID), Deliveries.SECRET, FIRST)).isInstanceOf(Accepted.class);
        assertThat(intake.receive(Deliveries.gitea("Gitea", "push", ID, body), Deliveries.SECRET, LATER))
                .isInstanceOf(Accepted.class);
    }

    @Test
    void aRepeatedPingIsAlsoADuplicate() {
        WebhookDelivery ping = Deliveries.github("ping", ID, Deliveries.payload("ping/payload.json"));
        assertThat(intake.receive(ping, Deliveries.SECRET, FIRST)).isInstanceOfSatisfying(Ignored.class,
                i -> assertThat(i.reason()).isEqualTo(IgnoreReason.PING));
        assertThat(intake.receive(ping, Deliveries.SECRET, LATER)).isInstanceOfSatisfying(Ignored.class,
                i -> assertThat(i.reason()).isEqualTo(IgnoreReason.DUPLICATE));
    }
}
