-- The audit log: append-only records, each sealed with the SHA-256 of the previous record's hash and its own
-- fields (see docs/audit.md for the exact input). audit_head is one row, the sequence and hash of the newest
-- record: an append locks it (SELECT ... FOR UPDATE) in the transaction that inserts the record, so concurrent
-- appends queue behind each other and the chain never forks; it also lets verification notice records deleted
-- from the end.
CREATE TABLE audit_log (
    sequence      BIGINT        PRIMARY KEY,          -- 1, 2, 3, ... without gaps
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    actor         VARCHAR(255)  NOT NULL,             -- token or user name, agent id, or gantry (the server)
    action        VARCHAR(64)   NOT NULL,             -- run.triggered, secret.set, ...
    subject       VARCHAR(1000) NOT NULL,             -- repo:acme/shop, run:42, agent:agent-3, ...
    details       VARCHAR       NOT NULL,             -- a JSON object, keys sorted, no spaces; never a secret value
    previous_hash VARCHAR(64)   NOT NULL,
    hash          VARCHAR(64)   NOT NULL
);

CREATE INDEX audit_log_actor ON audit_log (actor, sequence);
CREATE INDEX audit_log_subject ON audit_log (subject, sequence);
CREATE INDEX audit_log_action ON audit_log (action, sequence);
CREATE INDEX audit_log_time ON audit_log (recorded_at);

CREATE TABLE audit_head (
    id       INT         PRIMARY KEY CHECK (id = 1),
    sequence BIGINT      NOT NULL,
    hash     VARCHAR(64) NOT NULL
);

INSERT INTO audit_head (id, sequence, hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
