package dev.gantry.runner.host;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Copies a process's output into a log stream on a virtual thread of its own, closing the log stream at the end
 * (which delivers a last unterminated line). The copy ends when every holder of the pipe has exited — which may be
 * later than the step's process, when it left a background process behind.
 */
final class OutputPump {

    private final Thread thread;
    private final AtomicLong bytes = new AtomicLong();

    private OutputPump(InputStream in, OutputStream out) {
        this.thread = Thread.ofVirtual().name("gantry-output").start(() -> copy(in, out));
    }

    static OutputPump start(InputStream in, OutputStream out) {
        return new OutputPump(in, out);
    }

    /**
     * Waits for the copy to end while output keeps coming; gives up after {@code quiet} without any. Returns
     * whether the copy ended.
     */
    boolean awaitEnd(Duration quiet) throws InterruptedException {
        while (true) {
            long before = bytes.get();
            if (thread.join(quiet)) {
                return true;
            }
            if (bytes.get() == before) {
                return false;
            }
        }
    }

    private void copy(InputStream in, OutputStream out) {
        byte[] buffer = new byte[16 * 1024];
        try (in; out) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                out.write(buffer, 0, n);
                bytes.addAndGet(n);
            }
        } catch (IOException e) {
            // the pipe was closed under us: the process is gone, and so is the rest of its output
        }
    }
}
