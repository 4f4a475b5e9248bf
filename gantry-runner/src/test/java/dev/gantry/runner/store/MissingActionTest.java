package dev.gantry.runner.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MissingActionTest {

    @Test
    void namesTheActionTheStoreAndTheCommandToRun() {
        assertThat(MissingAction.message("actions", "setup-node", "v4", "/srv/gantry/actions")).isEqualTo(
                "action actions/setup-node@v4 is not in the action store (/srv/gantry/actions); import it with: "
                        + "gantry actions import actions/setup-node@v4 --from <git url or folder>");
    }
}
