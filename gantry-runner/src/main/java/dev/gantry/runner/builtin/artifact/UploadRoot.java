package dev.gantry.runner.builtin.artifact;

import java.nio.file.Path;
import java.util.List;

/**
 * Where an upload's stored layout starts, by {@code upload-artifact} v4's rule: with several search roots (the
 * literal prefixes of the include patterns), their least common ancestor; with one search root that is itself the
 * only file found, that file's folder; otherwise the one search root. Pure.
 */
final class UploadRoot {

    private UploadRoot() {}

    static Path of(List<Path> searchRoots, List<Path> files) {
        if (searchRoots.size() > 1) {
            return leastCommonAncestor(searchRoots);
        }
        Path root = searchRoots.getFirst();
        if (files.size() == 1 && files.getFirst().equals(root)) {
            return root.getParent();
        }
        return root;
    }

    static Path leastCommonAncestor(List<Path> paths) {
        Path common = paths.getFirst();
        for (Path path : paths.subList(1, paths.size())) {
            while (!path.startsWith(common)) {
                common = common.getParent();
            }
        }
        return common;
    }
}
