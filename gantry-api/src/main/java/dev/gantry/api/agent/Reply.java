package dev.gantry.api.agent;

import java.util.Objects;

/**
 * What a request of the {@link AgentClient} came to. A refusal carries the server's status and its one-sentence
 * message; an unreachable server (connection refused, timed out, a body that is not what the protocol says) is a
 * value too, so callers decide about retrying without catching exceptions.
 */
public sealed interface Reply<T> {

    /** 2xx with a body. */
    record Ok<T>(T body) implements Reply<T> {
        public Ok {
            Objects.requireNonNull(body, "body");
        }
    }

    /** 2xx without a body: done, or (a long poll) nothing to do. */
    record Done<T>() implements Reply<T> {}

    /** The server answered with an error status. */
    record Refused<T>(int status, String message) implements Reply<T> {
        public Refused {
            Objects.requireNonNull(message, "message");
        }
    }

    /** No usable answer: the server is down, unreachable, or answered something unreadable. */
    record Unreachable<T>(String message) implements Reply<T> {
        public Unreachable {
            Objects.requireNonNull(message, "message");
        }
    }
}
