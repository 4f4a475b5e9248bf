package dev.gantry.server.git;

import dev.gantry.server.store.Ids.RepositoryId;
import dev.gantry.server.store.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** Where bare repositories live, how they are created, and the basic-auth header git sends. */
class HostedRepositoriesTest {

    @TempDir
    Path data;

    @Test
    void namesStayInsideTheGitFolder() {
        HostedRepositories disk = new HostedRepositories(data);
        Path root = data.resolve("git").toAbsolutePath().normalize();
        assertThat(disk.directory("acme", "web")).hasValue(root.resolve("acme/web.git"));
        assertThat(disk.directory("acme", "a..b")).hasValue(root.resolve("acme/a..b.git"));
        assertThat(disk.directory("..", "web")).isEmpty();
        assertThat(disk.directory(".", "web")).isEmpty();
        assertThat(disk.directory("acme", "../../etc")).isEmpty();
        assertThat(disk.directory("acme", "a/b")).isEmpty();
        assertThat(disk.directory("acme", "")).isEmpty();
        assertThat(disk.directory("acme", "x".repeat(101))).isEmpty();
        assertThat(disk.directory("acme", "we b")).isEmpty();
    }

    @Test
    void aBareRepositoryIsCreatedOnFirstOpenWithHeadOnTheDefaultBranch() throws Exception {
        HostedRepositories disk = new HostedRepositories(data);
        Repository trunk = new Repository(new RepositoryId(3), "acme", "api", new Repository.Source.Hosted(),
                "trunk", Instant.EPOCH);
        assertThat(disk.openIfExists(trunk)).isEmpty();
        try (org.eclipse.jgit.lib.Repository git = disk.open(trunk)) {
            assertThat(git.isBare()).isTrue();
            assertThat(git.exactRef("HEAD").getTarget().getName()).isEqualTo("refs/heads/trunk");
        }
        try (org.eclipse.jgit.lib.Repository again = disk.open(trunk)) {
            assertThat(again.getDirectory().toPath()).isEqualTo(data.resolve("git/acme/api.git").toAbsolutePath());
        }
        assertThat(data.resolve("git/acme").toFile().list()).containsExactly("api.git");
    }

    @Test
    void basicAuthGivesThePasswordOfAWellFormedHeader() {
        assertThat(BasicAuth.password(basic("anyone:s3cret:with-colon"))).hasValue("s3cret:with-colon");
        assertThat(BasicAuth.password(basic(":token"))).hasValue("token");
        assertThat(BasicAuth.password(basic("user-only"))).isEmpty();
        assertThat(BasicAuth.password(basic("user:"))).isEmpty();
        assertThat(BasicAuth.password("Basic not*base64")).isEmpty();
        assertThat(BasicAuth.password("Bearer token")).isEmpty();
        assertThat(BasicAuth.password(null)).isEmpty();
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }
}
