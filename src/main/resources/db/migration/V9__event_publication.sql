-- Spring Modulith's event publication registry: an event a module listens to after the
-- publishing transaction (@ApplicationModuleListener) is stored here in that transaction, and
-- marked completed once its listener has run; one that a crash interrupted is published again
-- when the application starts. Not tenant-owned: a publication names its company inside the
-- serialized event, and only the registry reads this table.
CREATE TABLE event_publication
(
    id                     UUID                     NOT NULL PRIMARY KEY,
    listener_id            TEXT                     NOT NULL,
    event_type             TEXT                     NOT NULL,
    serialized_event       TEXT                     NOT NULL,
    publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
    completion_date        TIMESTAMP WITH TIME ZONE,
    status                 TEXT,
    completion_attempts    INT,
    last_resubmission_date TIMESTAMP WITH TIME ZONE
);
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);
