-- The ideas and obstacles board (PRODUCT.md F4, issue 16): the seed's feedback loop. A member
-- posts an idea or an obstacle, by name or anonymously; every member reads the board and votes
-- (one vote per person); ambassadors, HR and admins set a status with a short answer, so people
-- see that someone listens.
--
-- public.ideas ('org' table, owner column author_id, audience: every member of the organisation)
--   * named ideas come through sync_push like any shared row: author_id is the caller, created_on
--     the server's day, status 'new', answer '' and vote_count 0 — whatever the device sent;
--   * the author edits kind, title and body; ambassadors, HR and admins set status and answer
--     (answered_by / answered_on stamped here); anybody else's values for those columns are
--     ignored (kept from the stored row). vote_count is always recounted from idea_votes.
--   * delete: the author of a named idea, or an admin of the organisation.
-- public.idea_votes ('personal', owner user_id): only the person reads their own votes; HR and
--   everyone else see the count (ideas.vote_count). Un-vote = delete the row.
--
-- ANONYMOUS IDEAS: the server stores no author anywhere.
--   * They never go through sync_push (which records every mutation with its user_id in
--     private.sync_mutations): the device calls public.submit_anonymous_idea(id, organisation,
--     kind, title, body), idempotent by the idea's own id (a replay answers 'duplicate').
--   * Limit: 5 anonymous ideas per person per day, counted under a salted hash
--     (sha256(salt of the day || user id)) in private.anonymous_idea_counts. The salt lives in
--     private.anonymous_idea_salts, one per day; past days' salts and counts are deleted (rotation)
--     on every submission and release, so yesterday's hashes cannot be recomputed.
--   * Timing: the submission goes into private.anonymous_idea_queue with the day only (no
--     timestamp). private.release_anonymous_ideas() moves the ideas of past days into public.ideas
--     in one transaction, in random order: the released rows share one sync_xid (and a xmin) of a
--     transaction no person made, and created_on is a day. So neither the row's columns nor the
--     pull order tells when during the day, or right next to which other write, it was sent.
--     Production schedules the release daily with pg_cron when the extension is there (below);
--     the demo backend releases every few seconds so that a demo shows the whole path.
--   * What remains, documented rather than hidden: until the day's salt is deleted, someone with
--     the database's superuser rights could hash each member's id with it and compare the count
--     row's xmin (a system column) with the queue row's; after the next day's rotation (and a
--     vacuum) nothing links them. Request logs of the API gateway (outside this database) record
--     that a person called the function, not what they wrote. Statement logging must stay off for
--     the function's arguments (Supabase's default). An anonymous idea cannot be withdrawn by its
--     writer (the server does not know who that is); an admin can delete it.

create table public.ideas (
  id uuid primary key,
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  -- Null for an anonymous idea, and once a named author's account is deleted.
  author_id uuid references auth.users (id) on delete set null,
  anonymous boolean not null default false,
  kind text not null check (kind in ('idea', 'obstacle')),
  title text not null check (char_length(title) between 1 and 140),
  body text not null default '' check (char_length(body) <= 2000),
  status text not null default 'new'
    check (status in ('new', 'under_consideration', 'planned', 'done', 'not_now')),
  answer text not null default '' check (char_length(answer) <= 500),
  answered_by uuid references auth.users (id) on delete set null,
  answered_on date check (answered_on >= '2000-01-01' and answered_on < '2100-01-01'),
  -- A day, never a time (see ANONYMOUS IDEAS).
  created_on date not null default current_date
    check (created_on >= '2000-01-01' and created_on < '2100-01-01'),
  vote_count integer not null default 0 check (vote_count >= 0),
  sync_xid xid8 not null default pg_current_xact_id(),
  constraint ideas_anonymous_has_no_author check (not anonymous or author_id is null)
);
create index ideas_organisation_id on public.ideas (organisation_id);
create index ideas_author_id on public.ideas (author_id);
create index ideas_answered_by on public.ideas (answered_by);

create table public.idea_votes (
  id uuid primary key,
  idea_id uuid not null references public.ideas (id) on delete cascade,
  user_id uuid not null references auth.users (id) on delete cascade,
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  created_on date not null default current_date
    check (created_on >= '2000-01-01' and created_on < '2100-01-01'),
  sync_xid xid8 not null default pg_current_xact_id(),
  constraint idea_votes_one_per_person unique (idea_id, user_id)
);
create index idea_votes_user_id on public.idea_votes (user_id);
create index idea_votes_organisation_id on public.idea_votes (organisation_id);

