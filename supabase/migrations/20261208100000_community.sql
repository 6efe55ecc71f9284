-- Community (issue 16, PRODUCT.md F1/F2, moderation): posts, comments, reactions, "I tried this
-- too" (replications) and reports. The contract shared with the client: /work/briefs (community
-- schema); in short:
--
--   community_posts        org content; author_id is the caller; the author edits the content
--                          (each edit: revision + 1, the replaced text kept in
--                          private.community_post_revisions), ambassadors and admins hide and
--                          restore (status, moderation_reason; moderated_by/at stamped here).
--   community_comments     one level under a post; the same moderation.
--   community_reactions    personal: useful / tried / thanks, one of each per person and post.
--   community_replications personal: "I tried this too" with the person's own minutes.
--   community_reports      a post or comment reported to the organisation's ambassadors.
--
-- The server owns: authors (the caller; a push naming someone else is refused forbidden_author),
-- created_at / updated_at (the server clock), revision, the moderation stamps, and the
-- aggregates on a post (reaction_counts, comment_count, replication_count,
-- replication_median_saved), which only the triggers below write. What a device sends for them
-- is ignored: the stored value stays. A push never changes what it may not change:
--   * content of a post or comment: only its author (a moderator's push keeps the stored text,
--     so a hide pushed from a device with an older copy does not undo the author's edit);
--   * status and moderation_reason: only an ambassador or admin of the organisation (an author's
--     push keeps them: an author cannot un-hide their own post);
--   * the organisation, the post of a comment / reaction / replication, the target of a report:
--     never (organisation_id of a child row is copied from its post or target).
-- A member who may change nothing of a row (not the author, not a moderator) is refused by RLS:
-- sync_push answers 'forbidden'. A comment, reaction or replication on a post the caller cannot
-- read (another organisation, hidden) is refused too ('forbidden', or 'not_member' when the row
-- names an organisation the caller is not in); a reaction twice of one kind is 'duplicate'.
--
-- Audience (who pulls a row; the select policies say the same):
--   post      every member of the organisation while published; while hidden, its author and the
--             organisation's ambassadors and admins (the others get a revocation: it leaves their
--             devices). A delete reaches the same people.
--   comment   as its post and as itself: published under a published post, every member;
--             otherwise its author, ambassadors and admins. The post's status is copied into the
--             comment (post_status, server-owned), so hiding or restoring a post changes its
--             comments' audience (revoked on hide, sent again on restore) through the same
--             registry mechanism, and the comment's author keeps their own comment.
--   reaction, replication   only the person (HR and everyone else see the counts on the post).
--   report    the reporter and the organisation's ambassadors and admins.

-- Whether the caller is an ambassador or admin of `p_org`.
create function private.community_is_moderator(p_org uuid) returns boolean
language sql stable
security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.memberships m
    where m.user_id = (select auth.uid()) and m.organisation_id = p_org
      and m.roles && array['ambassador', 'admin'])
$$;
revoke execute on function private.community_is_moderator(uuid) from public, anon;
grant execute on function private.community_is_moderator(uuid) to authenticated, service_role;

