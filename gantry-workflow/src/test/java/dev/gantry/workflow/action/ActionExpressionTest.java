package dev.gantry.workflow.action;

import static dev.gantry.workflow.action.ActionReaderTest.shown;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.workflow.Parsed;
import dev.gantry.workflow.model.Template;
import dev.gantry.workflow.template.TemplateChecker;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@code ${{ }}} of action metadata: each field accepts the contexts GitHub's action schema gives it, and a
 * problem is reported where it is, with GitHub's message.
 */
class ActionExpressionTest {

    private static final String HEAD = "name: a\ndescription: b\n";

    private static Parsed<ActionMetadata> read(String source) {
        return ActionReader.read("action.yml", source);
    }

    private static List<String> errors(String source) {
        return read(source).diagnostics().stream().filter(d -> d.isError()).map(d -> d.render("action.yml")).toList();
    }

    private static String composite(String step) {
        return HEAD + "runs:\n  using: composite\n  steps:\n    - " + step.replace("\n", "\n      ") + "\n";
    }

    private static String docker(String extra) {
        return HEAD + "runs:\n  using: docker\n  image: Dockerfile\n  " + extra.replace("\n", "\n  ") + "\n";
    }

    private static String node(String extra) {
        return HEAD + "runs:\n  using: node20\n  main: main.js\n  pre: pre.js\n  post: post.js\n  "
                + extra.replace("\n", "\n  ") + "\n";
    }

    private static String input(String defaultValue) {
        return HEAD + "inputs:\n  x:\n    default: " + defaultValue + "\nruns: {using: node20, main: a.js}\n";
    }