-- The number of votes of an idea. Security definer: a voter reads only their own votes.
create function private.idea_vote_count(p_idea uuid) returns integer
language sql stable
security definer
set search_path = ''
as $$
  select count(*)::integer from public.idea_votes v where v.idea_id = p_idea
$$;
revoke execute on function private.idea_vote_count(uuid) from public, anon;
grant execute on function private.idea_vote_count(uuid) to authenticated, service_role;

-- The organisation of an idea the caller may read (for a vote). Security definer: runs before RLS.
create function private.idea_organisation(p_idea uuid) returns uuid
language sql stable
security definer
set search_path = ''
as $$
  select i.organisation_id from public.ideas i
  where i.id = p_idea and i.organisation_id in (select private.my_org_ids())
$$;
revoke execute on function private.idea_organisation(uuid) from public, anon;
grant execute on function private.idea_organisation(uuid) to authenticated, service_role;

-- Whether an idea with this id exists. An upsert (INSERT … ON CONFLICT DO UPDATE, as sync_push
-- writes an edit) first runs the insert trigger and the insert policy on the proposed row: for an
-- existing id they step aside, and the update trigger and update policy decide (a plain INSERT of
-- an existing id fails on the primary key anyway). Security definer: ids only.
create function private.idea_exists(p_id uuid) returns boolean
language sql stable
security definer
set search_path = ''
as $$
  select exists (select 1 from public.ideas i where i.id = p_id)
$$;
revoke execute on function private.idea_exists(uuid) from public, anon;
grant execute on function private.idea_exists(uuid) to authenticated, service_role;

-- The server's bookkeeping of an idea (security invoker: `current_user` tells the release, which
-- runs as the functions' owner, from an API call).
create function private.stamp_idea() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  uid uuid := (select auth.uid());
  releasing boolean := pg_catalog.current_setting('loft.idea_release', true) = 'on'
    and current_user not in ('authenticated', 'anon');
  steward boolean;
  is_author boolean;
begin
  if tg_op = 'INSERT' then
    if not releasing and private.idea_exists(new.id) then
      return new;  -- an upsert of an existing idea: the update trigger decides
    end if;
    new.vote_count := 0;
    if releasing or (uid is null and new.anonymous) then
      -- The release (or the service role loading an anonymous idea): no author, the given day.
      new.author_id := null;
      new.anonymous := true;
    elsif uid is null then
      -- The service role (demo data, imports) names what it loads.
      null;
    else
      if new.anonymous then
        raise exception 'forbidden' using errcode = '42501',
          detail = 'An anonymous idea is sent with submit_anonymous_idea, never with its author.';
      end if;
      new.author_id := uid;
      new.created_on := current_date;
    end if;
    if uid is not null then
      new.status := 'new';
      new.answer := '';
      new.answered_by := null;
      new.answered_on := null;
    end if;
    return new;
  end if;

  if new.organisation_id is distinct from old.organisation_id then
    raise exception 'forbidden' using errcode = '42501',
      detail = 'An idea stays in the organisation it was posted in.';
  end if;
  new.author_id := private.kept_user(old.author_id, new.author_id);
  new.anonymous := old.anonymous;
  new.created_on := old.created_on;
  new.vote_count := private.idea_vote_count(new.id);
  if uid is null then
    return new;
  end if;
  is_author := old.author_id = uid;
  steward := new.organisation_id in (
    select private.my_org_ids_with_role(array['ambassador', 'hr', 'admin']));
  if not is_author then
    new.kind := old.kind;
    new.title := old.title;
    new.body := old.body;
  end if;
  if not steward then
    new.status := old.status;
    new.answer := old.answer;
  end if;
  if (new.status, new.answer) is distinct from (old.status, old.answer) then
    new.answered_by := uid;
    new.answered_on := current_date;
  else
    new.answered_by := private.kept_user(old.answered_by, new.answered_by);
    new.answered_on := old.answered_on;
  end if;
  return new;
end
$$;
revoke execute on function private.stamp_idea() from public, anon;

create trigger stamp_idea before insert or update on public.ideas
  for each row execute function private.stamp_idea();

create function private.stamp_idea_vote() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  uid uuid := (select auth.uid());
begin
  if tg_op = 'INSERT' then
    new.user_id := coalesce(uid, new.user_id);
    new.organisation_id := coalesce(private.idea_organisation(new.idea_id),
      case when uid is null then new.organisation_id end);
    if uid is not null then
      new.created_on := current_date;
    end if;
    return new;
  end if;
  -- A vote does not change; a re-sent one keeps what is stored.
  new.idea_id := old.idea_id;
  new.user_id := old.user_id;
  new.organisation_id := old.organisation_id;
  new.created_on := old.created_on;
  return new;
