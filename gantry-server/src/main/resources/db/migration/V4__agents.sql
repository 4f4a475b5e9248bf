-- Remote agents and the one-time tokens they register with. Tokens are kept as SHA-256 hashes only.

CREATE TABLE agents (
    id            VARCHAR(64)   PRIMARY KEY,          -- agent-N; the holder id of the jobs it takes
    name          VARCHAR(255)  NOT NULL,
    labels        VARCHAR       NOT NULL,             -- JSON array of runs-on labels
    capacity      INT           NOT NULL,
    token_hash    VARCHAR(64)   NOT NULL,
    registered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT agents_token UNIQUE (token_hash)
);

CREATE SEQUENCE agent_numbers;

CREATE TABLE registration_tokens (
    token_hash VARCHAR(64) PRIMARY KEY,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE,              -- set when an agent registered with it: spent
    agent_id   VARCHAR(64)
);