-- A write the server makes itself (a trigger's security definer function, the service role),
-- not a statement of an API caller: only such a write may set the aggregates.
create function private.community_server_write() returns boolean
language sql stable
set search_path = ''
as $$
  select current_user not in ('authenticated', 'anon')
$$;
revoke execute on function private.community_server_write() from public, anon;
grant execute on function private.community_server_write() to authenticated, service_role;

create table public.community_posts (
  id uuid primary key,
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  author_id uuid not null references auth.users (id) on delete cascade,
  kind text not null
    check (kind in ('use_case', 'success_story', 'show_and_tell', 'question')),
  title text not null check (char_length(title) between 1 and 140),
  body text not null default '' check (char_length(body) <= 8000),
  task text not null default '' check (char_length(task) <= 200),
  department_id uuid references public.departments (id) on delete set null,
  tool text check (char_length(tool) <= 80),
  prompt_text text check (char_length(prompt_text) <= 4000),
  minutes_before integer check (minutes_before between 0 and 10000),
  minutes_after integer check (minutes_after between 0 and 10000),
  data_class text not null default 'green' check (data_class in ('green', 'yellow', 'red')),
  tags text[] not null default '{}' check (
    coalesce(array_ndims(tags), 1) = 1 and cardinality(tags) <= 8
    and private.valid_text_items(tags, 32)),
  source_kind text check (source_kind in ('attempt', 'library_prompt')),
  source_id text check (char_length(source_id) <= 64),
  status text not null default 'published' check (status in ('published', 'hidden')),
  moderation_reason text check (char_length(moderation_reason) <= 300),
  moderated_by uuid references auth.users (id) on delete set null,
  moderated_at timestamptz check (
    moderated_at >= '2000-01-01 00:00:00+00' and moderated_at < '2100-01-01 00:00:00+00'),
  revision integer not null default 1 check (revision >= 1),
  created_at timestamptz not null default now() check (
    created_at >= '2000-01-01 00:00:00+00' and created_at < '2100-01-01 00:00:00+00'),
  updated_at timestamptz not null default now() check (
    updated_at >= '2000-01-01 00:00:00+00' and updated_at < '2100-01-01 00:00:00+00'),
  reaction_counts jsonb not null default '{"useful": 0, "tried": 0, "thanks": 0}' check (
    jsonb_typeof(reaction_counts) = 'object' and octet_length(reaction_counts::text) <= 200),
  comment_count integer not null default 0 check (comment_count >= 0),
  replication_count integer not null default 0 check (replication_count >= 0),
  replication_median_saved integer check (replication_median_saved between -10000 and 10000),
  sync_xid xid8 not null default pg_current_xact_id()
);
create index community_posts_organisation_id on public.community_posts (organisation_id, created_at);
create index community_posts_author_id on public.community_posts (author_id);
create index community_posts_department_id on public.community_posts (department_id);
create index community_posts_moderated_by on public.community_posts (moderated_by);

-- Earlier texts of a post (the one each edit replaced). Server-only: no API role reads it.
create table private.community_post_revisions (
  post_id uuid not null references public.community_posts (id) on delete cascade,
  revision integer not null,
  organisation_id uuid not null,
  edited_by uuid,
  kind text not null,
  title text not null,
  body text not null,
  task text not null,
  department_id uuid,
  tool text,
  prompt_text text,
  minutes_before integer,
  minutes_after integer,
  data_class text not null,
  tags text[] not null,
  source_kind text,
  source_id text,
  replaced_at timestamptz not null default now(),
  primary key (post_id, revision)
);
alter table private.community_post_revisions enable row level security;
create policy no_direct_access on private.community_post_revisions
  as restrictive for all to public using (false);

create table public.community_comments (
  id uuid primary key,
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  post_id uuid not null references public.community_posts (id) on delete cascade,
  author_id uuid not null references auth.users (id) on delete cascade,
  body text not null check (char_length(body) between 1 and 2000),
  status text not null default 'published' check (status in ('published', 'hidden')),
  moderation_reason text check (char_length(moderation_reason) <= 300),
  moderated_by uuid references auth.users (id) on delete set null,
  moderated_at timestamptz check (
    moderated_at >= '2000-01-01 00:00:00+00' and moderated_at < '2100-01-01 00:00:00+00'),
  -- The post's status (server-owned, copied by the post's trigger): decides the audience.
  post_status text not null default 'published' check (post_status in ('published', 'hidden')),
  created_at timestamptz not null default now() check (
    created_at >= '2000-01-01 00:00:00+00' and created_at < '2100-01-01 00:00:00+00'),
  updated_at timestamptz not null default now() check (
    updated_at >= '2000-01-01 00:00:00+00' and updated_at < '2100-01-01 00:00:00+00'),
  sync_xid xid8 not null default pg_current_xact_id()
);
create index community_comments_post_id on public.community_comments (post_id);
create index community_comments_organisation_id on public.community_comments (organisation_id);
create index community_comments_author_id on public.community_comments (author_id);
create index community_comments_moderated_by on public.community_comments (moderated_by);

