package dev.gantry.runner.action;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the host executor resolves a repository action against: the store first, then the built-in stand-ins.
 *
 * @param store    filled ahead of time; a stored copy overrides a built-in one
 * @param builtins by {@link BuiltinAction#name()}, lower case
 */
public record ActionSources(ActionStore store, Map<String, BuiltinAction> builtins) {

    /** No store and no built-in actions: only {@code run} steps and local actions can run. */
    public static final ActionSources NONE = new ActionSources(ActionStore.EMPTY, Map.of());

    public ActionSources {
        builtins = Map.copyOf(builtins);
    }

    public static ActionSources of(ActionStore store, List<BuiltinAction> builtins) {
        return new ActionSources(store, builtins.stream().collect(Collectors.toMap(
                b -> b.name().toLowerCase(Locale.ROOT), Function.identity())));
    }

    /** The built-in stand-in for {@code owner/repo[/path]}, compared ignoring case. */
    public Optional<BuiltinAction> builtin(String name) {
        return Optional.ofNullable(builtins.get(name.toLowerCase(Locale.ROOT)));
    }
}
