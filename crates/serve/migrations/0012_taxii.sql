-- TAXII 2.1 collections (issue 12): every stored version of every object, the status of every
-- POST, and the `added_after` bookmark of every partner collection pulled. Portable SQL.
-- `date_added` (epoch microseconds) is assigned by the server, strictly increasing, so that it
-- both orders a collection and serves as its pagination cursor.
CREATE TABLE IF NOT EXISTS dg_taxii_objects (
    collection_id TEXT NOT NULL,
    object_id TEXT NOT NULL,
    obj_type TEXT NOT NULL,
    version_us BIGINT NOT NULL,
    version TEXT NOT NULL,
    spec_version TEXT NOT NULL,
    date_added BIGINT NOT NULL,
    object TEXT NOT NULL,
    PRIMARY KEY (collection_id, object_id, version_us)
);
CREATE INDEX IF NOT EXISTS dg_taxii_objects_added ON dg_taxii_objects (collection_id, date_added);
CREATE TABLE IF NOT EXISTS dg_taxii_status (
    id TEXT PRIMARY KEY,
    created BIGINT NOT NULL,
    body TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS dg_taxii_bookmarks (
    source TEXT PRIMARY KEY,
    added_after TEXT NOT NULL
)
