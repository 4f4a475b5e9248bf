package dev.gantry.engine.context;

import dev.gantry.workflow.expr.Value;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code vars} and {@code secrets} contexts: configuration variables and secrets by name, all strings.
 *
 * <p>{@code secrets.GITHUB_TOKEN} always exists, as on GitHub, where every job gets one: the given
 * {@code GITHUB_TOKEN} secret when there is one (a real token for actions that call the API), else the empty
 * string, which no masker needs to hide and no API accepts. {@code github.token} holds the same value.
 */
public final class StoredValues {

    public static final String GITHUB_TOKEN = "GITHUB_TOKEN";

    private StoredValues() {}

    public static Value.Obj vars(Map<String, String> variables) {
        return strings(variables);
    }

    public static Value.Obj secrets(Map<String, String> secrets) {
        Map<String, String> all = new LinkedHashMap<>(secrets);
        all.putIfAbsent(GITHUB_TOKEN, "");
        return strings(all);
    }

    /** The token a job gets: the {@code GITHUB_TOKEN} secret, or empty. */
    public static String token(Map<String, String> secrets) {
        return secrets.getOrDefault(GITHUB_TOKEN, "");
    }

    static Value.Obj strings(Map<String, String> values) {
        Map<String, Value> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, new Value.Str(v)));
        return new Value.Obj(out);
    }
}
