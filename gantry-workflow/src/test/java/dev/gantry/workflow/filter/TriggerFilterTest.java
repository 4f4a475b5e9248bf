package dev.gantry.workflow.filter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TriggerFilterTest {

    private static final GitRef MAIN = new GitRef.Branch("main");
    private static final GitRef V1 = new GitRef.Tag("v1.0.0");
    private static final ChangedFiles NO_DIFF = new ChangedFiles.Unknown();

    private static TriggerFilter filter(Map<FilterKey, List<String>> lists) {
        return switch (TriggerFilter.compile(lists)) {
            case TriggerFilter.Compilation.Ok ok -> ok.filter();
            case TriggerFilter.Compilation.Invalid invalid -> throw new AssertionError(invalid.errors());
        };
    }

    @Test
    void noFiltersAdmitEverything() {
        TriggerFilter none = filter(Map.of());
        assertThat(none.admits(MAIN, ChangedFiles.of(List.of("a")))).isTrue();
        assertThat(none.admits(V1, NO_DIFF)).isTrue();
    }

    @Test
    void branchFilterAloneExcludesTags() {
        TriggerFilter f = filter(Map.of(FilterKey.BRANCHES, List.of("main", "releases/**")));
        assertThat(f.admits(MAIN, NO_DIFF)).isTrue();
        assertThat(f.admits(new GitRef.Branch("releases/v2/hotfix"), NO_DIFF)).isTrue();
        assertThat(f.admits(new GitRef.Branch("dev"), NO_DIFF)).isFalse();
        assertThat(f.admits(V1, NO_DIFF)).isFalse();
    }

    @Test
    void tagFilterAloneExcludesBranches() {
        TriggerFilter f = filter(Map.of(FilterKey.TAGS_IGNORE, List.of("v1.*")));
        assertThat(f.admits(MAIN, NO_DIFF)).isFalse();
        assertThat(f.admits(V1, NO_DIFF)).isFalse();
        assertThat(f.admits(new GitRef.Tag("v2.0.0"), NO_DIFF)).isTrue();
    }

    @Test
    void pathsNeedOneSelectedFile() {
        TriggerFilter f = filter(Map.of(FilterKey.PATHS, List.of("src/**", "!src/**/*.md")));
        assertThat(f.admits(MAIN, ChangedFiles.of(List.of("README.md", "src/a/B.java")))).isTrue();
        assertThat(f.admits(MAIN, ChangedFiles.of(List.of("README.md", "src/a/notes.md")))).isFalse();
        assertThat(f.admits(MAIN, ChangedFiles.of(List.of()))).isFalse();
        assertThat(f.admits(MAIN, NO_DIFF)).isTrue();
    }

    @Test
    void pathsIgnoreSkipsOnlyWhenEveryFileIsIgnored() {
        TriggerFilter f = filter(Map.of(FilterKey.PATHS_IGNORE, List.of("docs/**", "*.md")));
        assertThat(f.admits(MAIN, ChangedFiles.of(List.of("docs/a.txt", "README.md")))).isFalse();
        assertThat(f.admits(MAIN, ChangedFiles.of(List.of("docs/a.txt", "src/Main.java")))).isTrue();
    }

    @Test
    void pathFiltersAreNotEvaluatedForTags() {
        TriggerFilter f = filter(Map.of(FilterKey.TAGS, List.of("v*"), FilterKey.PATHS, List.of("src/**")));
        assertThat(f.admits(V1, ChangedFiles.of(List.of("docs/a.md")))).isTrue();
    }

    @Test
    void branchAndPathFiltersMustBothPass() {
        TriggerFilter f = filter(Map.of(FilterKey.BRANCHES, List.of("main"), FilterKey.PATHS, List.of("src/**")));
        assertThat(f.admits(MAIN, ChangedFiles.of(List.of("src/a")))).isTrue();
        assertThat(f.admits(MAIN, ChangedFiles.of(List.of("docs/a")))).isFalse();
        assertThat(f.admits(new GitRef.Branch("dev"), ChangedFiles.of(List.of("src/a")))).isFalse();
    }

    @Test
    void includeWithItsIgnoreTwinIsAnError() {
        var result = TriggerFilter.compile(Map.of(
                FilterKey.BRANCHES, List.of("main"), FilterKey.BRANCHES_IGNORE, List.of("dev"),
                FilterKey.PATHS, List.of("[x")));
        assertThat(result).isInstanceOf(TriggerFilter.Compilation.Invalid.class);
        var errors = ((TriggerFilter.Compilation.Invalid) result).errors();
        assertThat(errors).extracting(FilterError::key)
                .containsExactlyInAnyOrder(FilterKey.BRANCHES_IGNORE, FilterKey.PATHS);
        assertThat(errors).filteredOn(e -> e.key() == FilterKey.BRANCHES_IGNORE).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("\"branches\" and \"branches-ignore\""));
        assertThat(errors).filteredOn(e -> e.key() == FilterKey.PATHS).singleElement()
                .satisfies(e -> assertThat(e.pattern()).hasValueSatisfying(p -> assertThat(p.offset()).isZero()));
    }

    @Test
    void parsesFullRefs() {
        assertThat(GitRef.parse("refs/heads/feature/x")).isEqualTo(new GitRef.Branch("feature/x"));
        assertThat(GitRef.parse("refs/tags/v1")).isEqualTo(new GitRef.Tag("v1"));
        assertThat(FilterKey.fromYaml("paths-ignore")).contains(FilterKey.PATHS_IGNORE);
    }
}