create table public.community_reactions (
  id uuid primary key,
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  post_id uuid not null references public.community_posts (id) on delete cascade,
  user_id uuid not null references auth.users (id) on delete cascade,
  kind text not null check (kind in ('useful', 'tried', 'thanks')),
  created_at timestamptz not null default now() check (
    created_at >= '2000-01-01 00:00:00+00' and created_at < '2100-01-01 00:00:00+00'),
  sync_xid xid8 not null default pg_current_xact_id(),
  unique (post_id, user_id, kind)
);
create index community_reactions_user_id on public.community_reactions (user_id);
create index community_reactions_organisation_id on public.community_reactions (organisation_id);

create table public.community_replications (
  id uuid primary key,
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  post_id uuid not null references public.community_posts (id) on delete cascade,
  user_id uuid not null references auth.users (id) on delete cascade,
  minutes_before integer not null check (minutes_before between 0 and 10000),
  minutes_after integer not null check (minutes_after between 0 and 10000),
  note text not null default '' check (char_length(note) <= 500),
  created_at timestamptz not null default now() check (
    created_at >= '2000-01-01 00:00:00+00' and created_at < '2100-01-01 00:00:00+00'),
  sync_xid xid8 not null default pg_current_xact_id(),
  unique (post_id, user_id)
);
create index community_replications_user_id on public.community_replications (user_id);
create index community_replications_organisation_id on public.community_replications (organisation_id);

create table public.community_reports (
  id uuid primary key,
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  target_table text not null check (target_table in ('community_posts', 'community_comments')),
  target_id uuid not null,
  reporter_id uuid not null references auth.users (id) on delete cascade,
  reason text not null check (reason in ('personal_data', 'wrong', 'offensive', 'spam', 'other')),
  note text not null default '' check (char_length(note) <= 500),
  created_at timestamptz not null default now() check (
    created_at >= '2000-01-01 00:00:00+00' and created_at < '2100-01-01 00:00:00+00'),
  resolved_at timestamptz check (
    resolved_at >= '2000-01-01 00:00:00+00' and resolved_at < '2100-01-01 00:00:00+00'),
  resolution text check (resolution in ('hidden', 'kept')),
  sync_xid xid8 not null default pg_current_xact_id(),
  unique (target_id, reporter_id)
);
create index community_reports_organisation_id on public.community_reports (organisation_id);
create index community_reports_reporter_id on public.community_reports (reporter_id);

-- A post's organisation, status and author, whoever may read it (for the triggers of rows
-- under a post: they copy its organisation and status).
create function private.community_post_info(p_post uuid)
returns table (organisation_id uuid, status text, author_id uuid)
language sql stable
security definer
set search_path = ''
as $$
  select p.organisation_id, p.status, p.author_id from public.community_posts p where p.id = p_post
$$;
revoke execute on function private.community_post_info(uuid) from public, anon;
grant execute on function private.community_post_info(uuid) to authenticated, service_role;

-- Recomputes a post's aggregates from its reactions, published comments and replications (the
-- median of minutes saved rounded half away from zero, as numeric rounds).
-- Locks the post first; the next statement takes a new snapshot, so concurrent writers that
-- committed while this one waited are counted (no lost update). Writes only when a figure changed.
create function private.refresh_community_post(p_post uuid) returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  counts jsonb;
  comments integer;
  replications integer;
  median integer;
begin
  perform 1 from public.community_posts p where p.id = p_post for no key update;
  if not found then
    return;
  end if;
  select jsonb_build_object(
      'useful', count(*) filter (where r.kind = 'useful'),
      'tried', count(*) filter (where r.kind = 'tried'),
      'thanks', count(*) filter (where r.kind = 'thanks'))
  into counts
  from public.community_reactions r where r.post_id = p_post;
  select count(*) into comments
  from public.community_comments c where c.post_id = p_post and c.status = 'published';
  select count(*), round((percentile_cont(0.5) within group (order by x.minutes_before - x.minutes_after))::numeric)
  into replications, median
  from public.community_replications x where x.post_id = p_post;
  update public.community_posts p set
    reaction_counts = counts,
    comment_count = comments,
    replication_count = replications,
    replication_median_saved = median
  where p.id = p_post
    and (p.reaction_counts, p.comment_count, p.replication_count, p.replication_median_saved)
      is distinct from (counts, comments, replications, median);
