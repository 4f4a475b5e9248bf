package dev.gantry.engine.event;

import java.util.Objects;

/** A commit's author or committer as git records them. */
public record Person(String name, String email) {

    public Person {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(email, "email");
    }
}
