-- The audit trail of inspections (with their judgements, findings and the actions that answer each finding) and of
-- partnerships, laid out as in V3; and the actions a partner supports (the partner that leads an action is
-- action.lead_partnership_id).

create table partnership_supported_action (
    partnership_id  bigint not null constraint fk_partnership_supported_action_partnership_id references partnership (id),
    action_id       bigint not null constraint fk_partnership_supported_action_action_id references action (id),
    constraint pk_partnership_supported_action primary key (partnership_id, action_id)
);
create index ix_partnership_supported_action_action_id on partnership_supported_action (action_id);

create table inspection_aud (
    id                 bigint   not null,
    rev                bigint   not null constraint fk_inspection_aud_rev references revision (id),
    revtype            smallint not null,
    authority_id       bigint,
    kind               varchar(40),
    title              varchar(300),
    started_on         date,
    published_on       date,
    framework          varchar(200),
    overall_judgement  varchar(30),
    summary            text,
    constraint pk_inspection_aud primary key (id, rev),
    constraint ck_inspection_aud_revtype check (revtype in (0, 1, 2))
);

create table inspection_judgement_aud (
    id             bigint   not null,
    rev            bigint   not null constraint fk_inspection_judgement_aud_rev references revision (id),
    revtype        smallint not null,
    inspection_id  bigint,
    area           varchar(40),
    judgement      varchar(30),
    constraint pk_inspection_judgement_aud primary key (id, rev),
    constraint ck_inspection_judgement_aud_revtype check (revtype in (0, 1, 2))
);
-- An inspection's history includes its judgements' and findings' changes.
create index ix_inspection_judgement_aud_inspection_id on inspection_judgement_aud (inspection_id, rev);

create table inspection_finding_aud (
    id             bigint   not null,
    rev            bigint   not null constraint fk_inspection_finding_aud_rev references revision (id),
    revtype        smallint not null,
    inspection_id  bigint,
    number         integer,
    text           varchar(2000),
    constraint pk_inspection_finding_aud primary key (id, rev),
    constraint ck_inspection_finding_aud_revtype check (revtype in (0, 1, 2))
);
create index ix_inspection_finding_aud_inspection_id on inspection_finding_aud (inspection_id, rev);

create table finding_action_aud (
    finding_id  bigint   not null,
    action_id   bigint   not null,
    rev         bigint   not null constraint fk_finding_action_aud_rev references revision (id),
    revtype     smallint not null,
    constraint pk_finding_action_aud primary key (finding_id, action_id, rev),
    constraint ck_finding_action_aud_revtype check (revtype in (0, 1, 2))
);

create table partnership_aud (
    id                    bigint   not null,
    rev                   bigint   not null constraint fk_partnership_aud_rev references revision (id),
    revtype               smallint not null,
    authority_id          bigint,
    partner_name          varchar(200),
    partner_kind          varchar(30),
    partner_authority_id  bigint,
    role                  varchar(1000),
    starts_on             date,
    ends_on               date,
    constraint pk_partnership_aud primary key (id, rev),
    constraint ck_partnership_aud_revtype check (revtype in (0, 1, 2))
);

create table partnership_supported_action_aud (
    partnership_id  bigint   not null,
    action_id       bigint   not null,
    rev             bigint   not null constraint fk_partnership_supported_action_aud_rev references revision (id),
    revtype         smallint not null,
    constraint pk_partnership_supported_action_aud primary key (partnership_id, action_id, rev),
    constraint ck_partnership_supported_action_aud_revtype check (revtype in (0, 1, 2))
);
