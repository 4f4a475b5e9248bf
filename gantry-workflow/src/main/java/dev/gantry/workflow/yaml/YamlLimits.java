package dev.gantry.workflow.yaml;

/**
 * Bounds on what the loader accepts, so that hostile input cannot exhaust memory or the stack.
 *
 * @param maxChars  the largest source accepted, in characters
 * @param maxDepth  the deepest nesting of mappings and sequences accepted
 * @param maxNodes  the most nodes the document may hold once aliases are expanded (guards alias bombs)
 */
public record YamlLimits(int maxChars, int maxDepth, int maxNodes) {

    /** GitHub's object depth limit. */
    public static final int DEFAULT_MAX_DEPTH = 50;
    /** Larger than any real workflow; GitHub's own file limit is about 512 KiB. */
    public static final int DEFAULT_MAX_CHARS = 1 << 20;
    /** Nodes after alias expansion. */
    public static final int DEFAULT_MAX_NODES = 1_000_000;
    /** No configured depth may exceed this: the loader recurses once per level. */
    public static final int HARD_MAX_DEPTH = 1_000;

    public static final YamlLimits DEFAULT = new YamlLimits(DEFAULT_MAX_CHARS, DEFAULT_MAX_DEPTH, DEFAULT_MAX_NODES);

    public YamlLimits {
        if (maxChars < 0 || maxDepth < 1 || maxNodes < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
        maxDepth = Math.min(maxDepth, HARD_MAX_DEPTH);
    }

    public YamlLimits withMaxDepth(int depth) {
        return new YamlLimits(maxChars, depth, maxNodes);
    }

    public YamlLimits withMaxChars(int chars) {
        return new YamlLimits(chars, maxDepth, maxNodes);
    }
}
