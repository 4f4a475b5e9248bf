package dev.gantry.workflow.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.workflow.diag.Diagnostic;
import dev.gantry.workflow.diag.Diagnostics;
import dev.gantry.workflow.diag.Position;
import org.junit.jupiter.api.Test;

class YamlLoaderTest {

    private final Diagnostics diagnostics = new Diagnostics();

    private YamlNode load(String source) {
        return YamlLoader.load(source, diagnostics).root().orElseThrow();
    }

    @Test
    void keepsPositionsOfKeysAndValues() {
        YamlNode.Mapping root = (YamlNode.Mapping) load("on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n");
        assertThat(root.keys()).containsExactly("on", "jobs");
        YamlNode.Entry jobs = root.entries().get(1);
        assertThat(jobs.key().span().start()).isEqualTo(new Position(2, 1));
        YamlNode.Mapping build = (YamlNode.Mapping) ((YamlNode.Mapping) jobs.value()).get("build").orElseThrow();
        YamlNode.Entry runsOn = build.entries().get(0);
        assertThat(runsOn.value().span().start()).isEqualTo(new Position(4, 14));
        assertThat(diagnostics.isEmpty()).isTrue();
    }

    @Test
    void readsScalarsWithTheCoreSchema() {
        YamlNode.Sequence seq = (YamlNode.Sequence) load("[on, yes, true, False, null, ~, 12, 0x1F, 0o17, 1.5, .inf, 12_345, '8', !!str 0, !!float 3]");
        assertThat(seq.items()).extracting(n -> ((YamlNode.Scalar) n).type()).containsExactly(
                ScalarType.STRING, ScalarType.STRING, ScalarType.BOOL, ScalarType.BOOL, ScalarType.NULL,
                ScalarType.NULL, ScalarType.INT, ScalarType.INT, ScalarType.INT, ScalarType.FLOAT, ScalarType.FLOAT,
                ScalarType.STRING, ScalarType.STRING, ScalarType.STRING, ScalarType.FLOAT);
        assertThat(((YamlNode.Scalar) seq.items().get(7)).number()).contains(31.0);
        assertThat(((YamlNode.Scalar) seq.items().get(8)).number()).contains(15.0);
    }

    @Test
    void keepsRawTextAndStyle() {
        YamlNode.Mapping root = (YamlNode.Mapping) load("a: 'x''y'\nb: |\n  line\n");
        YamlNode.Scalar a = (YamlNode.Scalar) root.get("a").orElseThrow();
        assertThat(a.value()).isEqualTo("x'y");
        assertThat(a.raw()).isEqualTo("'x''y'");
        assertThat(a.style()).isEqualTo(ScalarStyle.SINGLE_QUOTED);
        assertThat(((YamlNode.Scalar) root.get("b").orElseThrow()).style()).isEqualTo(ScalarStyle.LITERAL);
    }

    @Test
    void syntaxErrorIsADiagnosticAtItsPosition() {
        YamlDocument doc = YamlLoader.load("a: b\n  c: d\n", diagnostics);
        assertThat(doc.root()).isEmpty();
        Diagnostic d = diagnostics.sorted().get(0);
        assertThat(d.rule()).isEqualTo(YamlLoader.RULE);
        assertThat(d.position().line()).isEqualTo(2);
    }

    @Test
    void reportsUnsupportedTagsAndInvalidTaggedValues() {
        load("a: !!timestamp 2022-10-26\nb: !!float test\n");
        assertThat(diagnostics.sorted()).extracting(Diagnostic::message).containsExactly(
                "Unexpected tag 'tag:yaml.org,2002:timestamp'",
                "The value 'test' on line 2 and column 4 is invalid for the type 'tag:yaml.org,2002:float'");
    }

    @Test
    void recordsAnchorsAndResolvesAliases() {
        YamlDocument doc = YamlLoader.load("a: &x [1, 2]\nb: *x\n", diagnostics);
        assertThat(doc.anchors()).extracting(YamlAnchor::name).containsExactly("x");
        YamlNode.Mapping root = (YamlNode.Mapping) doc.root().orElseThrow();
        assertThat(root.get("b").orElseThrow()).isSameAs(root.get("a").orElseThrow());
    }

    @Test
    void knowsWhichAnchorsNoAliasUses() {
        YamlDocument doc = YamlLoader.load("a: &x 1\nb: &y 2\nc: *y\nd: &y 3\n", diagnostics);
        assertThat(doc.anchors()).extracting(YamlAnchor::name, YamlAnchor::used)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("x", false),
                        org.assertj.core.groups.Tuple.tuple("y", true), org.assertj.core.groups.Tuple.tuple("y", false));
    }

    @Test
    void stopsAliasBombs() {
        StringBuilder src = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 12; i++) {
            src.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 10; j++) {
                src.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            src.append("]\n");
        }
        YamlDocument doc = YamlLoader.load(src.toString(), diagnostics);
        assertThat(doc.root()).isEmpty();
        assertThat(diagnostics.hasErrors()).isTrue();
    }

    @Test
    void stopsDeepNesting() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        YamlDocument doc = YamlLoader.load(deep, diagnostics);
        assertThat(doc.root()).isEmpty();
        assertThat(diagnostics.sorted().get(0).message()).isEqualTo("Maximum object depth exceeded");
    }

    @Test
    void rejectsSourcesOverTheSizeLimit() {
        YamlDocument doc = YamlLoader.load("a: b\n", YamlLimits.DEFAULT.withMaxChars(3), diagnostics);
        assertThat(doc.root()).isEmpty();
        assertThat(diagnostics.sorted().get(0).message())
                .isEqualTo("The maximum file size of 3 characters has been exceeded");
    }
}
