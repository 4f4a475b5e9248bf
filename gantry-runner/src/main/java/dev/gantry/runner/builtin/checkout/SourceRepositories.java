package dev.gantry.runner.builtin.checkout;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Where the git repositories a run may check out are on this machine: {@code gantry run -C DIR} maps the run's
 * {@code github.repository} to DIR; a server maps each repository it serves to its own copy. Implementations are
 * thread-safe and do no network I/O.
 */
@FunctionalInterface
public interface SourceRepositories {

    /**
     * The local git folder (a work tree or a bare repository) of {@code repository} ({@code owner/name}, compared
     * ignoring case), or empty when this machine has none.
     */
    Optional<Path> find(String repository);

    /** None: every checkout fails naming the repository. */
    SourceRepositories NONE = repository -> Optional.empty();

    /** Exactly {@code repository}, in {@code folder}. */
    static SourceRepositories single(String repository, Path folder) {
        return of(Map.of(repository, folder));
    }

    /** The repositories of {@code folders}, by {@code owner/name}. */
    static SourceRepositories of(Map<String, Path> folders) {
        Map<String, Path> byName = folders.entrySet().stream().collect(Collectors.toUnmodifiableMap(
                e -> e.getKey().toLowerCase(Locale.ROOT), Map.Entry::getValue));
        return repository -> Optional.ofNullable(byName.get(repository.toLowerCase(Locale.ROOT)));
    }
}
