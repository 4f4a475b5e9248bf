package dev.gantry.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.workflow.expr.Value;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PayloadTextTest {

    @Test
    void readsAnObject() {
        assertThat(PayloadText.parse("event.json", "{\"ref\": \"refs/heads/main\", \"n\": 2}"))
                .isEqualTo(new PayloadText.Result.Ok(new Value.Obj(Map.of("ref", new Value.Str("refs/heads/main"),
                        "n", new Value.Num(2)))));
    }

    @Test
    void blankTextIsAnEmptyPayload() {
        assertThat(PayloadText.parse("event.json", " \n")).isEqualTo(new PayloadText.Result.Ok(new Value.Obj(Map.of())));
    }

    @Test
    void invalidJsonNamesTheFileLineAndColumn() {
        PayloadText.Result result = PayloadText.parse("event.json", "{\n  \"ref\": \"main\",\n  oops\n}");

        assertThat(result).isInstanceOf(PayloadText.Result.Invalid.class);
        assertThat(((PayloadText.Result.Invalid) result).message()).startsWith("event.json:3:").contains("invalid JSON");
    }

    @Test
    void topLevelMustBeAnObject() {
        assertThat(PayloadText.parse("event.json", "[1, 2]"))
                .isEqualTo(new PayloadText.Result.Invalid("event.json: an event payload must be a JSON object, not array"));
    }

    @Test
    void absurdNestingIsAnErrorNotACrash() {
        String deep = "{\"a\":".repeat(5000) + "1" + "}".repeat(5000);

        assertThat(PayloadText.parse("deep.json", deep)).isInstanceOf(PayloadText.Result.Invalid.class);
    }
}
