package dev.gantry.runner.log;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Cuts a byte stream (a process's stdout or stderr, read in arbitrary chunks) into lines of text.
 *
 * <p>A line ends at {@code \n}, {@code \r\n} or a lone {@code \r} (progress bars redraw with it); the terminator
 * is not part of the line. Bytes are decoded as UTF-8 only once a line is complete, so a multi-byte character
 * split across chunks decodes correctly; malformed bytes become U+FFFD. A line longer than {@code maxLineBytes}
 * is delivered in fragments cut at character boundaries, every fragment but the last flagged as continuing,
 * so no byte is lost and memory stays bounded.
 *
 * <p>Not thread-safe: one splitter per stream, fed by the one thread that reads it.
 */
public final class LineSplitter {

    /** The default longest line delivered whole: 1 MiB. */
    public static final int DEFAULT_MAX_LINE_BYTES = 1 << 20;

    /** Receives lines in stream order, on the thread that feeds the splitter. */
    @FunctionalInterface
    public interface Receiver {
        /**
         * One line, or one fragment of a line that was too long; {@code continues} is true when the next call
         * carries more of the same line.
         */
        void line(String text, boolean continues);
    }

    private final Receiver receiver;
    private final int maxLineBytes;
    private byte[] pending = new byte[256];
    private int length;
    private boolean afterCarriageReturn;
    private boolean inLongLine;

    public LineSplitter(Receiver receiver) {
        this(receiver, DEFAULT_MAX_LINE_BYTES);
    }

    public LineSplitter(Receiver receiver, int maxLineBytes) {
        if (maxLineBytes < 4) {
            throw new IllegalArgumentException("maxLineBytes must be at least 4, got " + maxLineBytes);
        }
        this.receiver = receiver;
        this.maxLineBytes = maxLineBytes;
    }

    /** Splits {@code len} bytes of {@code chunk} from {@code off}; an incomplete last line waits for more. */
    public void feed(byte[] chunk, int off, int len) {
        int end = off + len;
        int at = off;
        if (afterCarriageReturn && at < end) {
            afterCarriageReturn = false;
            if (chunk[at] == '\n') {
                at++;
            }
        }
        while (at < end) {
            int stop = at;
            while (stop < end && chunk[stop] != '\n' && chunk[stop] != '\r') {
                stop++;
            }
            if (stop == end) {
                append(chunk, at, end - at);
                return;
            }
            if (length == 0 && !inLongLine && stop - at <= maxLineBytes) {
                receiver.line(new String(chunk, at, stop - at, StandardCharsets.UTF_8), false);
            } else {
                append(chunk, at, stop - at);
                endLine();
            }
            at = stop + 1;
            if (chunk[stop] == '\r') {
                if (at == end) {
                    afterCarriageReturn = true;
                } else if (chunk[at] == '\n') {
                    at++;
                }
            }
        }
    }

    /** Delivers the last line if the stream did not end with a terminator. Call once, at end of stream. */
    public void finish() {
        if (length > 0 || inLongLine) {
            endLine();
        }
        afterCarriageReturn = false;
    }

    private void append(byte[] chunk, int from, int count) {
        while (count > 0) {
            int room = maxLineBytes + 1 - length;
            int take = Math.min(room, count);
            if (length + take > pending.length) {
                pending = Arrays.copyOf(pending, Math.max(length + take, Math.min(pending.length * 2, maxLineBytes + 1)));
            }
            System.arraycopy(chunk, from, pending, length, take);
            length += take;
            from += take;
            count -= take;
            if (length > maxLineBytes) {
                cut();
            }
        }
    }

    /** Emits the longest prefix of the pending bytes that ends on a character boundary. */
    private void cut() {
        int cut = maxLineBytes;
        while (cut > maxLineBytes - 3 && (pending[cut] & 0xC0) == 0x80) {
            cut--;
        }
        receiver.line(new String(pending, 0, cut, StandardCharsets.UTF_8), true);
        System.arraycopy(pending, cut, pending, 0, length - cut);
        length -= cut;
        inLongLine = true;
    }

    /** Delivers the pending bytes as the end of a line (the whole line, or the last fragment of a long one). */
    private void endLine() {
        receiver.line(new String(pending, 0, length, StandardCharsets.UTF_8), false);
        length = 0;
        inLongLine = false;
    }
}