end
$$;
revoke execute on function private.refresh_community_post(uuid) from public, anon;

-- Posts: the server-owned columns (see the top of this file).
create function private.stamp_community_post() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  uid uuid := (select auth.uid());
  is_author boolean;
  moderator boolean;
  dept_org uuid;
begin
  if new.department_id is not null then
    select d.organisation_id into dept_org from public.departments d where d.id = new.department_id;
    if dept_org is distinct from new.organisation_id then
      raise exception 'invalid_row' using errcode = '23514',
        detail = 'The department belongs to another organisation.';
    end if;
  end if;

  if tg_op = 'INSERT' then
    if uid is null then
      -- The service role (a data import): it names the author and times.
      new.created_at := coalesce(new.created_at, now());
      new.updated_at := greatest(coalesce(new.updated_at, new.created_at), new.created_at);
      return new;
    end if;
    -- An upsert over an existing row: the update below decides (the proposed row becomes
    -- EXCLUDED, so nothing else may be reset here). The insert policy is still checked on the
    -- proposed row: it is the caller's (the update keeps the stored author).
    if private.sync_row_exists('community_posts', new.id) then
      new.author_id := uid;
      return new;
    end if;
    if new.author_id is not null and new.author_id <> uid then
      raise exception 'forbidden_author';
    end if;
    new.author_id := uid;
    new.created_at := now();
    new.updated_at := now();
    new.revision := 1;
    new.status := 'published';
    new.moderation_reason := null;
    new.moderated_by := null;
    new.moderated_at := null;
    new.reaction_counts := '{"useful": 0, "tried": 0, "thanks": 0}';
    new.comment_count := 0;
    new.replication_count := 0;
    new.replication_median_saved := null;
    return new;
  end if;

  if new.organisation_id is distinct from old.organisation_id then
    raise exception 'forbidden' using errcode = '42501',
      detail = 'A post stays in the organisation it was written in.';
  end if;
  new.author_id := old.author_id;
  new.created_at := old.created_at;
  if not private.community_server_write() then
    new.reaction_counts := old.reaction_counts;
    new.comment_count := old.comment_count;
    new.replication_count := old.replication_count;
    new.replication_median_saved := old.replication_median_saved;
  end if;
  if uid is not null then
    is_author := uid = old.author_id;
    moderator := private.community_is_moderator(old.organisation_id);
    if not is_author then
      new.kind := old.kind;
      new.title := old.title;
      new.body := old.body;
      new.task := old.task;
      new.department_id := old.department_id;
      new.tool := old.tool;
      new.prompt_text := old.prompt_text;
      new.minutes_before := old.minutes_before;
      new.minutes_after := old.minutes_after;
      new.data_class := old.data_class;
      new.tags := old.tags;
      new.source_kind := old.source_kind;
      new.source_id := old.source_id;
    end if;
    if not moderator then
      new.status := old.status;
      new.moderation_reason := old.moderation_reason;
    end if;
  end if;

  if (new.kind, new.title, new.body, new.task, new.department_id, new.tool, new.prompt_text,
      new.minutes_before, new.minutes_after, new.data_class, new.tags, new.source_kind, new.source_id)
    is distinct from
     (old.kind, old.title, old.body, old.task, old.department_id, old.tool, old.prompt_text,
      old.minutes_before, old.minutes_after, old.data_class, old.tags, old.source_kind, old.source_id)
  then
    new.revision := old.revision + 1;
    new.updated_at := now();
  else
    new.revision := old.revision;
    new.updated_at := old.updated_at;
  end if;
  if (new.status, new.moderation_reason) is distinct from (old.status, old.moderation_reason) then
    new.moderated_by := coalesce(uid, new.moderated_by);
    new.moderated_at := case when uid is null then coalesce(new.moderated_at, now()) else now() end;
    new.updated_at := now();
  else
    new.moderated_by := private.kept_user(old.moderated_by, new.moderated_by);
    new.moderated_at := old.moderated_at;
  end if;
  return new;
