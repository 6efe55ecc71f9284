-- Reviews of challenge attempts (PRODUCT.md C3): an AI ambassador (or admin) of the organisation
-- an attempt was shared with scores it with a rubric and a comment; the learner reads the review
-- on their own devices, and its overall score feeds their objective competence estimate (C4).
--
-- Append-only: a review is never edited or deleted through the API; a later review of the same
-- attempt supersedes the earlier one (the newest `created_at` is the one that counts). Rows go
-- away only with their attempt (cascade) or the learner's account.
--
-- Who wrote it, whose attempt it is and which organisation it belongs to are decided here, never
-- taken from the device: reviewer_id is the caller, learner_id and organisation_id are copied from
-- the attempt, created_at is the server's clock.
--
-- Visibility (sync_pull runs as the caller, so these policies decide what each device pulls):
--   * the learner: every review of their attempts (learner_id), even after leaving the organisation;
--   * the organisation's ambassadors and admins: every review in the organisation (the review queue);
--   * nobody else — HR, plain members and anon read nothing (HR sees aggregates only, X1).
-- Registered as an 'org' table with learner_id as its owner column, so a tombstone (the attempt was
-- deleted) reaches the learner's devices as well as the organisation's reviewers.

-- The rubric: exactly these four criteria, each a whole score 1–4. Immutable: used in a check.
create function private.valid_review_rubric(r jsonb) returns boolean
language sql immutable
set search_path = ''
as $$
  select case when jsonb_typeof(r) = 'object' then
    (select coalesce(array_agg(k collate "C" order by k collate "C"), array[]::text[])
       from jsonb_object_keys(r) as k)
      = array['critical_evaluation', 'data_safety', 'prompt_quality', 'usefulness']
    and (select bool_and(jsonb_typeof(v) = 'number' and v in ('1', '2', '3', '4'))
           from jsonb_each(r) as e (k, v))
  else false end
$$;
revoke execute on function private.valid_review_rubric(jsonb) from public, anon;
grant execute on function private.valid_review_rubric(jsonb) to authenticated, service_role;

create table public.attempt_reviews (
  id uuid primary key,
  attempt_id uuid not null references public.challenge_attempts (id) on delete cascade,
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  -- Null once the reviewer has deleted their account: the learner keeps the review.
  reviewer_id uuid references auth.users (id) on delete set null,
  learner_id uuid not null references auth.users (id) on delete cascade,
  rubric jsonb not null,
  score smallint not null check (score between 1 and 4),
  comment text not null default '' check (char_length(comment) <= 2000),
  created_at timestamptz not null default now(),
  sync_xid xid8 not null default pg_current_xact_id(),
  constraint attempt_reviews_rubric check (private.valid_review_rubric(rubric))
);
create index attempt_reviews_attempt_id on public.attempt_reviews (attempt_id);
create index attempt_reviews_organisation_id on public.attempt_reviews (organisation_id);
create index attempt_reviews_reviewer_id on public.attempt_reviews (reviewer_id);
create index attempt_reviews_learner_id on public.attempt_reviews (learner_id);

-- Fills in the server-decided columns. Security definer: an admin may review, but cannot read
-- attempts under RLS (only ambassadors can); this reads just the attempt's owner and organisation,
-- and the insert policy still decides whether the row may be written at all.
create function private.fill_attempt_review() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  owner_id uuid;
  org_id uuid;
begin
  select a.user_id, a.organisation_id into owner_id, org_id
  from public.challenge_attempts a where a.id = new.attempt_id;
  if found then
    new.learner_id := owner_id;
    new.organisation_id := coalesce(org_id, new.organisation_id);
  end if;
  -- The caller; the service role (no auth.uid()) may name a reviewer, e.g. in a data import.
  new.reviewer_id := coalesce((select auth.uid()), new.reviewer_id);
  new.created_at := now();
  return new;
end
$$;
revoke execute on function private.fill_attempt_review() from public, anon;

create trigger fill_attempt_review before insert on public.attempt_reviews
  for each row execute function private.fill_attempt_review();

-- Whether the attempt is shared for review with `org` and belongs to `learner`. Security definer
-- for the same reason as above (admins cannot read attempts).
create function private.attempt_open_for_review(p_attempt uuid, p_org uuid, p_learner uuid)
returns boolean
language sql stable
security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.challenge_attempts a
    where a.id = p_attempt
      and a.submitted_for_review
      and a.organisation_id = p_org
      and a.user_id = p_learner
  )
$$;
revoke execute on function private.attempt_open_for_review(uuid, uuid, uuid) from public, anon;
grant execute on function private.attempt_open_for_review(uuid, uuid, uuid) to authenticated;

alter table public.attempt_reviews enable row level security;

create policy attempt_reviews_select on public.attempt_reviews for select to authenticated
  using (
    learner_id = (select auth.uid())
    or organisation_id in (select private.my_org_ids_with_role(array['ambassador', 'admin']))
  );
-- An ambassador or admin of the attempt's organisation, for an attempt shared for review there,
-- never their own. No update or delete policy: reviews are append-only.
create policy attempt_reviews_insert on public.attempt_reviews for insert to authenticated
  with check (
    reviewer_id = (select auth.uid())
    and learner_id <> (select auth.uid())
    and organisation_id in (select private.my_org_ids_with_role(array['ambassador', 'admin']))
    and private.attempt_open_for_review(attempt_id, organisation_id, learner_id)
  );

revoke all on public.attempt_reviews from anon;
-- update only so that sync_push's upsert (insert … on conflict do update) may be planned; with no
-- update policy, writing over an existing review is refused.
grant select, insert, update on public.attempt_reviews to authenticated;

select private.register_synced_table('attempt_reviews', 'org', 'learner_id', 'organisation_id');
