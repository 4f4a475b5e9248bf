package dev.gantry.server.trigger;

import dev.gantry.server.store.Repository;
import dev.gantry.workflow.expr.Value;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code repository} and {@code sender} objects of a payload the server writes itself (dispatch, schedule,
 * workflow_run), with GitHub's field names, so {@code github.repository} and friends read as for a delivery.
 */
final class RepositoryPayload {

    private RepositoryPayload() {}

    static Value.Obj repository(Repository repository, String serverUrl, String cloneUrl) {
        Map<String, Value> owner = new LinkedHashMap<>();
        owner.put("login", new Value.Str(repository.owner()));
        owner.put("name", new Value.Str(repository.owner()));
        Map<String, Value> out = new LinkedHashMap<>();
        out.put("name", new Value.Str(repository.name()));
        out.put("full_name", new Value.Str(repository.fullName()));
        out.put("owner", new Value.Obj(owner));
        out.put("default_branch", new Value.Str(repository.defaultBranch()));
        out.put("html_url", new Value.Str(serverUrl + "/" + repository.fullName()));
        out.put("clone_url", new Value.Str(cloneUrl));
        return new Value.Obj(out);
    }

    static Value.Obj sender(String login) {
        return new Value.Obj(Map.of("login", new Value.Str(login)));
    }
}
