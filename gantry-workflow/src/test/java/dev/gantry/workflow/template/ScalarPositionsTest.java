package dev.gantry.workflow.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.workflow.diag.Position;
import dev.gantry.workflow.yaml.YamlNode;
import org.junit.jupiter.api.Test;

class ScalarPositionsTest {

    @Test
    void plainScalarsCountFromTheirFirstCharacter() {
        YamlNode.Scalar s = Scalars.valueOfV("v: echo ${{ x }}\n");
        assertThat(ScalarPositions.at(s, 0)).isEqualTo(new Position(1, 4));
        assertThat(ScalarPositions.at(s, 9)).isEqualTo(new Position(1, 13));
    }

    @Test
    void quotedScalarsSkipTheOpeningQuote() {
        assertThat(ScalarPositions.at(Scalars.valueOfV("v: 'a ${{ x }}'\n"), 2)).isEqualTo(new Position(1, 7));
        assertThat(ScalarPositions.at(Scalars.valueOfV("v: \"a ${{ x }}\"\n"), 2)).isEqualTo(new Position(1, 7));
    }

    @Test
    void blockScalarsLandOnTheLineOfTheExpression() {
        YamlNode.Scalar s = Scalars.valueOfV("v: |\n  one\n  two ${{ x }}\n");
        int index = s.value().indexOf("x }}");
        assertThat(ScalarPositions.at(s, index)).isEqualTo(new Position(3, 11));
    }

    @Test
    void indexesOutsideTheValueAreClamped() {
        YamlNode.Scalar s = Scalars.valueOfV("v: abc\n");
        assertThat(ScalarPositions.at(s, -5)).isEqualTo(new Position(1, 4));
        assertThat(ScalarPositions.at(s, 99)).isEqualTo(new Position(1, 7));
        assertThat(ScalarPositions.span(s, 1).start()).isEqualTo(new Position(1, 5));
    }
}
