package dev.gantry.workflow.model;

import dev.gantry.workflow.diag.Span;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One entry of {@code on}. */
public sealed interface Trigger {

    /** The event name as GitHub sends it, e.g. {@code push}, {@code pull_request}, {@code schedule}. */
    String event();

    Span span();

    /**
     * A webhook event with its optional filters. A filter list that is absent is empty here; use
     * {@link Filters#has} to tell "not given" from "given".
     *
     * @param types     activity types ({@code opened}, {@code completed}…), empty for all
     * @param workflows the workflow names of {@code workflow_run}
     */
    record Event(String event, List<Named> types, Filters filters, List<Named> workflows, Span span)
            implements Trigger {
        public Event {
            types = List.copyOf(types);
            workflows = List.copyOf(workflows);
        }
    }

    /** {@code schedule}: one or more cron lines. */
    record Schedule(List<Named> crons, Span span) implements Trigger {
        public Schedule {
            crons = List.copyOf(crons);
        }

        @Override
        public String event() {
            return "schedule";
        }
    }

    /** {@code workflow_dispatch} with its inputs, in source order. */
    record Dispatch(Map<String, Input> inputs, Span span) implements Trigger {
        public Dispatch {
            inputs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        }

        @Override
        public String event() {
            return "workflow_dispatch";
        }
    }

    /** {@code workflow_call}: the interface of a reusable workflow. */
    record Call(Map<String, Input> inputs, Map<String, CallOutput> outputs, Map<String, CallSecret> secrets,
                Span span) implements Trigger {
        public Call {
            inputs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
            outputs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
            secrets = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(secrets));
        }

        @Override
        public String event() {
            return "workflow_call";
        }
    }
}
