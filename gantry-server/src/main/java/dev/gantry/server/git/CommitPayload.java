package dev.gantry.server.git;

import dev.gantry.engine.event.Diff;
import dev.gantry.workflow.expr.Value;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A commit as GitHub writes it in a push payload's {@code commits[]} and {@code head_commit}: id, tree id,
 * message, timestamp with the committer's offset, author and committer, and the files the commit changed against
 * its first parent.
 */
final class CommitPayload {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private CommitPayload() {
    }

    static Value.Obj of(RevCommit commit, Diff files) {
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("id", new Value.Str(commit.name()));
        out.put("tree_id", new Value.Str(commit.getTree().name()));
        out.put("distinct", Value.TRUE);
        out.put("message", new Value.Str(commit.getFullMessage()));
        out.put("timestamp", new Value.Str(timestamp(commit.getCommitterIdent())));
        out.put("author", person(commit.getAuthorIdent()));
        out.put("committer", person(commit.getCommitterIdent()));
        out.put("added", strings(files.added()));
        out.put("removed", strings(files.removed()));
        out.put("modified", strings(files.modified()));
        return new Value.Obj(out);
    }

    private static String timestamp(PersonIdent who) {
        return TIMESTAMP.format(OffsetDateTime.ofInstant(who.getWhenAsInstant(), who.getZoneId()));
    }

    private static Value.Obj person(PersonIdent who) {
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("name", new Value.Str(who.getName()));
        out.put("email", new Value.Str(who.getEmailAddress()));
        return new Value.Obj(out);
    }

    private static Value.Arr strings(List<String> items) {
        return new Value.Arr(items.stream().<Value>map(Value.Str::new).toList());
    }
}
