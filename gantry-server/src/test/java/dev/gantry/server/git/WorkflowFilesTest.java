package dev.gantry.server.git;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The workflow files of a commit made by the real git program. */
class WorkflowFilesTest {

    @TempDir
    Path temp;

    @Test
    void listsTheWorkflowFilesOfACommitInPathOrder() throws Exception {
        GitCli git = new GitCli(temp.resolve("home"));
        git.run(temp, "init", "work").ok();
        Path work = temp.resolve("work");
        GitCli.write(work, ".github/workflows/ci.yml", "on: push\n");
        GitCli.write(work, ".github/workflows/a-release.yaml", "on: release\n");
        GitCli.write(work, ".github/workflows/nested/skip.yml", "on: push\n");
        GitCli.write(work, ".github/workflows/notes.txt", "not a workflow\n");
        GitCli.write(work, ".github/dependabot.yml", "version: 2\n");
        Files.write(work.resolve(".github/workflows/latin1.yml"), new byte[] {'o', 'n', ':', ' ', (byte) 0xE9, '\n'});
        git.run(work, "add", "-A").ok();
        git.run(work, "commit", "-m", "workflows").ok();
        String sha = git.run(work, "rev-parse", "HEAD").ok().trimmed();
        GitCli.write(work, "README.md", "no workflows here\n");
        git.run(work, "rm", "-r", "-q", ".github").ok();
        git.run(work, "add", "-A").ok();
        git.run(work, "commit", "-m", "none").ok();
        String none = git.run(work, "rev-parse", "HEAD").ok().trimmed();

        try (org.eclipse.jgit.lib.Repository repo = HostedRepositories.openExisting(work.resolve(".git"))) {
            WorkflowFiles.Listing listing = WorkflowFiles.at(repo, sha);
            assertThat(listing).isEqualTo(new WorkflowFiles.Listing.Found(sha, List.of(
                    new WorkflowFile.Text(".github/workflows/a-release.yaml", "on: release\n"),
                    new WorkflowFile.Text(".github/workflows/ci.yml", "on: push\n"),
                    new WorkflowFile.Unreadable(".github/workflows/latin1.yml",
                            "The workflow file .github/workflows/latin1.yml is not valid UTF-8 text."))));

            assertThat(WorkflowFiles.at(repo, none)).isEqualTo(new WorkflowFiles.Listing.Found(none, List.of()));

            String unknown = "0123456789abcdef0123456789abcdef01234567";
            assertThat(WorkflowFiles.at(repo, unknown)).isEqualTo(new WorkflowFiles.Listing.MissingCommit(unknown,
                    "The commit " + unknown + " is not in the repository."));
            assertThat(WorkflowFiles.at(repo, "main")).isInstanceOf(WorkflowFiles.Listing.MissingCommit.class);
        }
    }
}
