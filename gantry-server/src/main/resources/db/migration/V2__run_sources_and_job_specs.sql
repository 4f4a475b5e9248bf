-- What a run was started from, kept so that a restarted server (or a re-run) plans it again exactly: the workflow
-- file's text at the run's commit, the event as GitHub would have delivered it, the dispatch inputs, its title.
CREATE TABLE run_sources (
    run_id           BIGINT        NOT NULL PRIMARY KEY REFERENCES runs (id),
    workflow_text    VARCHAR       NOT NULL,
    ref              VARCHAR(1000) NOT NULL,        -- GITHUB_REF, empty when the event names none
    event_payload    VARCHAR       NOT NULL,        -- JSON object: github.event
    inputs           VARCHAR       NOT NULL,        -- JSON object of strings: a dispatch's inputs
    workflow_name    VARCHAR(1000) NOT NULL,        -- the workflow's name, else its path (name)
    title            VARCHAR(1000) NOT NULL,        -- run-name, else the workflow's name (display_title)
    triggering_actor VARCHAR(255)  NOT NULL,        -- who started the current attempt
    cancel_reason    VARCHAR(4000)                  -- set once the run is cancelled
);

-- The spec handed to the agent for a job the scheduler started (jobs concluded without starting have none), and
-- whether the job was asked to stop.
CREATE TABLE job_specs (
    job_id           BIGINT  NOT NULL PRIMARY KEY REFERENCES jobs (id),
    spec             VARCHAR NOT NULL,              -- JSON: dev.gantry.api.agent.JobSpec
    cancel_requested BOOLEAN NOT NULL DEFAULT FALSE
);