end
$$;
revoke execute on function private.stamp_community_post() from public, anon;

create trigger stamp_community_post before insert or update on public.community_posts
  for each row execute function private.stamp_community_post();

-- After an edit: the replaced text into the history; after a hide or restore: the comments
-- learn their post's status (which changes their audience). Security definer: the API roles
-- cannot write either table's server-owned parts.
create function private.after_community_post_update() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if new.revision <> old.revision then
    insert into private.community_post_revisions (
      post_id, revision, organisation_id, edited_by, kind, title, body, task, department_id, tool,
      prompt_text, minutes_before, minutes_after, data_class, tags, source_kind, source_id)
    values (
      old.id, old.revision, old.organisation_id, (select auth.uid()), old.kind, old.title, old.body,
      old.task, old.department_id, old.tool, old.prompt_text, old.minutes_before,
      old.minutes_after, old.data_class, old.tags, old.source_kind, old.source_id)
    on conflict (post_id, revision) do nothing;
  end if;
  if new.status <> old.status then
    update public.community_comments c set post_status = new.status
    where c.post_id = new.id and c.post_status <> new.status;
  end if;
  return null;
end
$$;
revoke execute on function private.after_community_post_update() from public, anon;

create trigger after_community_post_update after update on public.community_posts
  for each row execute function private.after_community_post_update();

-- Comments.
create function private.stamp_community_comment() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  uid uuid := (select auth.uid());
  post record;
begin
  if tg_op = 'INSERT' then
    select * into post from private.community_post_info(new.post_id);
    if found then
      new.organisation_id := post.organisation_id;
      new.post_status := post.status;
    end if;
    if uid is null then
      new.created_at := coalesce(new.created_at, now());
      new.updated_at := greatest(coalesce(new.updated_at, new.created_at), new.created_at);
      return new;
    end if;
    if private.sync_row_exists('community_comments', new.id) then
      new.author_id := uid;
      return new;
    end if;
    if new.author_id is not null and new.author_id <> uid then
      raise exception 'forbidden_author';
    end if;
    new.author_id := uid;
    new.created_at := now();
    new.updated_at := now();
    new.status := 'published';
    new.moderation_reason := null;
    new.moderated_by := null;
    new.moderated_at := null;
    return new;
  end if;

  if new.organisation_id is distinct from old.organisation_id then
    raise exception 'forbidden' using errcode = '42501',
      detail = 'A comment stays in the organisation it was written in.';
  end if;
  new.post_id := old.post_id;
  new.author_id := old.author_id;
  new.created_at := old.created_at;
  if not private.community_server_write() then
    new.post_status := old.post_status;
  end if;
  if uid is not null then
    if uid <> old.author_id then
      new.body := old.body;
    end if;
    if not private.community_is_moderator(old.organisation_id) then
      new.status := old.status;
      new.moderation_reason := old.moderation_reason;
    end if;
  end if;
  if new.body is distinct from old.body then
    new.updated_at := now();
  else
    new.updated_at := old.updated_at;
  end if;
  if (new.status, new.moderation_reason) is distinct from (old.status, old.moderation_reason) then
    new.moderated_by := coalesce(uid, new.moderated_by);
    new.moderated_at := case when uid is null then coalesce(new.moderated_at, now()) else now() end;
    new.updated_at := now();
  else
    new.moderated_by := private.kept_user(old.moderated_by, new.moderated_by);
    new.moderated_at := old.moderated_at;
  end if;
  return new;
end
$$;
revoke execute on function private.stamp_community_comment() from public, anon;

create trigger stamp_community_comment before insert or update on public.community_comments
  for each row execute function private.stamp_community_comment();

-- Reactions and replications: the person is the caller (sync_push fills it in as well), the
-- organisation is the post's, the post and created_at never change; a reaction never changes.
create function private.stamp_community_personal() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  uid uuid := (select auth.uid());
  post record;
