package dev.gantry.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GantryHomeTest {

    private static final Path USER_HOME = Path.of("/home/dev");

    @Test
    void homeIsGantryHomeElseDotGantryInTheUsersHome() {
        assertThat(GantryHome.of(Map.of(), USER_HOME).path()).isEqualTo(Path.of("/home/dev/.gantry"));
        assertThat(GantryHome.of(Map.of("GANTRY_HOME", "/srv/gantry"), USER_HOME).path())
                .isEqualTo(Path.of("/srv/gantry"));
        assertThat(GantryHome.of(Map.of("GANTRY_HOME", " "), USER_HOME).path()).isEqualTo(Path.of("/home/dev/.gantry"));
    }

    @Test
    void actionStoreIsTheOptionElseTheVariableElseUnderHome() {
        GantryHome home = GantryHome.of(Map.of(), USER_HOME);
        Map<String, String> env = Map.of("GANTRY_ACTION_STORE", "https://git.example.com/mirror");

        assertThat(home.actionStore(Optional.of("/data/actions"), env)).isEqualTo("/data/actions");
        assertThat(home.actionStore(Optional.empty(), env)).isEqualTo("https://git.example.com/mirror");
        assertThat(home.actionStore(Optional.empty(), Map.of())).isEqualTo("/home/dev/.gantry/actions");
    }

    @Test
    void checkoutsGoInsideAFolderStoreAndUnderHomePerServer() {
        GantryHome home = GantryHome.of(Map.of(), USER_HOME);

        assertThat(home.actionCache("/data/actions")).isEqualTo(Path.of("/data/actions/.checkouts"));
        Path one = home.actionCache("https://git.example.com/mirror");
        assertThat(one).startsWithRaw(Path.of("/home/dev/.gantry/cache/action-mirrors"));
        assertThat(home.actionCache("https://git.example.com/mirror")).isEqualTo(one);
        assertThat(home.actionCache("https://other.example.com/mirror")).isNotEqualTo(one);
    }
}
