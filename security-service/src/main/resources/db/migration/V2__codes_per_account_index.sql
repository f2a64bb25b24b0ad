-- One live code per account and purpose, and a cap per hour: both look codes up by account.
create index one_time_code_user_ix on one_time_code (user_id, purpose, created_at);
