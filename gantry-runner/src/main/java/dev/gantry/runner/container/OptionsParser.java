package dev.gantry.runner.container;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a container's {@code options:} ({@code docker create} flags, as GitHub passes them on): the health check
 * ({@code --health-cmd}, {@code --health-interval}, {@code --health-timeout}, {@code --health-retries},
 * {@code --health-start-period}), {@code -e}/{@code --env}, {@code --entrypoint}, {@code -u}/{@code --user},
 * {@code -w}/{@code --workdir}, {@code --hostname}, {@code --cpus}, {@code -m}/{@code --memory},
 * {@code --privileged} and {@code -v}/{@code --volume}. Like GitHub it refuses {@code --network} (the job's network is
 * the runner's) and {@code --name} (the runner names its containers); any other flag is refused by name rather than
 * silently ignored. Values come as {@code --flag value} or {@code --flag=value}. Pure.
 */
public final class OptionsParser {

    /** The options, or one sentence saying what is wrong with them. */
    public sealed interface Parsed {
        record Ok(ContainerOptions options) implements Parsed {}

        record Rejected(String message) implements Parsed {}
    }

    private OptionsParser() {}

    public static Parsed parse(String text) {
        Optional<List<String>> split = OptionWords.split(text);
        if (split.isEmpty()) {
            return new Parsed.Rejected("options '" + text + "' has a quote that is not closed");
        }
        Builder b = new Builder();
        List<String> words = split.get();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String flag = word;
            Optional<String> inline = Optional.empty();
            int eq = word.indexOf('=');
            if (word.startsWith("--") && eq > 0) {
                flag = word.substring(0, eq);
                inline = Optional.of(word.substring(eq + 1));
            }
            if (flag.equals("--privileged")) {
                b.privileged = inline.map(v -> !v.equals("false")).orElse(true);
                continue;
            }
            if (!flag.startsWith("-")) {
                return new Parsed.Rejected("options: '" + word + "' is not a flag (only docker create flags may be"
                        + " given, the image and command have their own keys)");
            }
            String value;
            if (inline.isPresent()) {
                value = inline.get();
            } else if (i + 1 < words.size()) {
                value = words.get(++i);
            } else {
                return new Parsed.Rejected("options: " + flag + " needs a value");
            }
            Optional<String> problem = b.apply(flag, value);
            if (problem.isPresent()) {
                return new Parsed.Rejected("options: " + problem.get());
            }
        }
        return new Parsed.Ok(b.build());
    }

    private static final class Builder {
        private String healthCmd;
        private Duration interval;
        private Duration timeout;
        private Integer retries;
        private Duration startPeriod;
        private final Map<String, String> env = new LinkedHashMap<>();
        private String entrypoint;
        private String user;
        private String workdir;
        private String hostname;
        private Double cpus;
        private Long memory;
        private boolean privileged;
        private final List<String> volumes = new ArrayList<>();

        Optional<String> apply(String flag, String value) {
            switch (flag) {
                case "--health-cmd" -> healthCmd = value;
                case "--health-interval" -> {
                    return duration(flag, value, d -> interval = d);
                }
                case "--health-timeout" -> {
                    return duration(flag, value, d -> timeout = d);
                }
                case "--health-start-period" -> {
                    return duration(flag, value, d -> startPeriod = d);
                }
                case "--health-retries" -> {
                    if (!value.matches("\\d{1,6}")) {
                        return Optional.of(flag + " '" + value + "' is not a whole number");
                    }
                    retries = Integer.parseInt(value);
                }
                case "-e", "--env" -> {
                    int eq = value.indexOf('=');
                    if (eq <= 0) {
                        return Optional.of(flag + " '" + value + "' is not NAME=value");
                    }
                    env.put(value.substring(0, eq), value.substring(eq + 1));
                }
                case "--entrypoint" -> entrypoint = value;
                case "-u", "--user" -> user = value;
                case "-w", "--workdir" -> workdir = value;
                case "--hostname", "-h" -> hostname = value;
                case "--cpus" -> {
                    try {
                        cpus = Double.parseDouble(value);
                    } catch (NumberFormatException e) {
                        return Optional.of(flag + " '" + value + "' is not a number");
                    }
                }
                case "-m", "--memory" -> {
                    Optional<Long> bytes = bytes(value);
                    if (bytes.isEmpty()) {
                        return Optional.of(flag + " '" + value + "' is not a size (like 512m or 2g)");
                    }
                    memory = bytes.get();
                }
                case "-v", "--volume" -> volumes.add(value);
                case "--network", "--net" -> {
                    return Optional.of(flag + " is not supported: the job's containers share the network the"
                            + " runner creates for the job");
                }
                case "--name" -> {
                    return Optional.of("--name is not supported: the runner names the job's containers");
                }
                default -> {
                    return Optional.of(flag + " is not supported by this runner");
                }
            }
            return Optional.empty();
        }

        private static Optional<String> duration(String flag, String value, java.util.function.Consumer<Duration> set) {
            Optional<Duration> d = DockerDuration.parse(value);
            if (d.isEmpty()) {
                return Optional.of(flag + " '" + value + "' is not a duration (like 10s, 1m30s or 500ms)");
            }
            set.accept(d.get());
            return Optional.empty();
        }

        private static Optional<Long> bytes(String value) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)(\\d+)([bkmg]?)b?").matcher(value);
            if (!m.matches()) {
                return Optional.empty();
            }
            long n = Long.parseLong(m.group(1));
            Function<Long, Long> unit = switch (m.group(2).toLowerCase()) {
                case "k" -> x -> x << 10;
                case "m" -> x -> x << 20;
                case "g" -> x -> x << 30;
                default -> x -> x;
            };
            return Optional.of(unit.apply(n));
        }

        ContainerOptions build() {
            Optional<HealthCheck> health = Optional.ofNullable(healthCmd).map(cmd -> new HealthCheck(cmd,
                    Optional.ofNullable(interval), Optional.ofNullable(timeout), Optional.ofNullable(retries),
                    Optional.ofNullable(startPeriod)));
            return new ContainerOptions(health, env, Optional.ofNullable(entrypoint), Optional.ofNullable(user),
                    Optional.ofNullable(workdir), Optional.ofNullable(hostname), Optional.ofNullable(cpus),
                    Optional.ofNullable(memory), privileged, volumes);
        }
    }
}
