-- Sign-in: password hashes (DelegatingPasswordEncoder format, e.g. {bcrypt}...) and lockout after repeated failures.
alter table account add column password_hash varchar(255);
alter table account add column password_changed_at timestamptz;
alter table account add column failed_sign_ins integer not null default 0;
alter table account add column first_failed_sign_in_at timestamptz;
alter table account add column locked_until timestamptz;
alter table account add constraint ck_account_failed_sign_ins check (failed_sign_ins >= 0);
alter table account add constraint ck_account_failure_window check (failed_sign_ins = 0 or first_failed_sign_in_at is not null);
