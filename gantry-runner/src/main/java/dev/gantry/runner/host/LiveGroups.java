package dev.gantry.runner.host;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.util.Collection;
import java.util.Set;

/**
 * Whether any process of some process groups is still alive, read from Linux's {@code /proc} (the process group
 * is the fifth field of {@code /proc/<pid>/stat}) so that ending a job costs no {@code kill} process when its steps
 * left nothing behind. Where {@code /proc} cannot be read, every group counts as alive. Blocking (file reads);
 * any thread.
 */
final class LiveGroups {

    private static final File PROC = new File("/proc");

    private LiveGroups() {}

    /** False only when {@code /proc} was read and no process in it belongs to one of {@code groups}. */
    static boolean anyAlive(Collection<Long> groups) {
        String[] names = new File(PROC, "self").isDirectory() ? PROC.list() : null;
        if (names == null) {
            return true;
        }
        Set<Long> wanted = Set.copyOf(groups);
        byte[] buffer = new byte[512];
        for (String name : names) {
            if (!name.isEmpty() && Character.isDigit(name.charAt(0))
                    && wanted.contains(group(new File(new File(PROC, name), "stat"), buffer))) {
                return true;
            }
        }
        return false;
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
