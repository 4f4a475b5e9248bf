package dev.gantry.server.git;

import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.PacketLineOut;
import org.eclipse.jgit.transport.ReceiveCommand;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.RefAdvertiser.PacketLineOutRefAdvertiser;
import org.eclipse.jgit.transport.UploadPack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Git's smart HTTP protocol (version 0/1) on JGit's {@link UploadPack} and {@link ReceivePack}, in stateless mode:
 * each call is one HTTP exchange. Knows nothing of HTTP itself: it reads the request body and writes the response
 * body it is given. Blocks on both streams; an {@link IOException} means the client went away or sent something
 * that is not git's protocol, and the response is then incomplete.
 */
final class PackProtocol {

    private PackProtocol() {
    }

    /** The body of {@code GET info/refs?service=…}: the service line, then the refs and capabilities. */
    static void advertise(GitService service, Repository git, OutputStream out) throws IOException {
        PacketLineOut packets = new PacketLineOut(out);
        packets.writeString("# service=" + service.wireName() + "\n");
        packets.end();
        PacketLineOutRefAdvertiser advertiser = new PacketLineOutRefAdvertiser(packets);
        switch (service) {
            case UPLOAD_PACK -> uploadPack(git).sendAdvertisedRefs(advertiser);
            case RECEIVE_PACK -> receivePack(git, "gantry").sendAdvertisedRefs(advertiser);
        }
        out.flush();
    }

    /** Serves one fetch negotiation round and, at its end, the pack. */
    static void upload(Repository git, InputStream in, OutputStream out) throws IOException {
        uploadPack(git).upload(in, out, null);
        out.flush();
    }

    /**
     * What a push did: the refs that were updated, in order, and the failure that cut the exchange short, if any.
     * Refs may have been updated even when it failed (the client went away before reading the status report).
     */
    record Received(List<RefChange> changes, Optional<String> failure) {
        Received {
            changes = List.copyOf(changes);
            Objects.requireNonNull(failure, "failure");
        }
    }

    /**
     * Stores a pushed pack and updates the refs (creates, fast-forwards, forced updates and deletes are all
     * allowed, as on GitHub without branch protection), writing git's status report. Never throws for the
     * exchange: the refs it updated are returned even when writing the report failed. No changes for a probe
     * of authentication (an empty request) or when every update was rejected. {@code journal} is shown the
     * updates before any ref moves; when it answers false (they could not be recorded) every update is rejected.
     */
    static Received receive(Repository git, String pusher, InputStream in, OutputStream out,
                            Predicate<List<RefChange>> journal) {
        List<ReceiveCommand> attempted = new ArrayList<>();
        ReceivePack receive = receivePack(git, pusher);
        receive.setPreReceiveHook((pack, commands) -> {
            List<ReceiveCommand> wanted = commands.stream()
                    .filter(c -> c.getResult() == ReceiveCommand.Result.NOT_ATTEMPTED).toList();
            if (!journal.test(wanted.stream().map(c -> new RefChange(c.getRefName(), c.getOldId().name(),
                    c.getNewId().name())).toList())) {
                wanted.forEach(c -> c.setResult(ReceiveCommand.Result.REJECTED_OTHER_REASON,
                        "the server could not record the push; try again"));
                return;
            }
            attempted.addAll(wanted);
        });
        Optional<String> failure = Optional.empty();
        try {
            receive.receive(in, out, null);
            out.flush();
        } catch (IOException | RuntimeException e) {
            failure = Optional.of(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        List<RefChange> changes = new ArrayList<>();
        for (ReceiveCommand command : attempted) {
            if (command.getResult() == ReceiveCommand.Result.OK) {
                changes.add(new RefChange(command.getRefName(), command.getOldId().name(), command.getNewId().name()));
            }
        }
        return new Received(changes, failure);
    }

    private static UploadPack uploadPack(Repository git) {
        UploadPack upload = new UploadPack(git);
        upload.setBiDirectionalPipe(false);
        return upload;
    }

    private static ReceivePack receivePack(Repository git, String pusher) {
        ReceivePack receive = new ReceivePack(git);
        receive.setBiDirectionalPipe(false);
        receive.setAllowCreates(true);
        receive.setAllowDeletes(true);
        receive.setAllowNonFastForwards(true);
        receive.setRefLogIdent(new PersonIdent(pusher, ""));
        return receive;
    }
}
