-- Version 3: webhook secrets per repository, and schedule fires that are intended but not yet known to be done.

-- The secret shared with a forge's webhook (GitHub, Gitea, Forgejo). It is the key of the HMAC-SHA256 every
-- delivery is signed with, so the server needs the secret itself to verify a signature: it is stored as given,
-- recoverable, unlike API tokens (which are stored hashed). NULL: the repository accepts no webhook deliveries.
ALTER TABLE repositories ADD COLUMN webhook_secret VARCHAR(1000);

-- When an entry was declared: the point its fire times are counted from until it has fired once.
ALTER TABLE schedules ADD COLUMN declared_at TIMESTAMP WITH TIME ZONE;

-- A schedule fire recorded as intended (in the transaction that moves schedules.last_fired_at to due_at) whose
-- runs are not yet known to be stored. Deleted once they are; a row left by a crash is finished on restart: the
-- runs of that workflow's schedule event created since intended_at are its runs, and when there are none it fires
-- again. So a fire is never dropped and never doubled.
CREATE TABLE schedule_fires (
    schedule_id BIGINT NOT NULL REFERENCES schedules (id) ON DELETE CASCADE,
    due_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    intended_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (schedule_id, due_at)
);
