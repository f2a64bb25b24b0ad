-- Accounts of users signing in through a trusted external issuer (Keycloak): keyed by (issuer,
-- subject), never by the subject alone. Such an account has no password, and its email (the
-- issuer's claim) does not take the address away from a native account.
create table external_identity (
    issuer     varchar(255) not null,
    subject    varchar(255) not null,
    account_id uuid         not null unique references account (id) on delete cascade,
    created_at timestamptz  not null,
    primary key (issuer, subject)
);
alter table account alter column password_hash drop not null;
drop index account_email_uk;
create unique index account_email_uk on account (lower(email)) where password_hash is not null;
