package dev.gantry.workflow.act;

import dev.gantry.workflow.conformance.ConformanceData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * act's runner corpus ({@code runner/act/}) as its README documents it: {@code MANIFEST.tsv} (one row per upstream
 * test run; {@code case_dir} relative to {@code testdata/}), {@code PLANNER.tsv} (planning facts; paths relative
 * to the corpus root, a trailing {@code /} names a directory), and the case directories. Paths in ids are relative
 * to the corpus root with {@code /} separators, e.g. {@code testdata/basic/push.yml}.
 */
record ActCorpus(Path root, List<Row> manifest, List<Fact> planner) {

    static final String FOLDER = "runner/act";
    static final String TESTDATA = "testdata";
    /** The harness of rows that are pure parse and validation checks. */
    static final String SYNTAX_ONLY = "dryrun(syntax-only)";
    /** The harness of directories that only {@code PLANNER.tsv} judges. */
    static final String PLANNER_ONLY = "planner-only";

    /** One row of {@code MANIFEST.tsv}. {@code caseDir} is relative to the corpus root. */
    record Row(String caseDir, String event, String expected, String hint, String harness) {
        boolean expectsFailure() {
            return expected.equals("failure");
        }

        boolean syntaxOnly() {
            return harness.equals(SYNTAX_ONLY);
        }

        boolean plannerOnly() {
            return harness.startsWith(PLANNER_ONLY);
        }
    }

    /** One row of {@code PLANNER.tsv}: {@code expected} is {@code error}, {@code ok}, {@code plan} or {@code no-plan}. */
    record Fact(String path, String event, String expected, String detail) {
        boolean isDirectory() {
            return path.endsWith("/");
        }

        /** Facts about validation (error or ok), as opposed to facts about planning (stages, events). */
        boolean isValidation() {
            return expected.equals("error") || expected.equals("ok");
        }

        String id() {
            return path + " " + expected;
        }
    }

    enum Kind { WORKFLOW, ACTION }

    /** A workflow or action metadata file of the corpus. */
    record SourceFile(String id, Path path, Kind kind) {}

    static ActCorpus load() throws IOException {
        Path root = ConformanceData.resolve(FOLDER);
        List<Row> manifest = new ArrayList<>();
        for (List<String> cells : table(root.resolve("MANIFEST.tsv"))) {
            String caseDir = normalize(TESTDATA + "/" + cells.get(0));
            manifest.add(new Row(caseDir, cell(cells, 1), cell(cells, 2), cell(cells, 3), cell(cells, 4)));
        }
        List<Fact> planner = new ArrayList<>();
        for (List<String> cells : table(root.resolve("PLANNER.tsv"))) {
            planner.add(new Fact(cells.get(0), cell(cells, 1), cell(cells, 2), cell(cells, 3)));
        }
        return new ActCorpus(root, List.copyOf(manifest), List.copyOf(planner));
    }

    /** The rows of a TSV file with a header line; blank lines skipped. */
    private static List<List<String>> table(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        List<List<String>> rows = new ArrayList<>();
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            if (!line.isBlank()) {
                rows.add(List.of(line.split("\t", -1)));
            }
        }
        return rows;
    }

    private static String cell(List<String> cells, int index) {
        return index < cells.size() ? cells.get(index).strip() : "";
    }

    /** {@code testdata/../model-testdata/x} becomes {@code model-testdata/x}. */
    static String normalize(String relative) {
        return Path.of(relative).normalize().toString().replace('\\', '/');
    }

    String id(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    /** Every workflow and action metadata file under {@code testdata/} and {@code model-testdata/}, sorted. */
    List<SourceFile> files() throws IOException {
        List<SourceFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList()) {
                kind(path).ifPresent(kind -> files.add(new SourceFile(id(path), path, kind)));
            }
        }
        return files;
    }

    /**
     * Action metadata files anywhere; workflow files directly in a case directory (one that the manifest or the
     * planner names), anywhere below a directory the planner names (act reads those when it recurses), or in a
     * {@code .github/workflows} folder. Other YAML files (act's own configuration) are neither.
     */
    private Optional<Kind> kind(Path path) {
        String name = path.getFileName().toString();
        if (name.matches("action\\.ya?ml")) {
            return Optional.of(Kind.ACTION);
        }
        if (!name.matches(".*\\.ya?ml")) {
            return Optional.empty();
        }
        String folder = id(path.getParent());
        boolean caseFolder = manifest.stream().anyMatch(r -> r.caseDir().equals(folder))
                || planner.stream().anyMatch(f -> f.isDirectory() && normalize(f.path()).equals(folder))
                || planner.stream().anyMatch(f -> !f.isDirectory() && f.path().startsWith(folder + "/"))
                || planner.stream().anyMatch(f -> f.isDirectory() && folder.startsWith(normalize(f.path()) + "/"))
                || folder.endsWith(".github/workflows");
        return caseFolder ? Optional.of(Kind.WORKFLOW) : Optional.empty();
    }

    /** The manifest rows of the case directory that holds {@code file} (the deepest one), if any. */
    List<Row> rowsOf(SourceFile file) {
        String owner = "";
        for (Row row : manifest) {
            if (file.id().startsWith(row.caseDir() + "/") && row.caseDir().length() > owner.length()) {
                owner = row.caseDir();
            }
        }
        String found = owner;
        return manifest.stream().filter(r -> !found.isEmpty() && r.caseDir().equals(found)).toList();
    }

    /** True when a planner fact names {@code file} or a directory that holds it. */
    boolean judgedByPlanner(SourceFile file) {
        return planner.stream().anyMatch(f -> f.isDirectory() ? file.id().startsWith(normalize(f.path()) + "/")
                : f.path().equals(file.id()));
    }

    /** The workflow files a fact is about: the file, or those of the directory (and below it, when recursing). */
    List<SourceFile> filesOf(Fact fact, boolean recursive) throws IOException {
        String path = normalize(fact.path());
        return files().stream().filter(f -> f.kind() == Kind.WORKFLOW).filter(f -> fact.isDirectory()
                ? recursive ? f.id().startsWith(path + "/") : id(f.path().getParent()).equals(path)
                : f.id().equals(path)).toList();
    }

    /** The workflow files directly in a case directory. */
    List<SourceFile> workflowsOf(Row row) throws IOException {
        return files().stream().filter(f -> f.kind() == Kind.WORKFLOW)
                .filter(f -> id(f.path().getParent()).equals(row.caseDir())).toList();
    }
}
