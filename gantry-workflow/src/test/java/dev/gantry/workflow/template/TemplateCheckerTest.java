package dev.gantry.workflow.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gantry.workflow.diag.Diagnostics;
import dev.gantry.workflow.model.Template;
import dev.gantry.workflow.yaml.YamlNode;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TemplateCheckerTest {

    private static final FieldContexts STEP = FieldContexts.of("step", Set.of("github", "matrix"), Set.of());
    private static final FieldContexts IF = FieldContexts.of("if", Set.of("github"), Set.of("success"));

    private final Diagnostics out = new Diagnostics();
    private final TemplateChecker checker = new TemplateChecker(out);

    private List<String> problems() {
        return out.sorted().stream().map(d -> d.render("f.yml")).toList();
    }

    @Test
    void literalsStayLiterals() {
        YamlNode.Scalar s = Scalars.valueOfV("v: plain text\n");
        assertThat(checker.check(s, FieldContexts.NONE, false).outcome()).isEqualTo(Outcome.LITERAL);
        assertThat(checker.string(s, STEP)).isEqualTo(Template.literal("plain text", s.span()));
        assertThat(problems()).isEmpty();
    }

    @Test
    void aWholeExpressionKeepsItsSourceAndTree() {
        CheckedScalar c = checker.check(Scalars.valueOfV("v: ${{ matrix.os }}\n"), STEP, false);
        assertThat(c.outcome()).isEqualTo(Outcome.WHOLE);
        assertThat(c.expression()).hasValueSatisfying(e -> {
            assertThat(e.source()).isEqualTo("matrix.os");
            assertThat(e.expr()).isPresent();
        });
        assertThat(c.parsed()).singleElement().extracting(ParsedExpression::valueOffset).isEqualTo(4);
    }

    @Test
    void embeddedExpressionsBecomeAParsedFormatCall() {
        CheckedScalar c = checker.check(Scalars.valueOfV("v: build-${{ matrix.os }}-{x}'s\n"), STEP, false);
        assertThat(c.outcome()).isEqualTo(Outcome.EMBEDDED);
        assertThat(c.expression()).hasValueSatisfying(e -> {
            assertThat(e.source()).isEqualTo("format('build-{0}-{{x}}''s', matrix.os)");
            assertThat(e.expr()).isPresent();
        });
    }

    @Test
    void errorsUseGitHubsWordingAtTheExactColumn() {
        checker.check(Scalars.valueOfV("v: a ${{ secrets.x }} ${{ }} ${{ insert }}\n"), STEP, false);
        assertThat(problems()).containsExactly(
                "f.yml:1:10: Unrecognized named-value: 'secrets'. Located at position 1 within expression: secrets.x"
                        + " [expression]",
                "f.yml:1:26: An expression was expected [expression]",
                "f.yml:1:34: The directive 'insert' is not allowed in this context. Directives are not supported for"
                        + " expressions that are embedded within a string. Directives are only supported when the"
                        + " entire value is an expression. [expression]");
    }

    @Test
    void aFieldWithoutContextsRejectsAnyExpression() {
        CheckedScalar c = checker.check(Scalars.valueOfV("v: ${{ 1 }}\n"), FieldContexts.NONE, false);
        assertThat(c.outcome()).isEqualTo(Outcome.NOT_ALLOWED);
        assertThat(problems()).containsExactly("f.yml:1:4: A template expression is not allowed in this context"
                + " [expression]");
    }

    @Test
    void literalsOnlyAcceptsFunctionsButNoNamedValue() {
        FieldContexts text = FieldContexts.literalsOnly("text");
        assertThat(checker.check(Scalars.valueOfV("v: ${{ format('{0}', 1) }}\n"), text, false).outcome())
                .isEqualTo(Outcome.WHOLE);
        assertThat(checker.check(Scalars.valueOfV("v: ${{ github.sha }}\n"), text, false).outcome())
                .isEqualTo(Outcome.INVALID);
    }

    @Test
    void unclosedAndOverlongValuesAreInvalid() {
        checker.check(Scalars.valueOfV("v: x ${{ github.sha\n"), STEP, false);
        String huge = "${{ 1 }}" + "x".repeat(TemplateChecker.MAX_VALUE_LENGTH);
        assertThat(checker.check(Scalars.valueOfV("v: " + huge + "\n"), STEP, false).outcome())
                .isEqualTo(Outcome.INVALID);
        assertThat(problems()).containsExactly("f.yml:1:4: Exceeded max expression length 21000 [expression]",
                "f.yml:1:6: The expression is not closed. An unescaped ${{ sequence was found, but the closing }}"
                        + " sequence was not found. [expression]");
    }

    @Test
    void expressionsThatParsedAreKeptWhenAnotherFails() {
        CheckedScalar c = checker.check(Scalars.valueOfV("v: ${{ matrix.a }} ${{ nope }}\n"), STEP, false);
        assertThat(c.outcome()).isEqualTo(Outcome.INVALID);
        assertThat(c.expression()).isEmpty();
        assertThat(c.parsed()).hasSize(1);
    }

    @Test
    void conditionsAreExpressionsWithoutMarkers() {
        Template.Expression<Boolean> bare = condition("v: success() && github.ref\n");
        assertThat(bare.source()).isEqualTo("success() && github.ref");
        assertThat(bare.expr()).isPresent();
        Template.Expression<Boolean> empty = condition("v: ''\n");
        assertThat(empty.source()).isEqualTo("success()");
        assertThat(empty.expr()).isPresent();
        Template.Expression<Boolean> bad = condition("v: a ==\n");
        assertThat(bad.source()).isEqualTo("a ==");
        assertThat(bad.expr()).isEmpty();
        assertThat(problems()).hasSize(1);
    }

    private Template.Expression<Boolean> condition(String yaml) {
        Template<Boolean> condition = checker.condition(Scalars.valueOfV(yaml), IF, "success()");
        assertThat(condition).isInstanceOf(Template.Expression.class);
        return (Template.Expression<Boolean>) condition;
    }

    @Test
    void aScalarIsReportedOnceHoweverOftenItIsChecked() {
        YamlNode.Scalar s = Scalars.valueOfV("v: ${{ nope }}\n");
        CheckedScalar first = checker.check(s, STEP, false);
        assertThat(checker.check(s, IF, true)).isSameAs(first);
        assertThat(checker.result(s)).containsSame(first);
        assertThat(problems()).hasSize(1);
    }

    @Test
    void theInsertDirectiveIsAWholeValueOnly() {
        assertThat(TemplateChecker.isInsertDirective("${{ insert }}")).isTrue();
        assertThat(TemplateChecker.isInsertDirective("${{insert}}")).isTrue();
        assertThat(TemplateChecker.isInsertDirective("a${{ insert }}")).isFalse();
        assertThat(TemplateChecker.isInsertDirective("${{ insert x }}")).isFalse();
        assertThat(TemplateChecker.isInsertDirective("${{ inputs }}")).isFalse();
    }
}
