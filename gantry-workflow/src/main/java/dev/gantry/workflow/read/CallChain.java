package dev.gantry.workflow.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a workflow being read sits among calls: the references of the called workflows from the top-level caller
 * down to it (empty for the top-level workflow). Immutable.
 */
record CallChain(List<String> references) {

    static final CallChain TOP = new CallChain(List.of());

    CallChain {
        references = List.copyOf(references);
    }

    /** 0 for the top-level workflow, 1 for a workflow it calls, and so on. */
    int depth() {
        return references.size();
    }

    boolean isTop() {
        return references.isEmpty();
    }

    /** The file name diagnostics of this workflow carry: empty at the top, else the reference it was called by. */
    String file() {
        return isTop() ? "" : references.getLast();
    }

    /** The chain one call further down. */
    CallChain enter(String reference) {
        List<String> longer = new ArrayList<>(references);
        longer.add(reference);
        return new CallChain(longer);
    }

    /** True when {@code reference} names a workflow already on the chain: calling it again is a cycle. */
    boolean contains(String reference) {
        String key = key(reference);
        return references.stream().anyMatch(r -> key(r).equals(key));
    }

    /** {@code a -> b -> a}: the chain from the first call of {@code reference} down to its call again. */
    String cycleTo(String reference) {
        String key = key(reference);
        List<String> loop = new ArrayList<>();
        boolean inLoop = false;
        for (String r : references) {
            inLoop |= key(r).equals(key);
            if (inLoop) {
                loop.add(r);
            }
        }
        loop.add(reference);
        return String.join(" -> ", loop);
    }

    /** References compare without a leading {@code ./}: {@code ./.github/workflows/a.yml} is {@code .github/…}. */
    private static String key(String reference) {
        String r = reference.strip();
        while (r.startsWith("./")) {
            r = r.substring(2);
        }
        return r;
    }
}
