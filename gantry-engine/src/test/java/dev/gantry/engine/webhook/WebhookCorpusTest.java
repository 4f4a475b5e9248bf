package dev.gantry.engine.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.engine.event.Event;
import dev.gantry.engine.event.Payload;
import dev.gantry.engine.event.PullRequest;
import dev.gantry.engine.event.Push;
import dev.gantry.engine.event.WorkflowDispatch;
import dev.gantry.engine.webhook.DeliveryOutcome.Accepted;
import dev.gantry.engine.webhook.DeliveryOutcome.Ignored;
import dev.gantry.engine.webhook.DeliveryOutcome.Rejected;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Every real payload of the corpus, delivered as GitHub delivers it (signed, with its event header), is accepted
 * with the event name, activity, ref, sha and repository {@code INDEX.tsv} gives, or ignored on purpose as listed
 * in {@code known-failures/webhooks.tsv}; none is rejected and none throws.
 */
class WebhookCorpusTest {

    private final DeliveryReader reader = new DeliveryReader();

    @Test
    void everyPayloadIsAcceptedAsIndexedOrDeliberatelyIgnored() {
        List<Map<String, String>> index = Deliveries.index();
        Map<String, String> exclusions = Deliveries.knownExclusions();
        SoftAssertions soft = new SoftAssertions();
        Map<String, String> ignored = new LinkedHashMap<>();
        List<String> rejected = new ArrayList<>();
        int accepted = 0;
        for (Map<String, String> row : index) {
            String file = row.get("file");
            DeliveryOutcome outcome = reader.read(Deliveries.github(row.get("event"), Deliveries.payload(file)),
                    Deliveries.SECRET);
            switch (outcome) {
                case Accepted a -> {
                    accepted++;
                    checkAgainstIndex(soft, file, row, a);
                }
                case Ignored i -> ignored.put(file, i.message());
                case Rejected r -> rejected.add(file + ": " + r.message());
            }
        }
        int parsed = accepted + ignored.size();
        System.out.printf("CONFORMANCE webhooks: %d/%d parsed (%.1f%%; %d accepted as events, %d deliberately "
                + "ignored as listed in known-failures/webhooks.tsv)%n", parsed, index.size(),
                100.0 * parsed / index.size(), accepted, ignored.size());

        assertThat(index).hasSize(194);
        assertThat(rejected).as("rejected payloads").isEmpty();
        assertThat(ignored.keySet()).as("ignored payloads are exactly the listed exclusions")
                .containsExactlyInAnyOrderElementsOf(exclusions.keySet());
        soft.assertAll();
    }

    private static void checkAgainstIndex(SoftAssertions soft, String file, Map<String, String> row, Accepted a) {
        Event event = a.event();
        Payload payload = new Payload(event.payload());
        soft.assertThat(event.name()).as(file + " event").isEqualTo(row.get("event"));
        soft.assertThat(event.action()).as(file + " action")
                .isEqualTo(Optional.of(row.get("action")).filter(s -> !s.isEmpty()));
        soft.assertThat(a.repository().fullName()).as(file + " repository").isEqualTo(row.get("repository"));
        soft.assertThat(event.actor()).as(file + " actor").isEqualTo(row.get("sender"));
        soft.assertThat(a.id().forge()).isEqualTo(Forge.GITHUB);
        String ref = row.get("ref");
        switch (event) {
            case Push push -> {
                soft.assertThat(push.revision().ref()).as(file + " ref").isEqualTo(ref);
                soft.assertThat(push.revision().sha()).as(file + " sha")
                        .isEqualTo(payload.string("after").orElseThrow());
            }
            case PullRequest pr -> {
                soft.assertThat(pr.base().ref()).as(file + " base").isEqualTo(row.get("pr_base_ref"));
                soft.assertThat(pr.head().ref()).as(file + " head").isEqualTo(row.get("pr_head_ref"));
                soft.assertThat(pr.head().sha()).as(file + " head sha")
                        .isEqualTo(payload.string("pull_request", "head", "sha").orElseThrow());
                soft.assertThat(pr.revision().ref()).as(file + " run ref")
                        .isEqualTo("refs/pull/%d/merge".formatted(pr.number()));
                soft.assertThat(a.events()).as(file + " also pull_request_target").hasSize(2);
                soft.assertThat(a.events().get(1).name()).isEqualTo("pull_request_target");
            }
            case WorkflowDispatch dispatch -> {
                soft.assertThat(dispatch.revision().ref()).as(file + " ref").isEqualTo(ref);
                soft.assertThat(dispatch.inputs()).as(file + " inputs").containsKey("name");
            }
            default -> {
                if (row.get("event").equals("create")) {
                    String kind = row.get("ref_type").equals("tag") ? "refs/tags/" : "refs/heads/";
                    soft.assertThat(event.revision().ref()).as(file + " ref").isEqualTo(kind + ref);
                }
                if (row.get("event").equals("delete")) {
                    soft.assertThat(payload.string("ref")).as(file + " deleted ref").contains(ref);
                    soft.assertThat(event.revision().ref()).as(file + " runs on the default branch")
                            .isEqualTo("refs/heads/" + payload.string("repository", "default_branch").orElseThrow());
                }
            }
        }
        soft.assertThat(event.payload().members()).as(file + " keeps the payload")
                .containsAllEntriesOf(Deliveries.parsed(file).members());
    }
}
