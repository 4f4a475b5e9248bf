package dev.gantry.runner.cache;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/**
 * The archive format of a cache entry: a gzip-compressed POSIX tar whose member names are the files' paths relative
 * to a base folder (the workspace), with {@code ../} for files outside it, as GitHub's cache action writes them.
 * Regular files keep their permission bits and modification time; symbolic links are stored as links. Uses Apache
 * Commons Compress for tar (long names, large sizes) and the JDK for gzip. Blocks on file I/O.
 */
final class TarArchive {

    private TarArchive() {}

    /** Writes {@code files} (absolute; regular files or links) to {@code out}; returns how many were written. */
    static int write(Path base, List<Path> files, OutputStream out) throws IOException {
        int count = 0;
        try (GZIPOutputStream gzip = new GZIPOutputStream(new BufferedOutputStream(out, 1 << 16), 1 << 16);
             TarArchiveOutputStream tar = new TarArchiveOutputStream(gzip)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            tar.setAddPaxHeadersForNonAsciiNames(true);
            for (Path file : files) {
                String name = memberName(base, file);
                if (Files.isSymbolicLink(file)) {
                    TarArchiveEntry entry = new TarArchiveEntry(name, TarConstants.LF_SYMLINK);
                    entry.setLinkName(Files.readSymbolicLink(file).toString());
                    tar.putArchiveEntry(entry);
                    tar.closeArchiveEntry();
                } else if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    TarArchiveEntry entry = new TarArchiveEntry(name);
                    entry.setSize(Files.size(file));
                    entry.setModTime(Files.getLastModifiedTime(file));
                    entry.setMode(mode(file));
                    tar.putArchiveEntry(entry);
                    Files.copy(file, tar);
                    tar.closeArchiveEntry();
                } else {
                    continue;
                }
                count++;
            }
            tar.finish();
        }
        return count;
    }

    /**
     * Extracts {@code in} under {@code base}, replacing files that exist (a link in the way is replaced, never
     * followed); returns how many members were written. Members other than files, folders and symbolic links are
     * skipped.
     */
    static int extract(InputStream in, Path base) throws IOException {
        int count = 0;
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new GZIPInputStream(new BufferedInputStream(in, 1 << 16), 1 << 16))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                Path target = base.resolve(entry.getName()).normalize();
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(target.getParent());
                    Files.deleteIfExists(target);
                    Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
                } else if (entry.isFile()) {
                    Files.createDirectories(target.getParent());
                    Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
                    setMode(target, entry.getMode());
                    Files.setLastModifiedTime(target, FileTime.from(entry.getModTime().toInstant()));
                } else {
                    continue;
                }
                count++;
            }
        }
        return count;
    }

    private static String memberName(Path base, Path file) {
        return base.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString()
                .replace('\\', '/');
    }

    private static int mode(Path file) throws IOException {
        try {
            int mode = 0;
            for (PosixFilePermission permission : Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS)) {
                mode |= 1 << (8 - permission.ordinal());
            }
            return TarArchiveEntry.DEFAULT_FILE_MODE & ~0777 | mode;
        } catch (UnsupportedOperationException e) {
            return TarArchiveEntry.DEFAULT_FILE_MODE;
        }
    }

    private static void setMode(Path file, int mode) throws IOException {
        try {
            Set<PosixFilePermission> permissions = java.util.EnumSet.noneOf(PosixFilePermission.class);
            for (PosixFilePermission permission : PosixFilePermission.values()) {
                if ((mode & (1 << (8 - permission.ordinal()))) != 0) {
                    permissions.add(permission);
                }
            }
            Files.setPosixFilePermissions(file, permissions);
        } catch (UnsupportedOperationException e) {
            // A file system without POSIX permissions keeps its defaults.
        }
    }
}
