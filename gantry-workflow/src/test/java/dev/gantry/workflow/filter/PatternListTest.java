package dev.gantry.workflow.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PatternListTest {

    private static PatternList include(String... patterns) {
        return PatternList.compile(List.of(patterns), ListKind.INCLUDE).orThrow();
    }

    @Test
    void laterNegationUnselectsAndLaterPositiveReselects() {
        PatternList list = include("*.md", "!README.md", "README*");
        assertThat(list.selects("hello.md")).isTrue();
        assertThat(list.selects("README.md")).isTrue();
        assertThat(list.selects("README.doc")).isTrue();
        assertThat(list.selects("docs/hello.md")).isFalse();

        PatternList withoutReselect = include("*.md", "!README.md");
        assertThat(withoutReselect.selects("README.md")).isFalse();
        assertThat(withoutReselect.selects("hello.md")).isTrue();
    }

    @Test
    void cheatSheetNegationExample() {
        PatternList list = include("releases/**", "!releases/**-alpha");
        assertThat(list.selects("releases/10")).isTrue();
        assertThat(list.selects("releases/beta/mona")).isTrue();
        assertThat(list.selects("releases/10-alpha")).isFalse();
        assertThat(list.selects("releases/beta/3-alpha")).isFalse();
    }

    @Test
    void onlyNegativePatternsSelectNothing() {
        assertThat(include("!main").selects("main")).isFalse();
        assertThat(include("!main").selects("dev")).isFalse();
    }

    @Test
    void anyAndAllOverInputs() {
        PatternList list = include("docs/**");
        assertThat(list.selectsAny(List.of("src/a.java", "docs/a.md"))).isTrue();
        assertThat(list.selectsAll(List.of("src/a.java", "docs/a.md"))).isFalse();
        assertThat(list.selectsAll(List.of("docs/b.md", "docs/a.md"))).isTrue();
        assertThat(list.selectsAny(List.of())).isFalse();
        assertThat(list.selectsAll(List.of())).isTrue();
    }

    @Test
    void negationIsAnErrorInIgnoreLists() {
        List<PatternError> errors = PatternList.compile(List.of("docs/**", "!docs/keep.md"), ListKind.IGNORE)
                .errors();
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.index()).isEqualTo(1);
            assertThat(e.offset()).isZero();
            assertThat(e.message()).contains("'!'").contains("-ignore");
        });
    }

    @Test
    void reportsEveryErrorWithItsIndex() {
        List<PatternError> errors = PatternList.compile(List.of("ok", "[a", "fine", "x\\"), ListKind.INCLUDE)
                .errors();
        assertThat(errors).extracting(PatternError::index).containsExactly(1, 3);
    }

    @Test
    void hostilePatternsMatchInLinearTime() {
        FilterPattern pattern = FilterPattern.compile("**a**a**a**a**a**a**a**a**a**a**b").orThrow();
        String input = "a".repeat(20_000);
        long start = System.nanoTime();
        assertThat(pattern.matches(input)).isFalse();
        assertThat(pattern.matches(input + "b")).isTrue();
        assertThat(System.nanoTime() - start).as("nanoseconds").isLessThan(5_000_000_000L);
    }

    @Test
    void guardsSizes() {
        assertThat(FilterPattern.compile("a".repeat(FilterPattern.MAX_LENGTH + 1)).errors()).hasSize(1);
        List<String> many = Collections.nCopies(PatternList.MAX_PATTERNS + 1, "a");
        assertThat(PatternList.compile(many, ListKind.INCLUDE).errors()).hasSize(1);
    }
}