    private static String output(String value) {
        return HEAD + "outputs:\n  o:\n    value: " + value + "\nruns:\n  using: composite\n  steps: []\n";
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            input default: github            | github.actor
            input default: hashFiles         | hashFiles('**/go.sum')
            input default: runner and job    | format('{0}-{1}', runner.os, job.status)
            input default: matrix, strategy  | matrix.os || strategy.job-index
            """)
    void inputDefaultsAcceptTheirContexts(String what, String expression) {
        assertThat(errors(input("${{ " + expression + " }}"))).as(what).isEmpty();
    }

    @Test
    void inputDefaultsRejectInputsEnvStepsAndSecrets() {
        assertThat(errors(input("${{ inputs.y }}"))).containsExactly("action.yml:5:18: Unrecognized named-value: "
                + "'inputs'. Located at position 1 within expression: inputs.y [expression]");
        assertThat(errors(input("\"x-${{ secrets.TOKEN }}\""))).containsExactly("action.yml:5:21: Unrecognized "
                + "named-value: 'secrets'. Located at position 1 within expression: secrets.TOKEN [expression]");
        assertThat(errors(input("${{ env.A }}"))).singleElement().asString().contains("'env'");
        assertThat(errors(input("${{ steps.a.outputs.b }}"))).singleElement().asString().contains("'steps'");
        assertThat(errors(input("${{ vars.A }}"))).singleElement().asString().contains("'vars'");
    }

    @Test
    void outputValuesUseStepsInputsAndEnvButNotHashFiles() {
        assertThat(errors(output("${{ steps.s.outputs.v }}-${{ inputs.x }}-${{ env.E }}"))).isEmpty();
        assertThat(errors(output("${{ hashFiles('a') }}"))).containsExactly("action.yml:5:16: Unrecognized function: "
                + "'hashFiles'. Located at position 1 within expression: hashFiles('a') [expression]");
        assertThat(errors(output("${{ secrets.S }}"))).singleElement().asString().contains("'secrets'");
    }

    @Test
    void compositeStepConditionsAllowStatusFunctionsWithOrWithoutMarkers() {
        assertThat(errors(composite("if: failure() && steps.a.outcome == 'failure'\nrun: x\nshell: bash"))).isEmpty();
        assertThat(errors(composite("if: ${{ always() && hashFiles('x') != '' }}\nrun: x\nshell: bash"))).isEmpty();
        assertThat(errors(composite("if: secrets.A != ''\nrun: x\nshell: bash"))).containsExactly("action.yml:6:11: "
                + "Unrecognized named-value: 'secrets'. Located at position 1 within expression: secrets.A != '' "
                + "[expression]");
        assertThat(errors(composite("if: github.ref == \nrun: x\nshell: bash"))).containsExactly("action.yml:6:22: "
                + "Unexpected end of expression: '=='. Located at position 12 within expression: github.ref == "
                + "[expression]");
    }

    @Test
    void stepValuesOutsideTheConditionHaveNoStatusFunctions() {
        assertThat(errors(composite("run: echo ${{ success() }}\nshell: bash"))).containsExactly("action.yml:6:21: "
                + "Unrecognized function: 'success'. Located at position 1 within expression: success() "
                + "[expression]");
    }

    @Test
    void everyCompositeStepValueIsChecked() {
        String step = """
                name: ${{ inputs.n }}
                run: echo ${{ github.sha }} ${{ hashFiles('x') }}
                shell: ${{ inputs.shell }}
                working-directory: ${{ env.DIR }}
                continue-on-error: ${{ runner.os == 'Windows' }}
                env:
                  A: ${{ steps.x.outputs.y }}""";
        assertThat(errors(composite(step))).isEmpty();
        assertThat(errors(composite(step.replace("inputs.n", "secrets.n").replace("env.DIR", "needs.a")
                .replace("steps.x", "vars.x")))).extracting(e -> e.substring(0, e.indexOf(": U")))
                .containsExactly("action.yml:6:17", "action.yml:9:30", "action.yml:12:16");
        assertThat(errors(composite("uses: ./a\nwith:\n  p: ${{ job.status }}\n  q: ${{ secrets.Q }}")))
                .containsExactly("action.yml:9:16: Unrecognized named-value: 'secrets'. Located at position 1 "
                        + "within expression: secrets.Q [expression]");
    }

    @Test
    void errorsInBlockScalarsLandOnTheirLine() {
        assertThat(errors(composite("run: |\n  echo one\n  echo ${{ secrets.TWO }}\nshell: bash")))
                .containsExactly("action.yml:8:18: Unrecognized named-value: 'secrets'. Located at position 1 within "
                        + "expression: secrets.TWO [expression]");
    }

    @Test
    void dockerEnvAndArgsSeeOnlyInputs() {
        assertThat(errors(docker("env:\n  A: ${{ inputs.a }}\nargs: ['${{ inputs.b }}', plain]"))).isEmpty();
        assertThat(errors(docker("env:\n  A: ${{ github.sha }}\nargs: ['${{ env.B }}']"))).containsExactly(
                "action.yml:7:12: Unrecognized named-value: 'github'. Located at position 1 within expression: "
                        + "github.sha [expression]",
                "action.yml:8:15: Unrecognized named-value: 'env'. Located at position 1 within expression: env.B "
                        + "[expression]");
    }

    @Test
    void preAndPostConditionsHaveStatusFunctionsButNoSteps() {
        assertThat(errors(node("pre-if: runner.os == 'Linux'\npost-if: ${{ always() && inputs.cleanup }}")))
                .isEmpty();
        assertThat(errors(node("post-if: steps.x.outcome == 'success'"))).containsExactly("action.yml:8:12: "
                + "Unrecognized named-value: 'steps'. Located at position 1 within expression: steps.x.outcome == "
                + "'success' [expression]");
        assertThat(errors(docker("pre-entrypoint: pre.sh\npre-if: cancelled() || env.X"))).isEmpty();
    }

    @Test
    void textFieldsAreParsedWithoutContextsAsGitHubDoes() {
        String source = HEAD.replace("description: b", "description: use ${{ secrets.TOKEN }}")
                + "inputs:\n  t:\n    description: 'defaults to ${{ }}'\nruns: {using: node20, main: a.js}\n";
        assertThat(errors(source)).containsExactly(
                "action.yml:2:22: Unrecognized named-value: 'secrets'. Located at position 1 within expression: "
                        + "secrets.TOKEN [expression]",
                "action.yml:5:34: An expression was expected [expression]");
        assertThat(errors(HEAD + "author: ${{ 'me' }}\nruns: {using: node20, main: a.js}")).isEmpty();
    }

    @Test
    void unclosedAndOverlongExpressionsAreErrors() {
        assertThat(errors(composite("run: echo ${{ github.sha\nshell: bash"))).containsExactly("action.yml:6:17: The "
                + "expression is not closed. An unescaped ${{ sequence was found, but the closing }} sequence was not "
                + "found. [expression]");
        String huge = "${{ github.sha }}" + "x".repeat(TemplateChecker.MAX_VALUE_LENGTH);
        assertThat(errors(composite("run: " + huge + "\nshell: bash"))).singleElement().asString()
                .contains("Exceeded max expression length");
    }

    @Test
    void insertIsADirectiveNotANamedValue() {
        assertThat(errors(composite("run: echo ${{ insert }}\nshell: bash"))).singleElement().asString()
                .startsWith("action.yml:6:21: The directive 'insert' is not allowed in this context.");
    }

    @Test
    void valuesBecomeTemplates() {
        ActionMetadata m = read(composite("""
                name: build-${{ inputs.target }}
                run: make
                shell: bash
                continue-on-error: ${{ inputs.lenient }}
                env: ${{ fromJSON(inputs.env) }}""")).value().orElseThrow();
        CompositeStep step = ((ActionRuns.Composite) m.runs()).steps().getFirst();
        assertThat(step.name().orElseThrow()).isInstanceOfSatisfying(Template.Expression.class, e -> {
            assertThat(e.source()).isEqualTo("format('build-{0}', inputs.target)");
            assertThat(e.expr()).isPresent();
        });
        assertThat(step.continueOnError()).isInstanceOf(Template.Expression.class);
        assertThat(step.env().whole()).hasValueSatisfying(e -> assertThat(e.source()).isEqualTo("fromJSON(inputs.env)"));
        assertThat(((CompositeStep.Kind.Run) step.kind()).script()).isEqualTo(Template.literal("make",
                ((CompositeStep.Kind.Run) step.kind()).script().span()));
        assertThat(shown(step.condition())).isEqualTo("${{ success() }}");
    }

    @Test
    void continueOnErrorIsABooleanOrAnExpression() {
        assertThat(errors(composite("run: x\nshell: bash\ncontinue-on-error: maybe"))).containsExactly(
                "action.yml:8:26: \"continue-on-error\" in step 1 of the composite action must be a boolean or an "
                        + "expression, but found \"maybe\" [syntax-check]");
        assertThat(errors(composite("run: x\nshell: bash\ncontinue-on-error: ${{ inputs.x == }}"))).singleElement()
                .asString().contains("[expression]");
    }

    @Test
    void aMalformedConditionKeepsItsTextWithoutATree() {
        ActionMetadata m = read(composite("if: a ==\nrun: x\nshell: bash")).value().orElseThrow();
        assertThat(((ActionRuns.Composite) m.runs()).steps().getFirst().condition())
                .isInstanceOfSatisfying(Template.Expression.class, e -> assertThat(e.expr()).isEmpty());
    }
}
