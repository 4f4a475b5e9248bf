package dev.gantry.engine.event;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.revwalk.filter.RevFilter;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.RemoteConfig;
import org.eclipse.jgit.treewalk.AbstractTreeIterator;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * A git repository read with JGit: the engine's only I/O. Reads the object database and refs; never writes, never
 * runs {@code git}, never touches the network. Not thread-safe; close it when done.
 */
public final class GitEventSource implements SourceRepository, AutoCloseable {

    private final Repository repository;
    private final String folderName;

    private GitEventSource(Repository repository, String folderName) {
        this.repository = repository;
        this.folderName = folderName;
    }

    /**
     * Opens the repository that {@code folder} is in (the folder or one of its parents holds {@code .git}).
     * Empty when there is none, or when it cannot be read.
     */
    public static Optional<GitEventSource> open(Path folder) {
        try {
            FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment()
                    .findGitDir(folder.toAbsolutePath().toFile());
            if (builder.getGitDir() == null) {
                return Optional.empty();
            }
            Repository repository = builder.setMustExist(true).build();
            Path top = repository.isBare() ? repository.getDirectory().toPath() : repository.getWorkTree().toPath();
            return Optional.of(new GitEventSource(repository, top.getFileName().toString()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Reads an already open repository (a bare one on a server, say), named {@code folderName}. Closing the
     * source closes {@code repository}.
     */
    public static GitEventSource over(Repository repository, String folderName) {
        return new GitEventSource(repository, folderName);
    }

    /** The repository at {@code folder} if it is one, else the plain folder. */
    public static SourceRepository openOrPlain(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        Path name = absolute.getFileName();
        return open(folder).<SourceRepository>map(s -> s)
                .orElseGet(() -> new PlainFolder(name == null ? "repository" : name.toString()));
    }

    @Override
    public String folderName() {
        return folderName;
    }

    @Override
    public Optional<Head> head() {
        try (RevWalk walk = new RevWalk(repository)) {
            ObjectId id = repository.resolve(Constants.HEAD);
            if (id == null) {
                return Optional.empty();
            }
            RevCommit commit = walk.parseCommit(id);
            Ref head = repository.exactRef(Constants.HEAD);
            Optional<String> branch = head != null && head.isSymbolic()
                    ? Optional.of(Repository.shortenRefName(head.getTarget().getName())) : Optional.empty();
            List<String> tags = new ArrayList<>();
            for (Ref tag : repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
                Ref peeled = repository.getRefDatabase().peel(tag);
                ObjectId target = peeled.getPeeledObjectId() != null ? peeled.getPeeledObjectId() : tag.getObjectId();
                if (id.equals(target)) {
                    tags.add(Repository.shortenRefName(tag.getName()));
                }
            }
            Optional<String> parent = commit.getParentCount() > 0
                    ? Optional.of(commit.getParent(0).name()) : Optional.empty();
            return Optional.of(new Head(toCommit(commit), branch, tags, parent));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<String> remoteUrl() {
        try {
            List<RemoteConfig> remotes = RemoteConfig.getAllRemoteConfigs(repository.getConfig());
            return remotes.stream().filter(r -> r.getName().equals(Constants.DEFAULT_REMOTE_NAME)).findFirst()
                    .or(() -> remotes.stream().findFirst())
                    .flatMap(r -> r.getURIs().stream().findFirst())
                    .map(Object::toString);
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<String> defaultBranch() {
        try {
            Ref remoteHead = repository.exactRef("refs/remotes/origin/HEAD");
            if (remoteHead != null && remoteHead.isSymbolic()) {
                return Optional.of(remoteHead.getTarget().getName().substring("refs/remotes/origin/".length()));
            }
            for (String candidate : List.of("main", "master")) {
                if (repository.exactRef(Constants.R_HEADS + candidate) != null) {
                    return Optional.of(candidate);
                }
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<Commit> commit(String sha) {
        try (RevWalk walk = new RevWalk(repository)) {
            return Optional.of(toCommit(walk.parseCommit(ObjectId.fromString(sha))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<Diff> diff(String fromSha, String toSha) {
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit to = walk.parseCommit(ObjectId.fromString(toSha));
            RevCommit from = fromSha.equals(Revision.ZERO_SHA) ? null : walk.parseCommit(ObjectId.fromString(fromSha));
            return Optional.of(diff(from, to));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public Optional<Diff> diffFromMergeBase(String baseBranch, String toSha) {
        try (RevWalk walk = new RevWalk(repository)) {
            ObjectId base = resolveBranch(baseBranch);
            if (base == null) {
                return Optional.empty();
            }
            RevCommit to = walk.parseCommit(ObjectId.fromString(toSha));
            walk.setRevFilter(RevFilter.MERGE_BASE);
            walk.markStart(walk.parseCommit(base));
            walk.markStart(to);
            RevCommit mergeBase = walk.next();
            if (mergeBase == null) {
                return Optional.empty();
            }
            return Optional.of(diff(mergeBase, to));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private ObjectId resolveBranch(String branch) throws IOException {
        for (String name : List.of(Constants.R_HEADS + branch, "refs/remotes/origin/" + branch, branch)) {
            Ref ref = repository.exactRef(name);
            if (ref != null && ref.getObjectId() != null) {
                return ref.getObjectId();
            }
        }
        return null;
    }

    /** The tree diff of two commits ({@code from} null: the empty tree), with renames as delete plus add. */
    private Diff diff(RevCommit from, RevCommit to) throws IOException {
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        List<String> modified = new ArrayList<>();
        try (ObjectReader reader = repository.newObjectReader(); TreeWalk tree = new TreeWalk(reader)) {
            tree.setRecursive(true);
            tree.addTree(from == null ? new EmptyTreeIterator() : parser(reader, from));
            tree.addTree(parser(reader, to));
            for (DiffEntry entry : DiffEntry.scan(tree)) {
                switch (entry.getChangeType()) {
                    case ADD, COPY -> added.add(entry.getNewPath());
                    case DELETE -> removed.add(entry.getOldPath());
                    case MODIFY -> modified.add(entry.getNewPath());
                    case RENAME -> {
                        removed.add(entry.getOldPath());
                        added.add(entry.getNewPath());
                    }
                }
            }
        }
        return new Diff(added, removed, modified);
    }

    private static AbstractTreeIterator parser(ObjectReader reader, RevCommit commit) throws IOException {
        return new CanonicalTreeParser(null, reader, commit.getTree());
    }

    private static Commit toCommit(RevCommit commit) {
        PersonIdent author = commit.getAuthorIdent();
        PersonIdent committer = commit.getCommitterIdent();
        return new Commit(commit.name(), commit.getFullMessage(),
                new Person(author.getName(), author.getEmailAddress()),
                new Person(committer.getName(), committer.getEmailAddress()),
                Instant.ofEpochSecond(commit.getCommitTime()));
    }

    @Override
    public void close() {
        repository.close();
    }
}
