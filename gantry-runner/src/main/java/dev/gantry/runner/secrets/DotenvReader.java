package dev.gantry.runner.secrets;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a {@code --secret-file} or {@code --var-file} (see {@link DotenvParser} for the format). Blocking file
 * I/O on the calling thread; never throws: a missing, unreadable or non-UTF-8 file is one
 * {@link DotenvResult.Failed} message naming the file. Messages never contain a value.
 */
public final class DotenvReader {

    private DotenvReader() {}

    /** Reads {@code file}; messages name it as given. */
    public static DotenvResult read(Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                return new DotenvResult.Failed(name + ": cannot read: it is a directory");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new DotenvResult.Failed(name + ": cannot read: no such file");
        } catch (AccessDeniedException e) {
            return new DotenvResult.Failed(name + ": cannot read: permission denied");
        } catch (IOException e) {
            return new DotenvResult.Failed(name + ": cannot read: " + e.getMessage());
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return DotenvParser.parse(name, text);
        } catch (CharacterCodingException e) {
            return new DotenvResult.Failed(name + ": cannot read: not UTF-8 text");
        }
    }
}
