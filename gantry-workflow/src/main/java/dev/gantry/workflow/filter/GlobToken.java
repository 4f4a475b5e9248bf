package dev.gantry.workflow.filter;

/**
 * One compiled element of a filter pattern. {@link GlobMatcher} runs a list of them. {@code +} is compiled away
 * ({@code x+} becomes {@code x x*}), so a token only ever repeats zero-or-one or zero-or-more times.
 */
sealed interface GlobToken {

    /** One character that passes {@code test}, repeated as {@code repeat} says. */
    record Char(CharTest test, Repeat repeat) implements GlobToken {}

    /** {@code **}{@code /}: nothing, or one or more characters of any kind followed by {@code /}. */
    record Directories() implements GlobToken {}

    enum Repeat { ONE, OPTIONAL, ANY_NUMBER }

    /** Which single characters (code points) a {@link Char} token accepts. */
    sealed interface CharTest {
        boolean test(int codePoint);

        record Literal(int codePoint) implements CharTest {
            public boolean test(int c) {
                return c == codePoint;
            }
        }

        /** {@code *}: anything but {@code /}. */
        record NotSlash() implements CharTest {
            public boolean test(int c) {
                return c != '/';
            }
        }

        /** {@code **}: anything. */
        record Any() implements CharTest {
            public boolean test(int c) {
                return true;
            }
        }

        /** {@code [a-z0-9_]}: {@code ranges} holds pairs of inclusive bounds. */
        record Ranges(String ranges) implements CharTest {
            public boolean test(int c) {
                for (int i = 0; i + 1 < ranges.length(); i += 2) {
                    if (c >= ranges.charAt(i) && c <= ranges.charAt(i + 1)) {
                        return true;
                    }
                }
                return false;
            }
        }
    }
}
