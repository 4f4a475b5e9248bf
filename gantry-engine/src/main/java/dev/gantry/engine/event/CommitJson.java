package dev.gantry.engine.event;

import dev.gantry.workflow.expr.Value;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Commits to and from the shape of a push payload's {@code commits[]} and {@code head_commit}. */
final class CommitJson {

    private CommitJson() {}

    /** A payload commit; missing fields read as empty, an unreadable timestamp as the epoch. */
    static Commit read(Value value) {
        Payload c = new Payload(value instanceof Value.Obj o ? o : new Value.Obj(Map.of()));
        Person author = new Person(c.string("author", "name").orElse(""), c.string("author", "email").orElse(""));
        Person committer = new Person(c.string("committer", "name").orElse(author.name()),
                c.string("committer", "email").orElse(author.email()));
        return new Commit(c.string("id").orElse(""), c.string("message").orElse(""), author, committer,
                c.string("timestamp").map(CommitJson::instant).orElse(Instant.EPOCH));
    }

    /** The files a payload commit lists as added, removed and modified. */
    static Diff files(Value value) {
        Payload c = new Payload(value instanceof Value.Obj o ? o : new Value.Obj(Map.of()));
        return new Diff(texts(c.array("added")), texts(c.array("removed")), texts(c.array("modified")));
    }

    /** A commit as GitHub writes it in a push payload, with the files it changed. */
    static Value.Obj write(Commit commit, Diff files) {
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("id", new Value.Str(commit.sha()));
        out.put("distinct", Value.TRUE);
        out.put("message", new Value.Str(commit.message()));
        out.put("timestamp", new Value.Str(OffsetDateTime.ofInstant(commit.time(), ZoneOffset.UTC).toString()));
        out.put("author", person(commit.author()));
        out.put("committer", person(commit.committer()));
        out.put("added", strings(files.added()));
        out.put("removed", strings(files.removed()));
        out.put("modified", strings(files.modified()));
        return new Value.Obj(out);
    }

    private static Value.Obj person(Person person) {
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("name", new Value.Str(person.name()));
        out.put("email", new Value.Str(person.email()));
        return new Value.Obj(out);
    }

    private static Value.Arr strings(List<String> items) {
        return new Value.Arr(items.stream().<Value>map(Value.Str::new).toList());
    }

    private static List<String> texts(List<Value> items) {
        return items.stream().flatMap(v -> v instanceof Value.Str s ? java.util.stream.Stream.of(s.value())
                : java.util.stream.Stream.empty()).toList();
    }

    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }
}
