package dev.gantry.workflow.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The examples of GitHub's "filter pattern cheat sheet", and the edges around them. */
class FilterPatternTest {

    private static boolean matches(String pattern, String input) {
        return FilterPattern.compile(pattern).orThrow().matches(input);
    }

    @ParameterizedTest(name = "{0} matches {1}")
    @CsvSource(delimiter = '|', textBlock = """
            feature/*            | feature/my-branch
            feature/*            | feature/your-branch
            feature/**           | feature/beta-a/my-branch
            feature/**           | feature/mona/the/octocat
            main                 | main
            releases/mona-the-octocat | releases/mona-the-octocat
            *                    | main
            *                    | releases
            **                   | all/the/branches
            **                   | every/tag
            *feature             | mona-feature
            *feature             | feature
            *feature             | ver-10-feature
            v2*                  | v2
            v2*                  | v2.0
            v2*                  | v2.9
            v[12].[0-9]+.[0-9]+  | v1.10.1
            v[12].[0-9]+.[0-9]+  | v2.0.0
            *                    | README.md
            *                    | server.rb
            *.jsx?               | page.js
            *.jsx?               | page.jsx
            **                   | all/the/files.md
            *.js                 | app.js
            *.js                 | index.js
            **.js                | index.js
            **.js                | js/index.js
            **.js                | src/js/app.js
            docs/*               | docs/README.md
            docs/*               | docs/file.txt
            docs/**              | docs/README.md
            docs/**              | docs/mona/octocat.txt
            docs/**/*.md         | docs/README.md
            docs/**/*.md         | docs/mona/hello-world.md
            docs/**/*.md         | docs/a/markdown/file.md
            **/docs/**           | docs/hello.md
            **/docs/**           | dir/docs/my-file.txt
            **/docs/**           | space/docs/plan/space.doc
            **/README.md         | README.md
            **/README.md         | js/README.md
            **/*src/**           | a/src/app.js
            **/*src/**           | my-src/code/js/app.js
            **/*-post.md         | my-post.md
            **/*-post.md         | path/their-post.md
            **/migrate-*.sql     | migrate-10909.sql
            **/migrate-*.sql     | db/migrate-v1.0.sql
            **/migrate-*.sql     | db/sept/migrate-v1.sql
            [CB]at               | Cat
            [CB]at               | Bat
            [1-2]00              | 100
            [1-2]00              | 200
            [0-9a-z]             | q
            \\!file              | !file
            escape\\\\backslash  | escape\\backslash
            a\\*b                | a*b
            ?x                   | ?x
            +x                   | +x
            a+                   | aaa
            (x)y                 | (x)y
            ^$.{1}               | ^$.{1}
            """)
    void matchesCheatSheetExamples(String pattern, String input) {
        assertThat(matches(pattern, input)).isTrue();
    }

    @ParameterizedTest(name = "{0} does not match {1}")
    @CsvSource(delimiter = '|', textBlock = """
            feature/*            | feature/beta-a/my-branch
            *                    | path/with/slash
            *                    | releases/v1
            .yml                 | fyml
            v2*                  | v3
            v[12].[0-9]+.[0-9]+  | v3.0.0
            v[12].[0-9]+.[0-9]+  | v1..1
            *.jsx?               | page.jsxx
            *.js                 | js/index.js
            docs/*               | docs/mona/octocat.txt
            docs/**/*.md         | docs/a/file.txt
            **/README.md         | README.mdx
            [CB]at               | Hat
            [1-2]00              | 300
            a\\*b                | axb
            a+                   | b
            (x)y                 | y
            """)
    void rejectsNonMatches(String pattern, String input) {
        assertThat(matches(pattern, input)).isFalse();
    }

    @ParameterizedTest(name = "{0}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            v[12                 | 1 | missing ']' to close '['
            a[]b                 | 1 | empty brackets '[]' match nothing
            x[a-]                | 3 | a range needs a letter or digit on each side of '-'
            [-a]                 | 1 | a range needs a letter or digit on each side of '-'
            [z-a]                | 1 | range 'z-a' is out of order
            [a_]                 | 2 | only letters, digits and ranges such as a-z or 0-9 may appear in '[]', found '_'
            [a-.]                | 3 | a range may only span letters and digits, found '.'
            trailing\\           | 8 | '\\' at the end of the pattern escapes nothing
            !v[1                 | 2 | missing ']' to close '['
            """)
    void reportsErrorsWithOffsets(String pattern, int offset, String message) {
        List<PatternError> errors = FilterPattern.compile(pattern).errors();
        assertThat(errors).hasSize(1);
        assertThat(errors.getFirst().offset()).isEqualTo(offset);
        assertThat(errors.getFirst().message()).isEqualTo(message);
        assertThat(errors.getFirst().describe()).startsWith("invalid glob pattern \"");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            !docs/**  | true
            \\!docs   | false
            docs!     | false
            """)
    void leadingBangNegates(String pattern, boolean negated) {
        assertThat(FilterPattern.compile(pattern).orThrow().negated()).isEqualTo(negated);
    }
}
