package dev.gantry.runner.store;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Ref;

/** The tag and branch names a git source advertises (and the objects its refs point at), for choosing what to fetch and for saying what exists. */
record SourceRefs(SortedSet<String> tags, SortedSet<String> branches, Map<String, String> tips) {

    private static final int SHOWN = 10;

    SourceRefs {
        tags = new TreeSet<>(tags);
        branches = new TreeSet<>(branches);
        tips = Map.copyOf(tips);
    }

    static SourceRefs of(Collection<Ref> advertised) {
        SortedSet<String> tags = new TreeSet<>();
        SortedSet<String> branches = new TreeSet<>();
        Map<String, String> tips = new HashMap<>();
        for (Ref ref : advertised) {
            String name = ref.getName();
            if (ref.getObjectId() != null) {
                tips.putIfAbsent(ref.getObjectId().name(), name);
            }
            if (ref.getPeeledObjectId() != null) {
                tips.putIfAbsent(ref.getPeeledObjectId().name(), name);
            }
            if (name.startsWith(Constants.R_TAGS) && !name.endsWith("^{}")) {
                tags.add(name.substring(Constants.R_TAGS.length()));
            } else if (name.startsWith(Constants.R_HEADS)) {
                branches.add(name.substring(Constants.R_HEADS.length()));
            }
        }
        return new SourceRefs(tags, branches, tips);
    }

    /** A ref of the source that points at {@code sha} (directly or through an annotated tag). */
    Optional<String> pointingAt(String sha) {
        return Optional.ofNullable(tips.get(sha)).map(n -> n.endsWith("^{}") ? n.substring(0, n.length() - 3) : n);
    }

    /** {@code ref v9 not found in URL; it has tags v1, v2 and branches main}. */
    String notFound(String ref, String source) {
        String message = "ref " + ref + " not found in " + source + "; it has " + inventory();
        if (RefResolver.SHORT_SHA.matcher(ref).matches()) {
            message += " (a shortened commit SHA is not supported: give the full 40-character SHA)";
        }
        return message;
    }

    private String inventory() {
        if (tags.isEmpty() && branches.isEmpty()) {
            return "no tags or branches";
        }
        if (tags.isEmpty()) {
            return "no tags, and " + names("branch", "branches", branches);
        }
        if (branches.isEmpty()) {
            return names("tag", "tags", tags) + " and no branches";
        }
        return names("tag", "tags", tags) + " and " + names("branch", "branches", branches);
    }

    private static String names(String one, String many, SortedSet<String> names) {
        List<String> shown = names.stream().limit(SHOWN).toList();
        String list = String.join(", ", shown);
        if (names.size() > SHOWN) {
            list += " and " + (names.size() - SHOWN) + " more";
        }
        return (names.size() == 1 ? one : many) + " " + list;
    }
}
