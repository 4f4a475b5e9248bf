package dev.gantry.workflow.model;

import java.util.Optional;

/** The target of a step's {@code uses}. */
public sealed interface ActionRef {

    /** The text as written. */
    String text();

    /** {@code owner/repo[/path]@ref}. */
    record Repository(String owner, String repo, Optional<String> path, String ref, String text) implements ActionRef {}

    /** {@code ./path} in the workspace. */
    record Local(String path, String text) implements ActionRef {}

    /** {@code docker://image[:tag]}. */
    record Docker(String image, String text) implements ActionRef {}
}
