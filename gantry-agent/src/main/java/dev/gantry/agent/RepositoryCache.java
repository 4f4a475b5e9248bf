package dev.gantry.agent;

import dev.gantry.api.agent.JobSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/**
 * Bare copies of the repositories jobs come from, under {@code <agent home>/repositories/<owner>/<name>.git}, kept
 * between jobs so each fetch brings only what is new. {@link #fetch} makes sure a job's {@code headSha} is there:
 * branches and tags first, then the job's ref, then the commit itself. Authenticates with the agent's token as the
 * password (what the server's hosted git accepts). Thread-safe: fetches of one repository take turns; blocks on the
 * network.
 */
final class RepositoryCache {

    /** The outcome of {@link #fetch}. */
    sealed interface Fetch {
        record Fetched(Path bareRepository) implements Fetch {}

        record Failed(String reason) implements Fetch {}
    }

    private final Path root;
    private final String agentToken;
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    RepositoryCache(Path root, String agentToken) {
        this.root = root;
        this.agentToken = agentToken;
    }

    /**
     * How long a fetch keeps trying (a server restarting, a network blip): less than a job's lease, so the job
     * fails with the reason before the server would call its agent lost.
     */
    static final Duration RETRY_FOR = Duration.ofSeconds(25);

    Fetch fetch(JobSpec spec) {
        JobSpec.RepositoryRef repo = spec.repository();
        Path bare = root.resolve(safe(repo.owner())).resolve(safe(repo.name()) + ".git");
        ReentrantLock lock = locks.computeIfAbsent(bare.toString(), k -> new ReentrantLock());
        lock.lock();
        try {
            if (spec.headSha().isEmpty()) {
                return new Fetch.Failed("the job names no commit to check out of " + repo.fullName());
            }
            try (Git git = open(bare)) {
                if (has(git.getRepository(), spec.headSha())) {
                    return new Fetch.Fetched(bare);
                }
                List<List<RefSpec>> attempts = List.of(
                        List.of(new RefSpec("+refs/heads/*:refs/heads/*"), new RefSpec("+refs/tags/*:refs/tags/*")),
                        spec.ref().startsWith("refs/") ? List.of(new RefSpec("+" + spec.ref() + ":" + spec.ref()))
                                : List.of(),
                        List.of(new RefSpec(spec.headSha() + ":refs/gantry/" + spec.headSha())));
                String lastProblem = "";
                long deadline = System.nanoTime() + RETRY_FOR.toNanos();
                Backoff backoff = new Backoff(Duration.ofSeconds(2));
                while (true) {
                    for (List<RefSpec> specs : attempts) {
                        if (specs.isEmpty()) {
                            continue;
                        }
                        try {
                            git.fetch().setRemote(repo.cloneUrl()).setRefSpecs(specs)
                                    .setCredentialsProvider(new UsernamePasswordCredentialsProvider("gantry-agent",
                                            agentToken)).call();
                        } catch (GitAPIException | RuntimeException e) {
                            lastProblem = ": " + e.getMessage();
                        }
                        if (has(git.getRepository(), spec.headSha())) {
                            return new Fetch.Fetched(bare);
                        }
                    }
                    if (System.nanoTime() > deadline) {
                        return new Fetch.Failed("cannot fetch commit " + spec.headSha() + " of " + repo.fullName()
                                + " from " + repo.cloneUrl() + lastProblem);
                    }
                    backoff.pause();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Fetch.Failed("the job was stopped while fetching " + repo.fullName());
        } catch (IOException | RuntimeException e) {
            return new Fetch.Failed("cannot keep a copy of " + repo.fullName() + " in " + bare + ": " + e.getMessage());
        } finally {
            lock.unlock();
        }
    }

    private static Git open(Path bare) throws IOException {
        if (!Files.isDirectory(bare.resolve("objects"))) {
            Files.createDirectories(bare);
            try {
                return Git.init().setBare(true).setGitDir(bare.toFile()).setDirectory(bare.toFile()).call();
            } catch (GitAPIException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
        Repository repository = new FileRepositoryBuilder().setGitDir(bare.toFile()).setMustExist(true).build();
        return new Git(repository, true);
    }

    private static boolean has(Repository repository, String sha) {
        try {
            return repository.getObjectDatabase().has(ObjectId.fromString(sha));
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private static String safe(String segment) {
        return Optional.of(segment.replaceAll("[^A-Za-z0-9_.-]", "_")).filter(s -> !s.matches("\\.+")).orElse("_");
    }
}
