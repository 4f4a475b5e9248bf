package dev.gantry.server.git;

import dev.gantry.server.store.Repository;
import dev.gantry.server.trigger.RepositoryContent;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.jgit.lib.ObjectId;

/**
 * {@link RepositoryContent} over the server's git storage: hosted repositories as pushed, repositories registered
 * by URL as last fetched (a commit the mirror lacks — a webhook can arrive before the poller has fetched — is
 * fetched once and looked up again). Agents always fetch from the server, which serves mirrors read-only, so
 * they need no credentials for the origin. Thread-safe.
 */
public final class GitContent implements RepositoryContent {

    private final GitHosting git;
    private final Supplier<String> serverUrl;

    public GitContent(GitHosting git, Supplier<String> serverUrl) {
        this.git = git;
        this.serverUrl = serverUrl;
    }

    @Override
    public Listing workflows(Repository repository, String sha) {
        Listing listing = read(repository, sha);
        if (listing instanceof Listing.MissingCommit && repository.source() instanceof Repository.Source.Remote) {
            if (git.mirrors().fetch(repository) instanceof Mirrors.Outcome.Failed failed) {
                return new Listing.MissingCommit(listing instanceof Listing.MissingCommit m
                        ? m.message() + "; fetching " + repository.fullName() + " failed: " + failed.problem()
                        : failed.problem());
            }
            listing = read(repository, sha);
        }
        return listing;
    }

    @Override
    public Optional<String> resolve(Repository repository, String ref) {
        try (org.eclipse.jgit.lib.Repository repo = git.repositories().open(repository)) {
            ObjectId id = repo.resolve(ref + "^{commit}");
            return Optional.ofNullable(id).map(ObjectId::name);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public String cloneUrl(Repository repository) {
        String base = serverUrl.get();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/git/" + repository.fullName()
                + ".git";
    }

    /** A file as the intake reads it: its text, or none when it cannot be read as a workflow. */
    private static RepositoryContent.WorkflowFile file(dev.gantry.server.git.WorkflowFile file) {
        return switch (file) {
            case dev.gantry.server.git.WorkflowFile.Text text -> new RepositoryContent.WorkflowFile(text.path(),
                    Optional.of(text.text()));
            case dev.gantry.server.git.WorkflowFile.Unreadable unreadable -> new RepositoryContent.WorkflowFile(
                    unreadable.path(), Optional.empty());
        };
    }

    private Listing read(Repository repository, String sha) {
        try {
            return switch (git.workflows(repository, sha)) {
                case WorkflowFiles.Listing.MissingCommit missing -> new Listing.MissingCommit(
                        "%s has no commit %s: %s".formatted(repository.fullName(), sha, missing.problem()));
                case WorkflowFiles.Listing.Found found -> new Listing.Files(found.files().stream()
                        .map(GitContent::file).toList());
            };
        } catch (IOException e) {
            return new Listing.MissingCommit("cannot read %s: %s".formatted(repository.fullName(), e.getMessage()));
        }
    }
}
