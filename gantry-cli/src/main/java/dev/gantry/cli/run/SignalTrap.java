package dev.gantry.cli.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Turns Ctrl-C (SIGINT) and SIGTERM into a cancellation while runs go: the first signal calls {@code onCancel}
 * with a reason (the runs then stop their jobs, still run their {@code always()} steps, and print the summary);
 * a second one exits at once with 130. The previous handlers come back on {@link #close}.
 *
 * <p>Uses {@code sun.misc.Signal}, the JDK's supported-but-unofficial signal API: a shutdown hook could not keep
 * the JVM alive long enough to run cleanup steps and print the summary. Where a signal cannot be trapped (the
 * JVM runs with {@code -Xrs}, or the platform lacks it) it is left alone. Handlers run on the JVM's signal
 * thread; {@code onCancel} must return quickly.
 */
final class SignalTrap implements AutoCloseable {

    /** The exit code of a second signal: 128 + SIGINT, as shells report an interrupted command. */
    static final int EXIT_INTERRUPTED = 130;

    private record Installed(Signal signal, SignalHandler previous) {}

    private final List<Installed> installed = new ArrayList<>();

    private SignalTrap() {}

    static SignalTrap install(Consumer<String> onCancel, Runnable onSecond) {
        SignalTrap trap = new SignalTrap();
        AtomicInteger count = new AtomicInteger();
        for (String name : List.of("INT", "TERM")) {
            SignalHandler handler = signal -> {
                if (count.incrementAndGet() == 1) {
                    onCancel.accept("cancelled by SIG" + signal.getName());
                } else {
                    onSecond.run();
                }
            };
            try {
                Signal signal = new Signal(name);
                trap.installed.add(new Installed(signal, Signal.handle(signal, handler)));
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                // Not trappable here: the JVM's default behaviour stays.
            }
        }
        return trap;
    }

    @Override
    public void close() {
        for (Installed i : installed) {
            try {
                Signal.handle(i.signal(), i.previous());
            } catch (IllegalArgumentException e) {
                // It could be trapped a moment ago; nothing else to restore.
            }
        }
        installed.clear();
    }
}
