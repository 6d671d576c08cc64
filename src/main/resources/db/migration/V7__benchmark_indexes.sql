-- Found by the national-scale benchmark (docs/benchmarks.md).
-- "As it stood at the end of a day" (dashboard trend, cabinet report) starts from the last revision recorded before
-- the day ended; without this index every such day read the whole revision table, which grows with every change.
create index ix_revision_recorded_at on revision (recorded_at, id);
