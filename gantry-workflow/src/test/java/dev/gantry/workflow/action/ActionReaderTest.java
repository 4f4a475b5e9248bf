package dev.gantry.workflow.action;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.workflow.Parsed;
import dev.gantry.workflow.diag.Diagnostic;
import dev.gantry.workflow.diag.Severity;
import dev.gantry.workflow.model.Template;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActionReaderTest {

    private static Parsed<ActionMetadata> read(String source) {
        return ActionReader.read("action.yml", source);
    }

    /** A template as text: the literal value, or the expression inside ${{ }}. */
    static String shown(Template<?> template) {
        return switch (template) {
            case Template.Literal<?> l -> String.valueOf(l.value());
            case Template.Expression<?> e -> "${{ " + e.source() + " }}";
        };
    }

    private static List<String> rendered(String source) {
        return read(source).diagnostics().stream().map(d -> d.severity().label() + " " + d.render("action.yml"))
                .toList();
    }

    @Test
    void readsAJavaScriptAction() {
        ActionMetadata m = read("""
                name: Greet
                author: Mona
                description: Says hello
                inputs:
                  who:
                    description: whom to greet
                    required: true
                    default: ${{ github.actor }}
                  old:
                    deprecationMessage: use who
                outputs:
                  time:
                    description: when
                runs:
                  using: Node20
                  main: dist/index.js
                  pre: setup.js
                  pre-if: runner.os == 'Linux'
                  post: cleanup.js
                  post-if: always()
                branding:
                  icon: award
                  color: green
                """).value().orElseThrow();
        assertThat(m.name().value()).isEqualTo("Greet");
        assertThat(m.author()).hasValueSatisfying(a -> assertThat(a.value()).isEqualTo("Mona"));
        assertThat(m.inputs()).extracting(i -> i.id().value()).containsExactly("who", "old");
        assertThat(m.input("WHO")).hasValueSatisfying(i -> {
            assertThat(i.required()).isTrue();
            assertThat(shown(i.defaultValue().orElseThrow())).isEqualTo("${{ github.actor }}");
            assertThat(i.span().start().line()).isEqualTo(5);
        });
        assertThat(m.input("old").orElseThrow().deprecationMessage().orElseThrow().value()).isEqualTo("use who");
        assertThat(m.output("time")).isPresent();
        assertThat(m.runs()).isInstanceOfSatisfying(ActionRuns.Node.class, node -> {
            assertThat(node.version()).isEqualTo(NodeVersion.NODE20);
            assertThat(node.main().value()).isEqualTo("dist/index.js");
            assertThat(shown(node.preIf())).isEqualTo("${{ runner.os == 'Linux' }}");
            assertThat(shown(node.postIf())).isEqualTo("${{ always() }}");
        });
        assertThat(m.branding().orElseThrow().color().orElseThrow().value()).isEqualTo("green");
    }

    @Test
    void readsADockerAction() {
        Parsed<ActionMetadata> parsed = read("""
                name: Lint
                description: Lints
                runs:
                  using: docker
                  image: docker://alpine:3.19
                  env:
                    LEVEL: 3
                    EMPTY:
                  args: [--fix, "${{ inputs.path }}", 1]
                  entrypoint: /lint.sh
                  pre-entrypoint: /pre.sh
                  post-entrypoint: /post.sh
                  post-if: failure()
                """);
        assertThat(parsed.diagnostics()).isEmpty();
        ActionRuns.Docker docker = (ActionRuns.Docker) parsed.value().orElseThrow().runs();
        assertThat(docker.image()).isEqualTo(new DockerImage.Registry("alpine:3.19", docker.image().source()));
        assertThat(docker.env().entries().entrySet()).extracting(e -> e.getKey() + "=" + shown(e.getValue()))
                .containsExactly("LEVEL=3", "EMPTY=");
        assertThat(docker.args()).extracting(ActionReaderTest::shown)
                .containsExactly("--fix", "${{ inputs.path }}", "1");
        assertThat(docker.entrypoint().orElseThrow().value()).isEqualTo("/lint.sh");
        assertThat(shown(docker.postIf())).isEqualTo("${{ failure() }}");
        assertThat(shown(docker.preIf())).isEqualTo("${{ always() }}");
        assertThat(DockerImage.of(new Text("Dockerfile", docker.span())))
                .isInstanceOf(DockerImage.Dockerfile.class);
    }

    @Test
    void readsACompositeAction() {
        Parsed<ActionMetadata> parsed = read("""
                name: Build
                description: Builds
                outputs:
                  artifact:
                    description: the jar
                    value: ${{ steps.pack.outputs.path }}
                runs:
                  using: composite
                  steps:
                    - id: pack
                      name: Package
                      if: ${{ inputs.pack == 'true' }}
                      run: ./mvnw -q package
                      shell: bash
                      working-directory: app
                      env:
                        MAVEN_OPTS: -Xmx1g
                      continue-on-error: true
                    - uses: actions/upload-artifact@v4
                      with:
                        path: app/target/*.jar
                """);
        assertThat(parsed.diagnostics()).isEmpty();
        ActionMetadata m = parsed.value().orElseThrow();
        assertThat(shown(m.output("artifact").orElseThrow().value().orElseThrow()))
                .isEqualTo("${{ steps.pack.outputs.path }}");
        List<CompositeStep> steps = ((ActionRuns.Composite) m.runs()).steps();
        assertThat(steps).hasSize(2);
        CompositeStep first = steps.getFirst();
        assertThat(first.id().orElseThrow().value()).isEqualTo("pack");
        assertThat(shown(first.condition())).isEqualTo("${{ inputs.pack == 'true' }}");
        assertThat(first.continueOnError()).isEqualTo(Template.literal(true, first.continueOnError().span()));
        assertThat(first.kind()).isInstanceOfSatisfying(CompositeStep.Kind.Run.class, run -> {
            assertThat(shown(run.shell())).isEqualTo("bash");
            assertThat(shown(run.workingDirectory().orElseThrow())).isEqualTo("app");
        });
        assertThat(first.env().entries()).containsOnlyKeys("MAVEN_OPTS");
        assertThat(shown(first.env().entries().get("MAVEN_OPTS"))).isEqualTo("-Xmx1g");
        CompositeStep second = steps.get(1);
        assertThat(shown(second.condition())).isEqualTo("${{ success() }}");
        assertThat(second.continueOnError().literalValue()).contains(false);
        assertThat(second.kind()).isInstanceOfSatisfying(CompositeStep.Kind.Uses.class, uses -> {
            assertThat(uses.action().value()).isEqualTo("actions/upload-artifact@v4");
            assertThat(uses.with().entries().values()).singleElement()
                    .satisfies(w -> assertThat(w.span().start().line()).isEqualTo(21));
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown top-level key | foo: 1\\nname: a\\ndescription: b\\nruns: {using: node20, main: a.js} | error action.yml:1:1: unexpected key "foo" in action metadata; expected one of author, branding, description, inputs, name, outputs, runs [syntax-check]
            missing runs          | name: a\\ndescription: b | error action.yml:1:1: "runs" is required in action metadata [action]
            runs not a mapping    | name: a\\ndescription: b\\nruns: node20 | error action.yml:3:7: "runs" section must be a mapping, but found a string [syntax-check]
            missing using         | name: a\\ndescription: b\\nruns:\\n  main: a.js | error action.yml:4:3: "using" is required in "runs" section [action]
            unknown using         | name: a\\ndescription: b\\nruns:\\n  using: node14\\n  main: a.js | error action.yml:4:10: unknown "using" value "node14" in "runs" section; expected one of composite, docker, node12, node16, node20, node24 [action]
            empty main            | name: a\\ndescription: b\\nruns:\\n  using: node20\\n  main: '' | error action.yml:5:9: "main" in "runs" section must not be empty [action]
            missing image         | name: a\\ndescription: b\\nruns:\\n  using: docker | error action.yml:4:3: "image" is required in "runs" section [action]
            missing steps         | name: a\\ndescription: b\\nruns:\\n  using: composite | error action.yml:4:3: "steps" is required in "runs" section of a composite action [action]
            steps not a sequence  | name: a\\ndescription: b\\nruns:\\n  using: composite\\n  steps: {run: x} | error action.yml:5:10: "steps" in "runs" section must be a sequence, but found a mapping [syntax-check]
            run without shell     | name: a\\ndescription: b\\nruns:\\n  using: composite\\n  steps:\\n    - run: make | error action.yml:6:7: "shell" is required for a "run" step in a composite action (step 1 of the composite action) [action]
            run and uses          | name: a\\ndescription: b\\nruns:\\n  using: composite\\n  steps:\\n    - run: make\\n      shell: bash\\n      uses: a/b@v1 | error action.yml:8:7: step 1 of the composite action has both "run" and "uses"; a step does one [syntax-check]
            neither run nor uses  | name: a\\ndescription: b\\nruns:\\n  using: composite\\n  steps:\\n    - name: x | error action.yml:6:7: step 1 of the composite action needs either "run" or "uses" [syntax-check]
            unknown step key      | name: a\\ndescription: b\\nruns:\\n  using: composite\\n  steps:\\n    - uses: a/b@v1\\n      timeout-minutes: 3 | error action.yml:7:7: unexpected key "timeout-minutes" in step 1 of the composite action; expected one of continue-on-error, env, id, if, name, run, shell, uses, with, working-directory [syntax-check]
            duplicate step id     | name: a\\ndescription: b\\nruns:\\n  using: composite\\n  steps:\\n    - {id: x, uses: a/b@v1}\\n    - {id: x, uses: a/b@v1} | error action.yml:7:12: step id "x" is used by more than one step [syntax-check]
            composite output      | name: a\\ndescription: b\\noutputs:\\n  o:\\n    description: d\\nruns:\\n  using: composite\\n  steps: [] | error action.yml:4:3: output "o" of a composite action needs a "value" [action]
            input not boolean     | name: a\\ndescription: b\\ninputs:\\n  i:\\n    required: maybe\\nruns: {using: node20, main: a.js} | error action.yml:5:15: "required" in definition of input "i" must be a boolean, but found "maybe" [syntax-check]
            input wrong type      | name: a\\ndescription: b\\ninputs:\\n  i:\\n    description: [x]\\nruns: {using: node20, main: a.js} | error action.yml:5:18: "description" in definition of input "i" must be a string, but found a sequence [syntax-check]
            duplicate input       | name: a\\ndescription: b\\ninputs:\\n  path: {}\\n  Path: {}\\nruns: {using: node20, main: a.js} | error action.yml:5:3: input "Path" is duplicated: "path" was defined at line 4 (ids are compared ignoring case) [syntax-check]
            duplicate key         | name: a\\nname: b\\ndescription: b\\nruns: {using: node20, main: a.js} | error action.yml:2:1: key "name" is duplicated in action metadata [syntax-check]
            env not a mapping     | name: a\\ndescription: b\\nruns: {using: docker, image: Dockerfile, env: [A]} | error action.yml:3:47: "env" in "runs" section must be a mapping, but found a sequence [syntax-check]
            args not a sequence   | name: a\\ndescription: b\\nruns: {using: docker, image: Dockerfile, args: -v} | error action.yml:3:48: "args" in "runs" section must be a sequence, but found a string [syntax-check]
            root not a mapping    | - a | error action.yml:1:1: action metadata must be a mapping, but found a sequence [syntax-check]
            missing name          | description: b\\nruns: {using: node20, main: a.js} | warning action.yml:1:1: "name" is required in action metadata to publish the action [action]
            missing description   | name: a\\nruns: {using: node20, main: a.js} | warning action.yml:1:1: "description" is required in action metadata to publish the action [action]
            unused key            | name: a\\ndescription: b\\nruns: {using: node20, main: a.js, args: [x]} | warning action.yml:3:35: "args" in "runs" section is not used by JavaScript actions and is ignored [action]
            if without phase      | name: a\\ndescription: b\\nruns: {using: node20, main: a.js, post-if: always()} | warning action.yml:3:35: "post-if" has no effect without "post" in "runs" section [action]
            bad color             | name: a\\ndescription: b\\nbranding: {color: pink}\\nruns: {using: node20, main: a.js} | warning action.yml:3:19: unknown branding color "pink"; GitHub accepts black, blue, gray-dark, green, orange, purple, red, white, yellow [action]
            empty deprecation     | name: a\\ndescription: b\\ninputs:\\n  i:\\n    deprecationMessage:\\nruns: {using: node20, main: a.js} | warning action.yml:5:5: input "i" is deprecated but its "deprecationMessage" is empty [action]
            """)
    void reportsEachProblemOnce(String what, String source, String expected) {
        assertThat(rendered(source.replace("\\n", "\n"))).as(what).containsExactly(expected);
    }

    @Test
    void emptyAndBrokenFilesAreDiagnosticsNotExceptions() {
        assertThat(rendered("")).containsExactly(
                "error action.yml:1:1: action metadata file action.yml is empty [action]");
        Parsed<ActionMetadata> broken = read("name: [unclosed\n");
        assertThat(broken.value()).isEmpty();
        assertThat(broken.diagnostics()).isNotEmpty().allMatch(d -> d.severity() == Severity.ERROR)
                .extracting(Diagnostic::rule).containsOnly("syntax-check");
    }

    @Test
    void recoversFromErrorsOutsideRuns() {
        Parsed<ActionMetadata> parsed = read("name: a\ndescription: b\ninputs: nope\nruns: {using: node20, main: a.js}");
        assertThat(parsed.hasErrors()).isTrue();
        assertThat(parsed.value()).hasValueSatisfying(m -> assertThat(m.inputs()).isEmpty());
    }
}