end
$$;
revoke execute on function private.stamp_idea_vote() from public, anon;

create trigger stamp_idea_vote before insert or update on public.idea_votes
  for each row execute function private.stamp_idea_vote();

-- Keeps ideas.vote_count (recounted by stamp_idea). Security definer: the voter may not update
-- someone else's idea; this touches only the count.
create function private.recount_idea_votes() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  update public.ideas set vote_count = vote_count
  where id = case when tg_op = 'DELETE' then old.idea_id else new.idea_id end;
  return null;
end
$$;
revoke execute on function private.recount_idea_votes() from public, anon;

create trigger recount_idea_votes after insert or delete on public.idea_votes
  for each row execute function private.recount_idea_votes();

alter table public.ideas enable row level security;
alter table public.idea_votes enable row level security;

create policy ideas_select on public.ideas for select to authenticated
  using (organisation_id in (select private.my_org_ids()));
create policy ideas_insert on public.ideas for insert to authenticated
  with check (
    (author_id = (select auth.uid())
      and not anonymous
      and organisation_id in (select private.my_org_ids()))
    or private.idea_exists(id)
  );
create policy ideas_update on public.ideas for update to authenticated
  using (
    (author_id = (select auth.uid()) and organisation_id in (select private.my_org_ids()))
    or organisation_id in (select private.my_org_ids_with_role(array['ambassador', 'hr', 'admin']))
  )
  with check (organisation_id in (select private.my_org_ids()));
create policy ideas_delete on public.ideas for delete to authenticated
  using (
    author_id = (select auth.uid())
    or organisation_id in (select private.my_org_ids_with_role(array['admin']))
  );

create policy idea_votes_select on public.idea_votes for select to authenticated
  using (user_id = (select auth.uid()));
create policy idea_votes_insert on public.idea_votes for insert to authenticated
  with check (
    user_id = (select auth.uid())
    and organisation_id = private.idea_organisation(idea_id)
  );
create policy idea_votes_update on public.idea_votes for update to authenticated
  using (user_id = (select auth.uid()))
  with check (user_id = (select auth.uid()));
create policy idea_votes_delete on public.idea_votes for delete to authenticated
  using (user_id = (select auth.uid()));

revoke all on public.ideas from anon;
revoke all on public.idea_votes from anon;
grant select, insert, update, delete on public.ideas to authenticated;
grant select, insert, update, delete on public.idea_votes to authenticated;

select private.register_synced_table('ideas', 'org', 'author_id', 'organisation_id',
  p_audience => 'private.all_roles()');
select private.register_synced_table('idea_votes', 'personal', 'user_id', 'organisation_id',
  p_audience => 'null');

-- Anonymous ideas waiting for their release. No author, no timestamp, no xid column.
create table private.anonymous_idea_queue (
  id uuid primary key,
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  kind text not null check (kind in ('idea', 'obstacle')),
  title text not null check (char_length(title) between 1 and 140),
  body text not null default '' check (char_length(body) <= 2000),
  queued_on date not null default current_date
);
create index anonymous_idea_queue_queued_on on private.anonymous_idea_queue (queued_on);
create index anonymous_idea_queue_organisation_id on private.anonymous_idea_queue (organisation_id);

-- One salt per day; deleted once the day is over.
create table private.anonymous_idea_salts (
  day date primary key,
  salt text not null
);
-- Anonymous ideas per person and day, under the day's salted hash (never the user id).
create table private.anonymous_idea_counts (
  day date not null,
  person_hash text not null check (char_length(person_hash) = 64),
  n integer not null check (n between 1 and 5),
  primary key (day, person_hash)
);
alter table private.anonymous_idea_queue enable row level security;
alter table private.anonymous_idea_salts enable row level security;
alter table private.anonymous_idea_counts enable row level security;
create policy no_direct_access on private.anonymous_idea_queue as restrictive for all to public using (false);
create policy no_direct_access on private.anonymous_idea_salts as restrictive for all to public using (false);
create policy no_direct_access on private.anonymous_idea_counts as restrictive for all to public using (false);

-- Rotation: past days' salts and counts go (their hashes can then never be recomputed).
create function private.rotate_anonymous_idea_salts() returns void
language sql
security definer
set search_path = ''
as $$
  delete from private.anonymous_idea_salts where day < current_date;
  delete from private.anonymous_idea_counts where day < current_date;
$$;
revoke execute on function private.rotate_anonymous_idea_salts() from public, anon, authenticated;

