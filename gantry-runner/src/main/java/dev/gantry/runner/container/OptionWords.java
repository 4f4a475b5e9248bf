package dev.gantry.runner.container;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits an {@code options:} string, or a docker action's {@code entrypoint} and {@code with: args}, into words as
 * a POSIX shell would, without expansion: white space separates, single quotes keep everything, double quotes keep
 * everything but a backslash before {@code "}, {@code \} or {@code $}, and a backslash outside quotes keeps the
 * next character. Pure.
 */
public final class OptionWords {

    private OptionWords() {}

    /** The words, or empty when a quote is not closed. */
    public static Optional<List<String>> split(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote == '\'') {
                if (c == '\'') {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (quote == '"') {
                if (c == '"') {
                    quote = 0;
                } else if (c == '\\' && i + 1 < text.length() && "\"\\$".indexOf(text.charAt(i + 1)) >= 0) {
                    word.append(text.charAt(++i));
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (c == '\\' && i + 1 < text.length()) {
                word.append(text.charAt(++i));
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
            return Optional.empty();
        }
        if (inWord) {
            words.add(word.toString());
        }
        return Optional.of(List.copyOf(words));
    }
}
