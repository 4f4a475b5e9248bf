package dev.gantry.runner.host;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Set;

/**
 * Whether any process of some process groups is still alive, read from Linux's {@code /proc} (the process group
 * is the fifth field of {@code /proc/<pid>/stat}) so that ending a job costs no {@code kill} process when its steps
 * left nothing behind. Where {@code /proc} cannot be read, every group counts as alive. Blocking (file reads);
 * any thread.
 */
final class LiveGroups {

    private static final Path PROC = Path.of("/proc");

    private LiveGroups() {}

    /** False only when {@code /proc} was read and no process in it belongs to one of {@code groups}. */
    static boolean anyAlive(Collection<Long> groups) {
        if (!Files.isDirectory(PROC.resolve("self"))) {
            return true;
        }
        Set<Long> wanted = Set.copyOf(groups);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(PROC)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (!name.isEmpty() && Character.isDigit(name.charAt(0)) && wanted.contains(group(entry))) {
                    return true;
                }
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    /** The process group in {@code /proc/<pid>/stat}, or -1 when the process is gone or the line is unexpected. */
    private static long group(Path process) {
        String stat;
        try {
            stat = Files.readString(process.resolve("stat"), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            return -1;
        }
        // pid (comm) state ppid pgrp …; comm may hold spaces and parentheses, so count from the last ')'
        String[] fields = stat.substring(stat.lastIndexOf(')') + 1).trim().split(" ", 4);
        try {
            return fields.length >= 3 ? Long.parseLong(fields[2]) : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
