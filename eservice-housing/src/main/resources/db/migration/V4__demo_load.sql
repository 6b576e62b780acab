-- Marks that this installation's demo year of applications was loaded (demo only), so it is loaded once.
CREATE TABLE demo_load (
    id        INTEGER     PRIMARY KEY CHECK (id = 1),
    loaded_at TIMESTAMPTZ NOT NULL
);
