-- The niches a user chose in their profile (UserPreferencesChanged from the security-service): the complete list,
-- primary first, replaced only by an event with a newer changed_at (an empty list is kept: it is a newer choice too).
-- user_preference keeps the niches the user asked for with ?niche=; the ranking sees profile niches first.
create table user_profile_niche (
    user_id    uuid primary key,
    niches     text[]      not null,
    changed_at timestamptz not null
);
