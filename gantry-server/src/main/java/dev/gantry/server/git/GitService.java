package dev.gantry.server.git;

import java.util.Optional;

/** The two services of git's smart HTTP protocol, with the names and content types the protocol gives them. */
enum GitService {
    /** Fetch and clone. */
    UPLOAD_PACK("git-upload-pack"),
    /** Push. */
    RECEIVE_PACK("git-receive-pack");

    private final String wireName;

    GitService(String wireName) {
        this.wireName = wireName;
    }

    String wireName() {
        return wireName;
    }

    /** The service a {@code ?service=} query names; empty for anything else. */
    static Optional<GitService> named(String name) {
        for (GitService service : values()) {
            if (service.wireName.equals(name)) {
                return Optional.of(service);
            }
        }
        return Optional.empty();
    }

    String advertisementType() {
        return "application/x-" + wireName + "-advertisement";
    }

    String requestType() {
        return "application/x-" + wireName + "-request";
    }

    String resultType() {
        return "application/x-" + wireName + "-result";
    }
}
