package dev.gantry.cli.actions;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code OWNER/REPO@REF} as given on the command line. */
record ActionRef(String owner, String repo, String ref) {

    private static final Pattern FORM = Pattern.compile("([^/@\\s]+)/([^/@\\s]+)@(\\S+)");

    static Optional<ActionRef> parse(String text) {
        Matcher m = FORM.matcher(text);
        return m.matches() ? Optional.of(new ActionRef(m.group(1), m.group(2), m.group(3))) : Optional.empty();
    }

    @Override
    public String toString() {
        return owner + "/" + repo + "@" + ref;
    }
}