begin
  if tg_op = 'INSERT' then
    select * into post from private.community_post_info(new.post_id);
    if found then
      new.organisation_id := post.organisation_id;
    end if;
    if uid is not null then
      new.user_id := uid;
      new.created_at := now();
    else
      new.created_at := coalesce(new.created_at, now());
    end if;
    return new;
  end if;
  new.organisation_id := old.organisation_id;
  new.post_id := old.post_id;
  new.user_id := old.user_id;
  new.created_at := old.created_at;
  if tg_table_name = 'community_reactions' then
    new.kind := old.kind;
  end if;
  return new;
end
$$;
revoke execute on function private.stamp_community_personal() from public, anon;

create trigger stamp_community_reaction before insert or update on public.community_reactions
  for each row execute function private.stamp_community_personal();
create trigger stamp_community_replication before insert or update on public.community_replications
  for each row execute function private.stamp_community_personal();

-- The post's aggregates after a reaction, comment or replication changed.
create function private.after_community_child() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  -- An update changes a figure only when a comment's status or a replication's minutes change
  -- (the fields are read through to_jsonb: each table has its own).
  if tg_op = 'UPDATE' then
    if tg_table_name = 'community_reactions' then
      return null;
    end if;
    if (to_jsonb(new) -> 'status', to_jsonb(new) -> 'minutes_before', to_jsonb(new) -> 'minutes_after')
      is not distinct from
       (to_jsonb(old) -> 'status', to_jsonb(old) -> 'minutes_before', to_jsonb(old) -> 'minutes_after')
    then
      return null;
    end if;
  end if;
  perform private.refresh_community_post(case when tg_op = 'DELETE' then old.post_id else new.post_id end);
  return null;
end
$$;
revoke execute on function private.after_community_child() from public, anon;

create trigger after_community_reaction after insert or update or delete on public.community_reactions
  for each row execute function private.after_community_child();
create trigger after_community_comment after insert or update or delete on public.community_comments
  for each row execute function private.after_community_child();
create trigger after_community_replication after insert or update or delete on public.community_replications
  for each row execute function private.after_community_child();

-- Reports.
create function private.stamp_community_report() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  uid uuid := (select auth.uid());
  target_org uuid;
begin
  if tg_op = 'INSERT' then
    if new.target_table = 'community_posts' then
      select p.organisation_id into target_org from private.community_post_info(new.target_id) p;
    elsif new.target_table = 'community_comments' then
      target_org := private.community_comment_org(new.target_id);
    end if;
    new.organisation_id := coalesce(target_org, new.organisation_id);
    if uid is null then
      new.created_at := coalesce(new.created_at, now());
      return new;
    end if;
    if private.sync_row_exists('community_reports', new.id) then
      new.reporter_id := uid;
      return new;
    end if;
    if new.reporter_id is not null and new.reporter_id <> uid then
      raise exception 'forbidden_author';
    end if;
    new.reporter_id := uid;
    new.created_at := now();
    new.resolved_at := null;
    new.resolution := null;
    return new;
  end if;

  new.organisation_id := old.organisation_id;
  new.target_table := old.target_table;
  new.target_id := old.target_id;
  new.reporter_id := old.reporter_id;
  new.created_at := old.created_at;
  if uid is not null then
    if uid <> old.reporter_id then
      new.reason := old.reason;
      new.note := old.note;
    end if;
    if not private.community_is_moderator(old.organisation_id) then
      new.resolution := old.resolution;
    end if;
  end if;
  if new.resolution is distinct from old.resolution then
    new.resolved_at := case when new.resolution is null then null
      when uid is null then coalesce(new.resolved_at, now()) else now() end;
  else
    new.resolved_at := old.resolved_at;
  end if;
  return new;
end
$$;
revoke execute on function private.stamp_community_report() from public, anon;

-- A comment's organisation, whoever may read it.
create function private.community_comment_org(p_comment uuid) returns uuid
language sql stable
security definer
set search_path = ''
as $$
  select c.organisation_id from public.community_comments c where c.id = p_comment
