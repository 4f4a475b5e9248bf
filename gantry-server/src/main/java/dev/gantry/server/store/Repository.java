package dev.gantry.server.store;

import dev.gantry.server.store.Ids.RepositoryId;

import java.time.Instant;
import java.util.Objects;

/** A repository the server builds: one it hosts over git smart HTTP, or one it fetches from a URL. */
public record Repository(RepositoryId id, String owner, String name, Source source, String defaultBranch,
                         Instant createdAt) {

    public Repository {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(defaultBranch, "defaultBranch");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** {@code OWNER/NAME}. */
    public String fullName() {
        return owner + "/" + name;
    }

    /** Where the commits come from. */
    public sealed interface Source {
        /** Pushed to the server's own git endpoint. */
        record Hosted() implements Source {}

        /** Fetched (polled, or on webhook) from any URL JGit can fetch. */
        record Remote(String url) implements Source {
            public Remote {
                Objects.requireNonNull(url, "url");
            }
        }

        default String kind() {
            return switch (this) {
                case Hosted h -> "hosted";
                case Remote r -> "url";
            };
        }
    }
}
