package dev.gantry.engine.event;

import dev.gantry.workflow.expr.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Typed reads of a webhook payload by path, e.g. {@code string("pull_request", "base", "ref")}. A missing member or
 * one of another kind reads as absent, never as an error: real payloads differ between events and versions, and
 * hand-written ones for local runs hold only what their author needed.
 */
public record Payload(Value.Obj root) {

    public Payload {
        Objects.requireNonNull(root, "root");
    }

    public Optional<Value> get(String... path) {
        Value current = root;
        for (String key : path) {
            if (!(current instanceof Value.Obj obj) || !obj.members().containsKey(key)) {
                return Optional.empty();
            }
            current = obj.members().get(key);
        }
        return Optional.of(current);
    }

    /** A string member; numbers are not converted. */
    public Optional<String> string(String... path) {
        return get(path).flatMap(v -> v instanceof Value.Str s ? Optional.of(s.value()) : Optional.empty());
    }

    public Optional<Boolean> bool(String... path) {
        return get(path).flatMap(v -> v instanceof Value.Bool b ? Optional.of(b.value()) : Optional.empty());
    }

    public Optional<Double> number(String... path) {
        return get(path).flatMap(v -> v instanceof Value.Num n ? Optional.of(n.value()) : Optional.empty());
    }

    public Optional<Value.Obj> object(String... path) {
        return get(path).flatMap(v -> v instanceof Value.Obj o ? Optional.of(o) : Optional.empty());
    }

    /** An array member's items; empty when absent or not an array. */
    public List<Value> array(String... path) {
        return get(path).map(v -> v instanceof Value.Arr a ? a.items() : List.<Value>of()).orElse(List.of());
    }

    /** A copy of {@code obj} with {@code key} set to {@code value} (replacing it in place, or added last). */
    public static Value.Obj with(Value.Obj obj, String key, Value value) {
        Map<String, Value> members = new LinkedHashMap<>(obj.members());
        members.put(key, value);
        return new Value.Obj(members);
    }

    /** A copy of {@code obj} with {@code key} set to {@code value} only when it has no member {@code key}. */
    public static Value.Obj withDefault(Value.Obj obj, String key, Value value) {
        return obj.members().containsKey(key) ? obj : with(obj, key, value);
    }

    /** A copy of {@code obj} with each of {@code defaults} it lacks added, in their order, after its own members. */
    public static Value.Obj withDefaults(Value.Obj obj, Map<String, Value> defaults) {
        Map<String, Value> members = new LinkedHashMap<>(obj.members());
        defaults.forEach(members::putIfAbsent);
        return new Value.Obj(members);
    }

    /** The string form of an id-like member: strings as they are, whole numbers without a fraction. */
    public Optional<String> text(String... path) {
        return get(path).flatMap(v -> switch (v) {
            case Value.Str s -> Optional.of(s.value());
            case Value.Num n when n.value() == Math.rint(n.value()) && Math.abs(n.value()) < 1e15 ->
                    Optional.of(Long.toString((long) n.value()));
            case Value.Num n -> Optional.of(Double.toString(n.value()));
            default -> Optional.empty();
        });
    }
}
