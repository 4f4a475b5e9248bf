package dev.gantry.workflow.read;

import dev.gantry.workflow.template.FieldContexts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A declarative description of what YAML may appear at one place of a workflow. {@link SyntaxChecker} is the one
 * generic interpreter of it. Expressions are allowed wherever an enclosing {@link InContext} says which contexts
 * they may use; a whole-value expression satisfies any shape, an embedded one only a string.
 */
public sealed interface Syntax {

    /** A string (numbers, booleans and, unless {@code nonEmpty}, null coerce to strings). */
    record Str(boolean nonEmpty, Set<String> allowed) implements Syntax {
        public Str {
            allowed = Set.copyOf(allowed);
        }
    }

    record Bool() implements Syntax {}

    record Num() implements Syntax {}

    record Null() implements Syntax {}

    /** A condition ({@code if}): a string that is an expression even without {@code ${{ }}}. */
    record Condition() implements Syntax {}

    /** Anything at all, checked only for expressions (matrix values, action inputs' data). */
    record Any() implements Syntax {}

    /** A mapping. Keys in {@code properties} are known; {@code others}, when present, is the syntax of any other key's value. */
    record Obj(Map<String, Property> properties, Optional<Syntax> others) implements Syntax {
        public Obj {
            properties = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        }
    }

    record Property(Syntax syntax, boolean required) {}

    record Seq(Syntax item) implements Syntax {}

    /** The first alternative that fits the node's kind (mapping, sequence, scalar) and, for scalars, its value. */
    record OneOf(List<Syntax> alternatives) implements Syntax {
        public OneOf {
            alternatives = List.copyOf(alternatives);
        }
    }

    /**
     * A mapping whose shape depends on which key it has: the first alternative whose key is present applies,
     * else {@code fallback} (e.g. a step with {@code run} or with {@code uses}).
     */
    record ByKey(List<Map.Entry<String, Syntax>> alternatives, Syntax fallback) implements Syntax {
        public ByKey {
            alternatives = List.copyOf(alternatives);
        }
    }

    /** Sets the contexts that expressions inside {@code inner} may use. */
    record InContext(FieldContexts contexts, Syntax inner) implements Syntax {}

    Str STRING = new Str(false, Set.of());
    Str NON_EMPTY = new Str(true, Set.of());
    Bool BOOL = new Bool();
    Num NUMBER = new Num();
    Null NULL = new Null();
    Any ANY = new Any();
    Condition CONDITION = new Condition();

    static Str oneOf(String... values) {
        return new Str(true, Set.of(values));
    }

    static Seq seq(Syntax item) {
        return new Seq(item);
    }

    static OneOf either(Syntax... alternatives) {
        return new OneOf(List.of(alternatives));
    }

    static InContext in(FieldContexts contexts, Syntax inner) {
        return new InContext(contexts, inner);
    }

    /** A mapping of any non-empty keys to values of one syntax (env, with, outputs). */
    static Obj mapOf(Syntax values) {
        return new Obj(Map.of(), Optional.of(values));
    }
}