$$;
revoke execute on function private.community_comment_org(uuid) from public, anon;
grant execute on function private.community_comment_org(uuid) to authenticated, service_role;

create trigger stamp_community_report before insert or update on public.community_reports
  for each row execute function private.stamp_community_report();

-- A deleted post or comment takes its reports with it (their tombstones reach the reporter and
-- the moderators): nothing is left pointing at content that is gone.
create function private.delete_community_reports() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  delete from public.community_reports r
  where r.target_table = tg_table_name and r.target_id in (select o.id from old_rows o);
  return null;
end
$$;
revoke execute on function private.delete_community_reports() from public, anon;

create trigger delete_community_reports after delete on public.community_posts
  referencing old table as old_rows for each statement
  execute function private.delete_community_reports();
create trigger delete_community_reports after delete on public.community_comments
  referencing old table as old_rows for each statement
  execute function private.delete_community_reports();
create index community_reports_target on public.community_reports (target_table, target_id);

-- Row-level security.
alter table public.community_posts enable row level security;
alter table public.community_comments enable row level security;
alter table public.community_reactions enable row level security;
alter table public.community_replications enable row level security;
alter table public.community_reports enable row level security;

create policy community_posts_select on public.community_posts for select to authenticated
  using (
    author_id = (select auth.uid())
    or (status = 'published' and organisation_id in (select private.my_org_ids()))
    or organisation_id in (select private.my_org_ids_with_role(array['ambassador', 'admin']))
  );
create policy community_posts_insert on public.community_posts for insert to authenticated
  with check (
    author_id = (select auth.uid())
    and organisation_id in (select private.my_org_ids())
  );
-- (PostgreSQL checks the insert policy on the proposed row of an upsert over an existing row
-- too, so status and the stamps are not checked here: the trigger resets them on a new row.)
-- The trigger decides which columns each of them may change.
create policy community_posts_update on public.community_posts for update to authenticated
  using (
    (author_id = (select auth.uid()) and organisation_id in (select private.my_org_ids()))
    or organisation_id in (select private.my_org_ids_with_role(array['ambassador', 'admin']))
  )
  with check (
    (author_id = (select auth.uid()) and organisation_id in (select private.my_org_ids()))
    or organisation_id in (select private.my_org_ids_with_role(array['ambassador', 'admin']))
  );
create policy community_posts_delete on public.community_posts for delete to authenticated
  using (
    author_id = (select auth.uid())
    or organisation_id in (select private.my_org_ids_with_role(array['admin']))
  );

create policy community_comments_select on public.community_comments for select to authenticated
  using (
    author_id = (select auth.uid())
    or (status = 'published' and post_status = 'published'
      and organisation_id in (select private.my_org_ids()))
    or organisation_id in (select private.my_org_ids_with_role(array['ambassador', 'admin']))
  );
-- On a post the caller reads (a hidden post: its author and the moderators), of that post's
-- organisation (the trigger copied it).
create policy community_comments_insert on public.community_comments for insert to authenticated
  with check (
    author_id = (select auth.uid())
    and organisation_id in (select private.my_org_ids())
    and exists (
      select 1 from public.community_posts p
      where p.id = post_id and p.organisation_id = community_comments.organisation_id)
  );
create policy community_comments_update on public.community_comments for update to authenticated
  using (
    (author_id = (select auth.uid()) and organisation_id in (select private.my_org_ids()))
    or organisation_id in (select private.my_org_ids_with_role(array['ambassador', 'admin']))
  )
  with check (
    (author_id = (select auth.uid()) and organisation_id in (select private.my_org_ids()))
    or organisation_id in (select private.my_org_ids_with_role(array['ambassador', 'admin']))
  );
create policy community_comments_delete on public.community_comments for delete to authenticated
  using (
    author_id = (select auth.uid())
    or organisation_id in (select private.my_org_ids_with_role(array['admin']))
  );

-- Reactions: only the person. A new one only on a published post the caller reads.
create policy community_reactions_select on public.community_reactions for select to authenticated
  using (user_id = (select auth.uid()));
