package dev.gantry.engine.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RepositoryNameTest {

    @ParameterizedTest
    @CsvSource({
            "https://github.com/octo-org/octo-repo.git, octo-org, octo-repo",
            "https://github.com/octo-org/octo-repo, octo-org, octo-repo",
            "https://user:token@git.example.com:8443/group/sub/app.git/, sub, app",
            "git@github.com:octo-org/octo-repo.git, octo-org, octo-repo",
            "ssh://git@github.com:22/octo-org/octo-repo.git, octo-org, octo-repo",
            "file:///srv/git/team/service.git, team, service",
            "/srv/git/service.git, git, service",
            "../service, local, service",
            "service, local, service",
    })
    void ownerAndNameComeFromTheLastTwoPathSegments(String url, String owner, String name) {
        assertThat(RepositoryName.fromRemoteUrl(url)).contains(new RepositoryName(owner, name));
    }

    @ParameterizedTest
    @CsvSource({"https://github.com/", "''"})
    void noNameNoResult(String url) {
        assertThat(RepositoryName.fromRemoteUrl(url)).isEmpty();
    }
}