-- Publishes the queued anonymous ideas of days before `p_before`, in random order, in this one
-- transaction. Returns how many. Only the database's owner, the service role and the
-- submission (below) call it.
create function private.release_anonymous_ideas(p_before date default current_date)
returns integer
language plpgsql
security definer
set search_path = ''
as $$
declare
  n integer;
begin
  perform private.rotate_anonymous_idea_salts();
  perform pg_catalog.set_config('loft.idea_release', 'on', true);
  with due as (
    delete from private.anonymous_idea_queue q where q.queued_on < p_before returning q.*
  )
  insert into public.ideas (id, organisation_id, anonymous, kind, title, body, created_on)
  select d.id, d.organisation_id, true, d.kind, d.title, d.body, d.queued_on
  from due d
  order by pg_catalog.random()
  on conflict (id) do nothing;
  get diagnostics n = row_count;
  perform pg_catalog.set_config('loft.idea_release', '', true);
  return n;
end
$$;
revoke execute on function private.release_anonymous_ideas(date) from public, anon, authenticated;
grant execute on function private.release_anonymous_ideas(date) to service_role;

-- Receives an anonymous idea. Answers {"status": "queued" | "duplicate" | "rate_limited" |
-- "forbidden" | "invalid"}; never raises for bad input (an error would be logged with its
-- arguments). Idempotent by the idea's id: a replay answers 'duplicate' and counts nothing.
create function private.submit_anonymous_idea(
  p_id uuid,
  p_organisation_id uuid,
  p_kind text,
  p_title text,
  p_body text default ''
) returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  uid uuid := (select auth.uid());
  today date := current_date;
  day_salt text;
  hash text;
  counted integer;
begin
  if uid is null then
    return jsonb_build_object('status', 'forbidden');
  end if;
  -- Ideas of past days go out first (a fallback for a deployment without the daily schedule).
  perform private.release_anonymous_ideas(today);
  if p_id is null then
    return jsonb_build_object('status', 'invalid');
  end if;
  if exists (select 1 from private.anonymous_idea_queue q where q.id = p_id)
    or exists (select 1 from public.ideas i where i.id = p_id) then
    return jsonb_build_object('status', 'duplicate');
  end if;
  if p_organisation_id is null or not private.is_member(p_organisation_id) then
    return jsonb_build_object('status', 'forbidden');
  end if;
  if p_kind is null or p_kind not in ('idea', 'obstacle')
    or p_title is null or char_length(p_title) not between 1 and 140
    or char_length(coalesce(p_body, '')) > 2000 then
    return jsonb_build_object('status', 'invalid');
  end if;

  insert into private.anonymous_idea_salts (day, salt)
  values (today, gen_random_uuid()::text || gen_random_uuid()::text)
  on conflict (day) do nothing;
  select s.salt into day_salt from private.anonymous_idea_salts s where s.day = today;
  hash := encode(sha256(convert_to(day_salt || ':' || uid::text, 'UTF8')), 'hex');
  insert into private.anonymous_idea_counts as c (day, person_hash, n)
  values (today, hash, 1)
  on conflict (day, person_hash) do update set n = c.n + 1 where c.n < 5
  returning c.n into counted;
  if counted is null then
    return jsonb_build_object('status', 'rate_limited');
  end if;

  insert into private.anonymous_idea_queue (id, organisation_id, kind, title, body, queued_on)
  values (p_id, p_organisation_id, p_kind, p_title, coalesce(p_body, ''), today);
  return jsonb_build_object('status', 'queued');
end
$$;
revoke execute on function private.submit_anonymous_idea(uuid, uuid, text, text, text) from public, anon;
grant execute on function private.submit_anonymous_idea(uuid, uuid, text, text, text) to authenticated;

-- The API's entry (security invoker, as every function of the exposed schema).
create function public.submit_anonymous_idea(
  p_id uuid,
  p_organisation_id uuid,
  p_kind text,
  p_title text,
  p_body text default ''
) returns jsonb
language sql
security invoker
set search_path = ''
as $$
  select private.submit_anonymous_idea(p_id, p_organisation_id, p_kind, p_title, p_body)
$$;
revoke execute on function public.submit_anonymous_idea(uuid, uuid, text, text, text) from public, anon;
grant execute on function public.submit_anonymous_idea(uuid, uuid, text, text, text) to authenticated;

-- The daily release, where pg_cron is installed (Supabase: enable the extension, then re-run this).
do $$
begin
  if exists (select 1 from pg_catalog.pg_extension where extname = 'pg_cron') then
    execute $cron$select cron.schedule('release-anonymous-ideas', '5 0 * * *',
      'select private.release_anonymous_ideas()')$cron$;
  end if;
end
$$;
