package dev.gantry.workflow.read;

import dev.gantry.workflow.diag.Diagnostics;
import dev.gantry.workflow.diag.Span;

/** The format of job and step ids (rule {@value #RULE}), in GitHub's wording. */
final class IdRules {

    static final String RULE = "id";
    /** Ids must be shorter than this. */
    static final int MAX_LENGTH = 100;

    private IdRules() {}

    /** Reports a malformed id; returns true when the id is valid. */
    static boolean check(String id, Span span, Diagnostics diagnostics) {
        if (!isValid(id)) {
            diagnostics.error(RULE, span, "The identifier '%s' is invalid. IDs may only contain alphanumeric"
                    + " characters, '_', and '-'. IDs must start with a letter or '_' and and must be less than 100"
                    + " characters.", id);
            return false;
        }
        if (id.startsWith("__")) {
            diagnostics.error(RULE, span, "The identifier '%s' is invalid. IDs starting with '__' are reserved.", id);
            return false;
        }
        return true;
    }

    static boolean isValid(String id) {
        if (id.isEmpty() || id.length() >= MAX_LENGTH) {
            return false;
        }
        char first = id.charAt(0);
        if (!(isLetter(first) || first == '_')) {
            return false;
        }
        for (int i = 1; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(isLetter(c) || (c >= '0' && c <= '9') || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
