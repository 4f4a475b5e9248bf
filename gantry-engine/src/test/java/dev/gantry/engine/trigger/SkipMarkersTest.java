package dev.gantry.engine.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SkipMarkersTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "[skip ci] release notes",
            "docs: fix typo [ci skip]",
            "wip\n\nmore work [no ci]",
            "[skip actions]",
            "[actions skip]",
            "Update README\n\nskip-checks:true",
            "Update README\n\n\nskip-checks: true",
            "Update README\n\nCo-authored-by: Bob <bob@example.com>\nskip-checks: true\n",
    })
    void skips(String message) {
        assertThat(SkipMarkers.find(message)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "fix: skip ci when nothing changed",
            "[skip-ci]",
            "[SKIP CI]",
            "skip-checks: true",
            "Update README\nskip-checks: true",
            "Update README\n\nskip-checks: true\nSigned-off-by: Bob <bob@example.com>",
            "Update README\n\nskip-checks: false",
            "Update README\n\nThis paragraph is prose.\nskip-checks: true",
    })
    void doesNotSkip(String message) {
        assertThat(SkipMarkers.find(message)).isEmpty();
    }
}
