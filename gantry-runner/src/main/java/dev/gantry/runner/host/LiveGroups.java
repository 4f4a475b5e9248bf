package dev.gantry.runner.host;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether any process of some process groups is still alive, read from Linux's {@code /proc} (the process group
 * is the fifth field of {@code /proc/<pid>/stat}) so that ending a job costs no {@code kill} process when its steps
 * left nothing behind. Where {@code /proc} cannot be read, every group counts as alive.
 *
 * <p>Only the processes that can belong to the groups are read: a group's members were created after its leader,
 * and Linux hands out process ids in increasing order up to {@code pid_max}, then from the bottom again; so when
 * the earliest leader started less than {@link #RECENT} ago (far too short for a full round of ids), only the ids
 * from it to {@code ns_last_pid} — across the wrap, if any — are read. Otherwise every process is. Blocking (file
 * reads); any thread.
 */
final class LiveGroups {

    /** Below this age of a job's first process, the ids cannot have gone round once since it started. */
    static final Duration RECENT = Duration.ofSeconds(2);

    private static final File PROC = new File("/proc");
    private static final Map<Long, Long> STARTED = new ConcurrentHashMap<>();

    private LiveGroups() {}

    /** Notes when the process that leads group {@code pid} started (the first time only). */
    static void started(long pid) {
        STARTED.putIfAbsent(pid, System.nanoTime());
    }

    /** False only when {@code /proc} was read and no process in it belongs to one of {@code groups}. */
    static boolean anyAlive(Collection<Long> groups) {
        String[] names = new File(PROC, "self").isDirectory() ? PROC.list() : null;
        Window window = window(groups);
        if (names == null) {
            return true;
        }
        Set<Long> wanted = Set.copyOf(groups);
        byte[] buffer = new byte[512];
        for (String name : names) {
            if (!name.isEmpty() && Character.isDigit(name.charAt(0)) && window.holds(name)
                    && wanted.contains(group(new File(new File(PROC, name), "stat"), buffer))) {
                return true;
            }
        }
        return false;
    }

    /** The ids that may belong to {@code groups} (forgetting their start times): see the class comment. */
    private static Window window(Collection<Long> groups) {
        long now = System.nanoTime();
        long first = -1;
        long firstAt = Long.MAX_VALUE;
        boolean known = true;
        for (long group : groups) {
            Long at = STARTED.remove(group);
            if (at == null) {
                known = false;
            } else if (at < firstAt) {
                firstAt = at;
                first = group;
            }
        }
        if (!known || first < 0 || now - firstAt >= RECENT.toNanos()) {
            return Window.ALL;
        }
        long last = number(new File(PROC, "sys/kernel/ns_last_pid"));
        long max = number(new File(PROC, "sys/kernel/pid_max"));
        return last < 0 || max <= 0 || first >= max ? Window.ALL : new Window(first, last);
    }

    /**
     * Process ids handed out from {@code first} to {@code last}, in the order Linux hands them out: {@code first}
     * to {@code last} when {@code last >= first}, else from {@code first} up and from the bottom to {@code last}.
     */
    record Window(long first, long last) {

        static final Window ALL = new Window(0, Long.MAX_VALUE);

        boolean holds(long pid) {
            return last >= first ? pid >= first && pid <= last : pid >= first || pid <= last;
        }

        boolean holds(String name) {
            long pid = 0;
            for (int i = 0; i < name.length(); i++) {
                char c = name.charAt(i);
                if (c < '0' || c > '9' || pid > Long.MAX_VALUE / 10 - 10) {
                    return true;
                }
                pid = pid * 10 + (c - '0');
            }
            return holds(pid);
        }
    }

    /** The number a {@code /proc/sys} file holds, or -1. */
    private static long number(File file) {
        try (FileInputStream in = new FileInputStream(file)) {
            return Long.parseLong(new String(in.readNBytes(32), java.nio.charset.StandardCharsets.US_ASCII).strip());
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    /**
     * The process group in a {@code stat} file ({@code pid (comm) state ppid pgrp …}; comm may hold spaces and
     * parentheses, so fields are counted from the last {@code ')'}), or -1 when the process is gone or the line is
     * cut or unexpected.
     */
    private static long group(File stat, byte[] buffer) {
        int length;
        try (FileInputStream in = new FileInputStream(stat)) {
            length = in.readNBytes(buffer, 0, buffer.length);
        } catch (IOException e) {
            return -1;
        }
        int at = length - 1;
        while (at >= 0 && buffer[at] != ')') {
            at--;
        }
        int field = 0;
        long value = -1;
        for (int i = at + 1; i < length; i++) {
            byte b = buffer[i];
            if (b == ' ') {
                if (field == 3) {
                    return value;
                }
                field++;
                value = -1;
            } else if (field == 3 && b >= '0' && b <= '9') {
                value = (value < 0 ? 0 : value * 10) + (b - '0');
            }
        }
        return -1;
    }
}
