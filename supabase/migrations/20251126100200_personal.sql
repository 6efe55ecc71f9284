-- A person's own learning record: append-only events, so devices never conflict.
-- Only the person reads them; HR sees aggregates only (PRODUCT.md X1), never these rows.

create table public.progress_events (
  id uuid primary key,
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  lesson_id text not null check (length(lesson_id) between 1 and 100),
  kind text not null check (length(kind) between 1 and 40),
  card_index integer check (card_index >= 0),
  minutes integer check (minutes between 0 and 600),
  occurred_at timestamptz not null default now(),
  data jsonb not null default '{}',
  sync_xid xid8 not null default pg_current_xact_id()
);
create index progress_events_user_id on public.progress_events (user_id);

create table public.quiz_answers (
  id uuid primary key,
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  lesson_id text not null check (length(lesson_id) between 1 and 100),
  question_id text not null check (length(question_id) between 1 and 100),
  choice_id text not null check (length(choice_id) between 1 and 100),
  correct boolean not null,
  answered_at timestamptz not null default now(),
  sync_xid xid8 not null default pg_current_xact_id()
);
create index quiz_answers_user_id on public.quiz_answers (user_id);

create table public.self_assessments (
  id uuid primary key,
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  competency_id text not null check (length(competency_id) between 1 and 100),
  level smallint not null check (level between 1 and 4),
  assessed_at timestamptz not null default now(),
  sync_xid xid8 not null default pg_current_xact_id()
);
create index self_assessments_user_id on public.self_assessments (user_id);

create table public.challenge_attempts (
  id uuid primary key,
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  -- Set when the attempt is shared with the organisation's reviewers (C3).
  organisation_id uuid references public.organisations (id) on delete set null,
  challenge_id text not null check (length(challenge_id) between 1 and 100),
  prompt text not null default '',
  output text not null default '',
  checklist jsonb not null default '{}',
  self_score smallint check (self_score between 0 and 5),
  minutes_saved integer check (minutes_saved between 0 and 10000),
  submitted_for_review boolean not null default false,
  created_at timestamptz not null default now(),
  sync_xid xid8 not null default pg_current_xact_id(),
  check (not submitted_for_review or organisation_id is not null)
);
create index challenge_attempts_user_id on public.challenge_attempts (user_id);
create index challenge_attempts_organisation_id on public.challenge_attempts (organisation_id);

alter table public.progress_events enable row level security;
alter table public.quiz_answers enable row level security;
alter table public.self_assessments enable row level security;
alter table public.challenge_attempts enable row level security;

-- Own rows only, for every operation.
do $$
declare
  t text;
begin
  foreach t in array array['progress_events', 'quiz_answers', 'self_assessments'] loop
    execute format('create policy %I on public.%I for select to authenticated
      using (user_id = (select auth.uid()))', t || '_select', t);
    execute format('create policy %I on public.%I for insert to authenticated
      with check (user_id = (select auth.uid()))', t || '_insert', t);
    execute format('create policy %I on public.%I for update to authenticated
      using (user_id = (select auth.uid())) with check (user_id = (select auth.uid()))',
      t || '_update', t);
    execute format('create policy %I on public.%I for delete to authenticated
      using (user_id = (select auth.uid()))', t || '_delete', t);
  end loop;
end
$$;

-- Attempts: own rows; the organisation's ambassadors also read those submitted for review.
create policy challenge_attempts_select on public.challenge_attempts for select to authenticated
  using (
    user_id = (select auth.uid())
    or (
      submitted_for_review
      and organisation_id in (select private.my_org_ids_with_role(array['ambassador']))
    )
  );
create policy challenge_attempts_insert on public.challenge_attempts for insert to authenticated
  with check (
    user_id = (select auth.uid())
    and (organisation_id is null or organisation_id in (select private.my_org_ids()))
  );
create policy challenge_attempts_update on public.challenge_attempts for update to authenticated
  using (user_id = (select auth.uid()))
  with check (
    user_id = (select auth.uid())
    and (organisation_id is null or organisation_id in (select private.my_org_ids()))
  );
create policy challenge_attempts_delete on public.challenge_attempts for delete to authenticated
  using (user_id = (select auth.uid()));

revoke all on public.progress_events, public.quiz_answers, public.self_assessments,
  public.challenge_attempts from anon;
grant select, insert, update, delete on public.progress_events, public.quiz_answers,
  public.self_assessments, public.challenge_attempts to authenticated;

select private.register_synced_table('progress_events', 'personal', 'user_id', null);
select private.register_synced_table('quiz_answers', 'personal', 'user_id', null);
select private.register_synced_table('self_assessments', 'personal', 'user_id', null);
select private.register_synced_table('challenge_attempts', 'personal', 'user_id', 'organisation_id');
