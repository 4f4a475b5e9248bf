package dev.gantry.cli.run;

import dev.gantry.runner.secrets.DotenvReader;
import dev.gantry.runner.secrets.DotenvResult;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Reads named values given on the command line: dotenv files first, in order, then {@code K=V} options, later
 * values winning. Messages name the option or the file and line, never a value. Blocking file reads.
 */
final class KeyValues {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");

    private KeyValues() {}

    /**
     * @param option      the option's name for messages, e.g. {@code --secret}
     * @param environment looks up {@code K} given without {@code =V} (null when unset); null to require {@code =}
     */
    static Map<String, String> read(String option, List<Path> files, List<String> pairs,
                                    UnaryOperator<String> environment) throws UsageProblem {
        Map<String, String> out = new LinkedHashMap<>();
        for (Path file : files) {
            switch (DotenvReader.read(file)) {
                case DotenvResult.Values values -> out.putAll(values.values());
                case DotenvResult.Failed failed -> throw new UsageProblem(option + "-file " + failed.message());
            }
        }
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            if (!NAME.matcher(name).matches()) {
                throw new UsageProblem("%s: expected NAME=VALUE with a name of letters, digits, _ and -, not '%s'"
                        .formatted(option, name));
            }
            if (eq >= 0) {
                out.put(name, pair.substring(eq + 1));
                continue;
            }
            String fromEnvironment = environment == null ? null : environment.apply(name);
            if (fromEnvironment == null) {
                throw new UsageProblem(environment == null
                        ? "%s %s: expected NAME=VALUE".formatted(option, name)
                        : "%s %s: no value given and no environment variable %s is set".formatted(option, name, name));
            }
            out.put(name, fromEnvironment);
        }
        return out;
    }
}
