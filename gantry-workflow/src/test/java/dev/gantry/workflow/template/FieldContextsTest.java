package dev.gantry.workflow.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class FieldContextsTest {

    @Test
    void noneTakesNoExpressionAndLiteralsOnlyTakesOneWithoutNames() {
        assertThat(FieldContexts.NONE.allowsExpressions()).isFalse();
        FieldContexts text = FieldContexts.literalsOnly("text");
        assertThat(text.allowsExpressions()).isTrue();
        assertThat(text.names()).isEmpty();
        assertThat(text).hasToString("text");
    }

    @Test
    void aListThatAllowsNoExpressionCannotNameContexts() {
        assertThatThrownBy(() -> new FieldContexts("odd", false, Set.of("github"), Set.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("odd");
        assertThatThrownBy(() -> FieldContexts.of(" ", Set.of("github"), Set.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
