package dev.gantry.runner.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a custom shell's text into words at white space; single or double quotes group words and are removed
 * ({@code pwsh -command ". '{0}'"} gives {@code pwsh}, {@code -command}, {@code . '{0}'}). No escapes, no
 * expansion: this is a command line written in a workflow, not a shell script.
 */
final class Words {

    private Words() {}

    /** The words; an unclosed quote is an {@link IllegalArgumentException} with a message for the user. */
    static List<String> split(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (quote != 0) {
            throw new IllegalArgumentException("a " + quote + " quote is not closed");
        }
        if (inWord) {
            words.add(word.toString());
        }
        return List.copyOf(words);
    }
}
