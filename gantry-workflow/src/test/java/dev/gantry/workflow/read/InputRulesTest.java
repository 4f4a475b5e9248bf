package dev.gantry.workflow.read;

import static dev.gantry.workflow.read.RuleTesting.diagnostics;
import static dev.gantry.workflow.read.RuleTesting.on;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** workflow_dispatch and workflow_call input definitions beyond their shape. */
class InputRulesTest {

    private static String dispatch(String inputs) {
        return on("  workflow_dispatch:\n    inputs:\n" + inputs);
    }

    @Test
    void choiceWithoutOptionsIsAnError() {
        assertThat(diagnostics(dispatch("      kind:\n        type: choice\n")))
                .containsExactly("ERROR ci.yml:4:7: Missing 'options' for choice input [events]");
    }

    @Test
    void optionsOnAnotherTypeIsAnError() {
        assertThat(diagnostics(dispatch("      kind:\n        type: string\n        options: [a]\n")))
                .containsExactly("ERROR ci.yml:6:9: Input type is not 'choice', but 'options' is defined [events]");
    }

    @Test
    void choiceDefaultOutsideItsOptionsWarns() {
        assertThat(diagnostics(dispatch("      kind:\n        type: choice\n        options: [a, b]\n"
                + "        default: c\n"))).containsExactly(
                "WARNING ci.yml:7:18: The default 'c' of input 'kind' is not one of its options [events]");
    }

    @Test
    void booleanDefaultMustBeTrueOrFalse() {
        assertThat(diagnostics(dispatch("      verbose:\n        type: boolean\n        default: yes\n")))
                .containsExactly("ERROR ci.yml:6:18: Unexpected type 'StringToken' encountered while reading 'input"
                        + " default'. The type 'BooleanToken' was expected. [events]");
        assertThat(diagnostics(dispatch("      verbose:\n        type: boolean\n        default: 'true'\n")))
                .isEmpty();
    }

    @Test
    void numberDefaultThatIsNotANumberWarns() {
        assertThat(diagnostics(dispatch("      age:\n        type: number\n        default: teen\n")))
                .containsExactly("WARNING ci.yml:6:18: The default 'teen' of number input 'age' is not a number"
                        + " [events]");
    }

    @Test
    void moreThanTwentyFiveDispatchInputsIsAnError() {
        StringBuilder inputs = new StringBuilder();
        for (int i = 0; i <= InputRules.MAX_DISPATCH_INPUTS; i++) {
            inputs.append("      in").append(i).append(":\n        type: string\n");
        }
        assertThat(diagnostics(dispatch(inputs.toString()))).containsExactly(
                "ERROR ci.yml:2:3: workflow_dispatch may define at most 25 inputs, but 26 are defined [events]");
    }

    @Test
    void callInputDefaultsWarnOnly() {
        assertThat(diagnostics(on("  workflow_call:\n    inputs:\n      flag:\n        type: boolean\n"
                + "        default: 123\n      name:\n        type: string\n        required: true\n"
                + "        default: x\n"))).containsExactly(
                "WARNING ci.yml:6:18: The default '123' of boolean input 'flag' is neither true nor false [events]",
                "WARNING ci.yml:10:18: Input 'name' is required, so its default is never used [events]");
    }
}
