package dev.gantry.runner.toolchain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** npm's range dialect, each row a range, a version and whether npm's {@code semver.satisfies} says it matches. */
class VersionRangeTest {

    private static boolean matches(String range, String version) {
        return VersionRange.parse(range).orElseThrow().matches(Version.find(version).orElseThrow());
    }

    @ParameterizedTest(name = "{0} vs {1} → {2}")
    @CsvSource(delimiter = ';', value = {
            "20;20.19.2;true", "20;21.0.0;false", "20;19.9.9;false",
            "20.x;20.0.0;true", "20.X;20.1.2;true", "3.11.*;3.11.7;true", "3.11;3.12.0;false", "*;0.0.1;true",
            "'';7.0.0;true", "x;1.2.3;true",
            "1.2.3;1.2.3;true", "v1.2.3;1.2.3;true", "=1.2.3;1.2.4;false",
            ">=18 <21;20.19.2;true", ">=18 <21;21.0.0;false", ">=18 <21;17.9.0;false", ">= 18;18.0.0;true",
            ">1.2;1.2.9;false", ">1.2;1.3.0;true", ">1.2.3;1.2.4;true", ">1.2.3;1.2.3;false",
            "<1.2;1.1.9;true", "<1.2;1.2.0;false", "<=1.2;1.2.9;true", "<=1.2;1.3.0;false", "<=1.2.3;1.2.3;true",
            "~1.2.3;1.2.9;true", "~1.2.3;1.3.0;false", "~1.2;1.2.0;true", "~1;1.9.9;true", "~1;2.0.0;false",
            "^1.2.3;1.9.0;true", "^1.2.3;2.0.0;false", "^1.2.3;1.2.2;false", "^0.2.3;0.2.9;true", "^0.2.3;0.3.0;false",
            "^0.0.3;0.0.3;true", "^0.0.3;0.0.4;false", "^0.x;0.9.0;true", "^0.0;0.0.9;true", "^0.0;0.1.0;false",
            "^1.x;1.5.0;true",
            "1.2 - 2.3.4;2.3.4;true", "1.2 - 2.3.4;2.3.5;false", "1.2 - 2.3.4;1.1.9;false", "1.2.3 - 2.3;2.3.9;true",
            "1.2.3 - 2.3;2.4.0;false",
            "16 || 18 || >=22;18.2.0;true", "16 || 18 || >=22;20.0.0;false", "16 || 18 || >=22;23.1.0;true",
            "22;22.0.0-rc.1;false", ">=1.21.0-rc1;1.21.0-rc2;true", ">=1.21.0-rc1;1.22.0-rc1;false",
            "1.21.0-rc2;1.21.0-rc2;true"})
    void matchesAsNpmDoes(String range, String version, boolean expected) {
        assertThat(matches(range, version)).isEqualTo(expected);
    }

    @Test
    void textThatIsNoRangeIsRejected() {
        for (String bad : List.of("lts/*", "abc", "1.2.3.4", ">=", "1 - ", "^^1", "20.x.y", "1||a")) {
            assertThat(VersionRange.parse(bad)).as(bad).isEmpty();
        }
    }

    @Test
    void bestIsTheHighestMatchingVersion() {
        List<Version> found = List.of(Version.of(18, 20, 0), Version.of(20, 19, 2), Version.of(22, 1, 0));
        assertThat(VersionRange.parse("<22").orElseThrow().best(found)).contains(Version.of(20, 19, 2));
        assertThat(VersionRange.parse(">=23").orElseThrow().best(found)).isEmpty();
    }

    @Test
    void versionsAreFoundInToolOutput() {
        assertThat(Version.find("v20.19.2")).contains(Version.of(20, 19, 2));
        assertThat(Version.find("Python 3.11.7")).contains(Version.of(3, 11, 7));
        assertThat(Version.find("go version go1.22.1 linux/amd64")).contains(Version.of(1, 22, 1));
        assertThat(Version.find("go version go1.21rc2 linux/amd64")).contains(new Version(1, 21, 0, "rc2"));
        assertThat(Version.find("17.0.15+6")).contains(Version.of(17, 0, 15));
        assertThat(Version.find("no digits")).isEmpty();
        assertThat(Version.of(1, 2, 3).compareTo(new Version(1, 2, 3, "rc1"))).isPositive();
    }
}
