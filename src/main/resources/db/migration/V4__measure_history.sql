-- Audit trail of measures (see V3): the measure itself, its dated values and the actions that aim to move it.
-- As in V3, each *_aud table mirrors its table's columns without version, all nullable but the key.

create table measure_aud (
    id            bigint   not null,
    rev           bigint   not null constraint fk_measure_aud_rev references revision (id),
    revtype       smallint not null,
    authority_id  bigint,
    plan_id       bigint,
    priority_id   bigint,
    owner_id      bigint,
    name          varchar(300),
    description   text,
    unit          varchar(20),
    direction     varchar(20),
    target        numeric(14, 2),
    frequency     varchar(20),
    headline      boolean,
    constraint pk_measure_aud primary key (id, rev),
    constraint ck_measure_aud_revtype check (revtype in (0, 1, 2))
);

create table measure_value_aud (
    id              bigint   not null,
    rev             bigint   not null constraint fk_measure_value_aud_rev references revision (id),
    revtype         smallint not null,
    measure_id      bigint,
    period_on       date,
    value           numeric(14, 2),
    note            varchar(1000),
    recorded_by_id  bigint,
    recorded_at     timestamptz,
    constraint pk_measure_value_aud primary key (id, rev),
    constraint ck_measure_value_aud_revtype check (revtype in (0, 1, 2))
);
-- A measure's history includes its values' changes.
create index ix_measure_value_aud_measure_id on measure_value_aud (measure_id, rev);

create table measure_action_aud (
    measure_id  bigint   not null,
    action_id   bigint   not null,
    rev         bigint   not null constraint fk_measure_action_aud_rev references revision (id),
    revtype     smallint not null,
    constraint pk_measure_action_aud primary key (measure_id, action_id, rev),
    constraint ck_measure_action_aud_revtype check (revtype in (0, 1, 2))
);