create policy community_reactions_insert on public.community_reactions for insert to authenticated
  with check (
    user_id = (select auth.uid())
    and organisation_id in (select private.my_org_ids())
    and exists (
      select 1 from public.community_posts p
      where p.id = post_id and p.status = 'published'
        and p.organisation_id = community_reactions.organisation_id)
  );
create policy community_reactions_update on public.community_reactions for update to authenticated
  using (user_id = (select auth.uid()))
  with check (user_id = (select auth.uid()));
create policy community_reactions_delete on public.community_reactions for delete to authenticated
  using (user_id = (select auth.uid()));

-- Replications: as reactions, and never on one's own post (a second, independent figure).
create policy community_replications_select on public.community_replications for select to authenticated
  using (user_id = (select auth.uid()));
create policy community_replications_insert on public.community_replications for insert to authenticated
  with check (
    user_id = (select auth.uid())
    and organisation_id in (select private.my_org_ids())
    and exists (
      select 1 from public.community_posts p
      where p.id = post_id and p.status = 'published'
        and p.organisation_id = community_replications.organisation_id
        and p.author_id <> (select auth.uid()))
  );
create policy community_replications_update on public.community_replications for update to authenticated
  using (user_id = (select auth.uid()))
  with check (user_id = (select auth.uid()));
create policy community_replications_delete on public.community_replications for delete to authenticated
  using (user_id = (select auth.uid()));

-- Reports: the reporter and the organisation's ambassadors and admins (HR as such: no).
create policy community_reports_select on public.community_reports for select to authenticated
  using (
    reporter_id = (select auth.uid())
    or organisation_id in (select private.my_org_ids_with_role(array['ambassador', 'admin']))
  );
-- Of a post or comment the caller reads, in its organisation.
create policy community_reports_insert on public.community_reports for insert to authenticated
  with check (
    reporter_id = (select auth.uid())
    and organisation_id in (select private.my_org_ids())
    and case target_table
      when 'community_posts' then exists (
        select 1 from public.community_posts p
        where p.id = target_id and p.organisation_id = community_reports.organisation_id)
      when 'community_comments' then exists (
        select 1 from public.community_comments c
        where c.id = target_id and c.organisation_id = community_reports.organisation_id)
      else false
    end
  );
create policy community_reports_update on public.community_reports for update to authenticated
  using (
    (reporter_id = (select auth.uid()) and organisation_id in (select private.my_org_ids()))
    or organisation_id in (select private.my_org_ids_with_role(array['ambassador', 'admin']))
  )
  with check (
    (reporter_id = (select auth.uid()) and organisation_id in (select private.my_org_ids()))
    or organisation_id in (select private.my_org_ids_with_role(array['ambassador', 'admin']))
  );
create policy community_reports_delete on public.community_reports for delete to authenticated
  using (
    reporter_id = (select auth.uid())
    or organisation_id in (select private.my_org_ids_with_role(array['admin']))
  );

do $$
declare
  t text;
begin
  foreach t in array array['community_posts', 'community_comments', 'community_reactions',
    'community_replications', 'community_reports']
  loop
    execute format('revoke all on public.%I from anon', t);
    execute format('grant select, insert, update, delete on public.%I to authenticated', t);
  end loop;
end
$$;

select private.register_synced_table('community_posts', 'org', 'author_id', 'organisation_id',
  p_audience => $$case when r.status = 'published' then private.all_roles()
    else array['ambassador', 'admin'] end$$);
select private.register_synced_table('community_comments', 'org', 'author_id', 'organisation_id',
  p_audience => $$case when r.status = 'published' and r.post_status = 'published'
    then private.all_roles() else array['ambassador', 'admin'] end$$);
select private.register_synced_table('community_reactions', 'personal', 'user_id', 'organisation_id',
  p_audience => 'null');
select private.register_synced_table('community_replications', 'personal', 'user_id', 'organisation_id',
  p_audience => 'null');
select private.register_synced_table('community_reports', 'org', 'reporter_id', 'organisation_id',
  p_audience => $$array['ambassador', 'admin']$$);
