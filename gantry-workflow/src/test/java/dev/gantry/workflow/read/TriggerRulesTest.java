package dev.gantry.workflow.read;

import static dev.gantry.workflow.read.RuleTesting.diagnostics;
import static dev.gantry.workflow.read.RuleTesting.on;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Cron lines, time zones, filter patterns and filter conflicts, activity types: one small workflow each. */
class TriggerRulesTest {

    @Test
    void invalidCronIsAnErrorAtTheOffendingField() {
        assertThat(diagnostics(on("  schedule:\n    - cron: '0 24 * * *'\n"))).containsExactly(
                "ERROR ci.yml:3:16: Invalid cron expression. Expected format: '* * * * *' (minute hour day month"
                        + " weekday): hour 24 is out of range (0-23) [events]");
    }

    @Test
    void cronWithTooFewFieldsIsAnError() {
        assertThat(diagnostics(on("  schedule:\n    - cron: 0 3 * *\n"))).singleElement().asString()
                .startsWith("ERROR ci.yml:3:20: Invalid cron expression.").contains("found 4").endsWith("[events]");
    }

    @Test
    void scheduleMoreFrequentThanFiveMinutesIsOnlyAWarning() {
        assertThat(diagnostics(on("  schedule:\n    - cron: '*/2 * * * *'\n"))).containsExactly(
                "WARNING ci.yml:3:14: scheduled job runs too frequently. it runs once per 120 seconds. the shortest"
                        + " interval is once every 5 minutes [events]");
    }

    @Test
    void timezoneIsAcceptedAndAnUnknownOneWarns() {
        assertThat(diagnostics(on("  schedule:\n    - cron: '0 3 * * *'\n      timezone: Europe/London\n")))
                .isEmpty();
        assertThat(diagnostics(on("  schedule:\n    - cron: '0 3 * * *'\n      timezone: Mars/Olympus\n")))
                .containsExactly("WARNING ci.yml:4:17: Unknown time zone 'Mars/Olympus'; use an IANA name such as"
                        + " 'Europe/London' [events]");
    }

    @Test
    void bareScheduleEventWarns() {
        assertThat(diagnostics("on: schedule\njobs:\n  a:\n    runs-on: x\n    steps:\n      - run: echo\n"))
                .containsExactly("WARNING ci.yml:1:5: The schedule event has no cron line, so it never triggers this"
                        + " workflow [events]");
    }

    @Test
    void invalidGlobIsAnErrorAtItsColumn() {
        assertThat(diagnostics(on("  push:\n    branches:\n      - main\n      - 'v[12'\n")))
                .singleElement().asString().startsWith("ERROR ci.yml:5:11: invalid glob pattern \"v[12\":")
                .endsWith("[glob]");
    }

    @Test
    void includeAndIgnoreFiltersTogetherAreAnErrorAtTheSecondKey() {
        assertThat(diagnostics(on("  push:\n    branches-ignore: a\n    branches: b\n")))
                .singleElement().asString().startsWith("ERROR ci.yml:4:5: \"branches\" and \"branches-ignore\"")
                .endsWith("(event \"push\") [events]");
    }

    @Test
    void filterOnAnEventThatHasNoneIsUnexpected() {
        assertThat(diagnostics(on("  release:\n    tags: v1\n")))
                .containsExactly("ERROR ci.yml:3:5: Unexpected value 'tags' [syntax-check]");
    }

    @Test
    void unknownActivityTypeIsAnError() {
        assertThat(diagnostics(on("  issues:\n    types: [opened, created]\n")))
                .containsExactly("ERROR ci.yml:3:21: Unexpected value 'created' [syntax-check]");
        assertThat(diagnostics(on("  merge_group:\n    types: checks_requested\n"))).isEmpty();
        assertThat(diagnostics(on("  repository_dispatch:\n    types: [anything-goes]\n"))).isEmpty();
    }

    @Test
    void eventsWithoutConfigurationTakeNoTypes() {
        assertThat(diagnostics(on("  create:\n    types: [created]\n")))
                .containsExactly("ERROR ci.yml:3:5: Unexpected value 'types' [syntax-check]");
    }

    @Test
    void unknownEventIsAnError() {
        assertThat(diagnostics(on("  pullreq:\n"))).singleElement().asString()
                .startsWith("ERROR ci.yml:2:3: Unexpected value 'pullreq'");
    }

    @Test
    void workflowRunWithoutWorkflowsWarns() {
        assertThat(diagnostics(on("  workflow_run:\n    types: [completed]\n"))).containsExactly(
                "WARNING ci.yml:2:3: The workflow_run event names no workflows, so it never triggers this workflow"
                        + " [events]");
        assertThat(diagnostics(on("  workflow_run:\n    workflows: [CI]\n"))).isEmpty();
    }
}
