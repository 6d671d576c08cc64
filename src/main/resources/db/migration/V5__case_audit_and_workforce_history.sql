-- Audit trail (Hibernate Envers) of case-audit rounds and workforce returns, shaped as in V3: the row as it was
-- after each revision, without version, all nullable but the key.

create table case_audit_aud (
    id                    bigint   not null,
    rev                   bigint   not null constraint fk_case_audit_aud_rev references revision (id),
    revtype               smallint not null,
    authority_id          bigint,
    title                 varchar(300),
    completed_on          date,
    cases_audited         integer,
    outstanding           integer,
    good                  integer,
    requires_improvement  integer,
    inadequate            integer,
    summary               text,
    constraint pk_case_audit_aud primary key (id, rev),
    constraint ck_case_audit_aud_revtype check (revtype in (0, 1, 2))
);

create table workforce_return_aud (
    id                  bigint   not null,
    rev                 bigint   not null constraint fk_workforce_return_aud_rev references revision (id),
    revtype             smallint not null,
    authority_id        bigint,
    period_on           date,
    social_workers_fte  numeric(8, 1),
    vacancies_fte       numeric(8, 1),
    agency_workers_fte  numeric(8, 1),
    leavers_fte         numeric(8, 1),
    average_caseload    numeric(5, 1),
    constraint pk_workforce_return_aud primary key (id, rev),
    constraint ck_workforce_return_aud_revtype check (revtype in (0, 1, 2))
);
