package dev.gantry.runner.builtin.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gantry.runner.action.ActionFailure;
import dev.gantry.runner.action.BuiltinAction.Phase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** setup-java against fake JDK folders and the JDK running this test. */
class SetupJavaTest {

    @TempDir
    Path root;

    private Path jvm;
    private Path debian17;
    private Path temurin17;
    private Path temurin21;

    @BeforeEach
    void jdks() throws Exception {
        jvm = root.resolve("jvm");
        debian17 = FakeTools.jdk(jvm.resolve("java-17-openjdk-amd64"), "17.0.15", "Debian");
        root = root.toRealPath();
        jvm = jvm.toRealPath();
        debian17 = debian17.toRealPath();
        temurin17 = FakeTools.jdk(jvm.resolve("temurin-17-jdk"), "17.0.12", "Eclipse Adoptium");
        temurin21 = FakeTools.jdk(root.resolve("tool-cache/Java_Temurin-Hotspot_jdk/21.0.4")
                .resolve(SearchPaths.architecture()), "21.0.4", "Eclipse Adoptium");
        Files.createDirectories(jvm.resolve("not-a-jdk"));
        Files.createSymbolicLink(jvm.resolve("java-1.17.0-openjdk-amd64"), debian17);
        Files.createDirectories(root.resolve("workspace"));
    }

    private FakeCall run(FakeCall call) throws ActionFailure {
        new SetupJava(jvm).run(Phase.MAIN, call);
        return call;
    }

    private FakeCall call(String distribution, String version) {
        return new FakeCall(root).with("distribution", distribution).with("java-version", version);
    }

    @Test
    void theRequestedDistributionIsPreferredAndTheVariablesAreSet() throws Exception {
        FakeCall call = run(call("temurin", "17"));
        String arch = SearchPaths.architecture().toUpperCase(Locale.ROOT);
        assertThat(call.exported).containsEntry("JAVA_HOME", temurin17.toString())
                .containsEntry("JAVA_HOME_17_" + arch, temurin17.toString());
        assertThat(call.paths).containsExactly(temurin17.resolve("bin"));
        assertThat(call.outputs).containsEntry("version", "17.0.12").containsEntry("path", temurin17.toString())
                .containsEntry("distribution", "temurin");
        assertThat(call.lines).noneMatch(l -> l.startsWith("Notice"));
    }

    @Test
    void anotherVendorsJdkIsUsedWithANotice() throws Exception {
        FakeCall call = run(call("zulu", "17.0.x"));
        assertThat(call.outputs).containsEntry("version", "17.0.15");
        assertThat(call.lines).anyMatch(l -> l.equals("Notice: setup-java: no zulu JDK matching '17.0.x' on this host;"
                + " using 17.0.15 (" + debian17.resolve("bin/java") + ") from Debian"));
    }

    @Test
    void theToolCacheAndTheJavaHomeVariablesAreSearched() throws Exception {
        assertThat(run(call("temurin", "21")).outputs).containsEntry("path", temurin21.toString());
        Path other = FakeTools.jdk(root.resolve("elsewhere/jdk11"), "11.0.2", "Azul Systems, Inc.");
        assertThat(run(call("zulu", "11").env("JAVA_HOME_11_X64", other.toString())).outputs)
                .containsEntry("version", "11.0.2");
        Path old = FakeTools.jdk(root.resolve("elsewhere/jdk8"), "1.8.0_392", "Oracle Corporation");
        assertThat(run(call("oracle", "1.8").env("JAVA_HOME", old.toString())).outputs)
                .containsEntry("version", "8.0.0");
    }

    @Test
    void versionFiles() throws Exception {
        Files.writeString(root.resolve("workspace/.java-version"), "21\n");
        assertThat(run(new FakeCall(root).with("distribution", "temurin").with("java-version-file", ".java-version"))
                .outputs).containsEntry("version", "21.0.4");
        Files.writeString(root.resolve("workspace/.tool-versions"), "java temurin-17.0.12+7\n");
        assertThat(run(new FakeCall(root).with("distribution", "temurin").with("java-version-file", ".tool-versions"))
                .outputs).containsEntry("path", temurin17.toString());
    }

    @Test
    void failures() {
        assertThatThrownBy(() -> run(call("temurin", "25")))
                .hasMessage("setup-java: no Java matching '25' on this host; found 17.0.15 (%s), 17.0.12 (%s),"
                        .formatted(debian17.resolve("bin/java"), temurin17.resolve("bin/java"))
                        + " 21.0.4 (%s)".formatted(temurin21.resolve("bin/java")));
        assertThatThrownBy(() -> run(call("", "17")))
                .hasMessage("setup-java: the input 'distribution' is required (for example temurin)");
        assertThatThrownBy(() -> run(call("temurin", "")))
                .hasMessage("setup-java: java-version or java-version-file input expected");
    }

    @Test
    void theJdkRunningThisTestIsFound() throws Exception {
        Path home = Path.of(System.getProperty("java.home"));
        int feature = Runtime.version().feature();
        FakeCall call = new FakeCall(root).with("distribution", "temurin").with("java-version", String.valueOf(feature))
                .env("JAVA_HOME", home.toString());
        new SetupJava(Path.of("/usr/lib/jvm")).run(Phase.MAIN, call);
        assertThat(call.outputs.get("version")).startsWith(feature + ".");
        assertThat(Path.of(call.outputs.get("path")).resolve("bin/java")).isExecutable();
    }
}
