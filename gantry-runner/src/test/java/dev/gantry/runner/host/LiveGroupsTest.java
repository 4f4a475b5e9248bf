package dev.gantry.runner.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveGroupsTest {

    @TempDir
    Path root;

    @Test
    void aWindowHoldsTheIdsHandedOutFromItsFirstToItsLast() {
        LiveGroups.Window window = new LiveGroups.Window(1000, 1200);
        assertThat(window.holds(1000)).isTrue();
        assertThat(window.holds(1100)).isTrue();
        assertThat(window.holds(1200)).isTrue();
        assertThat(window.holds(999)).isFalse();
        assertThat(window.holds(1201)).isFalse();
        assertThat(window.holds("1100")).isTrue();
        assertThat(window.holds("17")).isFalse();
    }

    @Test
    void aWindowAcrossTheWrapHoldsTheTopAndTheBottom() {
        LiveGroups.Window window = new LiveGroups.Window(32000, 400);
        assertThat(window.holds(32000)).isTrue();
        assertThat(window.holds(32767)).isTrue();
        assertThat(window.holds(300)).isTrue();
        assertThat(window.holds(400)).isTrue();
        assertThat(window.holds(401)).isFalse();
        assertThat(window.holds(31999)).isFalse();
    }

    @Test
    void theWholeWindowHoldsEveryIdAndNamesThatAreNoNumbers() {
        assertThat(LiveGroups.Window.ALL.holds(1)).isTrue();
        assertThat(LiveGroups.Window.ALL.holds(Long.MAX_VALUE - 1)).isTrue();
        assertThat(new LiveGroups.Window(10, 20).holds("99999999999999999999999")).isTrue();
    }

    @Test
    void aGroupWhoseLeaderExitedIsAliveWhileItsBackgroundProcessRuns() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux /proc");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/setsid")) || Files.isExecutable(Path.of("/bin/setsid")),
                "needs setsid");
        Path pidFile = root.resolve("pid");
        Process leader = ProcessTree.start(List.of("bash", "-c", "sleep 301 >/dev/null 2>&1 & echo $! > " + pidFile),
                root, Map.of("PATH", System.getenv("PATH")));
        leader.waitFor();
        long background = Long.parseLong(Files.readString(pidFile).strip());
        try {
            assertThat(LiveGroups.anyAlive(List.of(leader.pid()))).isTrue();
            ProcessTree.killGroups(List.of(leader.pid()));
            Instant until = Instant.now().plus(Duration.ofSeconds(20));
            while (ProcessHandle.of(background).map(ProcessHandle::isAlive).orElse(false)
                    && Instant.now().isBefore(until)) {
                Thread.sleep(20);
            }
            assertThat(LiveGroups.anyAlive(List.of(leader.pid()))).isFalse();
        } finally {
            ProcessHandle.of(background).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void aGroupNotStartedHereIsLookedForAmongAllProcesses() throws Exception {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs Linux /proc");
        String stat = Files.readString(Path.of("/proc/self/stat"));
        long ownGroup = Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[2]);
        assertThat(LiveGroups.anyAlive(List.of(ownGroup))).isTrue();
        assertThat(LiveGroups.anyAlive(List.of(Long.MAX_VALUE - 7))).isFalse();
    }
}
