CREATE TABLE account (id UUID PRIMARY KEY, erased_at TIMESTAMPTZ);
CREATE TABLE erasure_seen (event_id UUID PRIMARY KEY, user_id UUID NOT NULL);
