package dev.gantry.workflow.read;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Builds a {@link Syntax.Obj} one key at a time: {@code obj().opt("name", STRING).req("jobs", jobs).build()}. */
final class ObjSyntaxBuilder {

    private final Map<String, Syntax.Property> properties = new LinkedHashMap<>();
    private Optional<Syntax> others = Optional.empty();

    static ObjSyntaxBuilder obj() {
        return new ObjSyntaxBuilder();
    }

    ObjSyntaxBuilder opt(String key, Syntax syntax) {
        properties.put(key, new Syntax.Property(syntax, false));
        return this;
    }

    ObjSyntaxBuilder req(String key, Syntax syntax) {
        properties.put(key, new Syntax.Property(syntax, true));
        return this;
    }

    /** Adds every property of another mapping syntax. */
    ObjSyntaxBuilder all(Syntax.Obj other) {
        properties.putAll(other.properties());
        return this;
    }

    ObjSyntaxBuilder others(Syntax syntax) {
        others = Optional.of(syntax);
        return this;
    }

    Syntax.Obj build() {
        return new Syntax.Obj(properties, others);
    }
}
