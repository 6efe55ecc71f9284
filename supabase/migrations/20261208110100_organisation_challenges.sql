-- Organisation challenges (PRODUCT.md F3, issue 16): an ambassador turns a community post (a use
-- case) into a challenge of the organisation — task, example prompt, checklist and department
-- prefilled from the post, edited — credited to the post's author, who agrees first.
--
-- Status: awaiting_author → published (the author agrees) or declined (the author says no);
-- an ambassador may edit a declined one and ask again (→ awaiting_author), retire a published one
-- (→ retired) and bring a retired one back (→ published). Nobody publishes on the author's behalf.
--
-- Server-owned: created_by (the caller), credited_user_id (the post's author), organisation_id
-- (the post's), created_at and updated_at. Content (title, task, example_prompt, checklist,
-- department_id) changes only while awaiting the author or declined: once the author agreed, the
-- text they agreed to stays.
--
-- Audience (select policy and sync audience): the credited author always; the organisation's
-- ambassadors and admins always; every member once published (and after retirement, so that an
-- attempt keeps its challenge's text; the app lists only published ones).
--
-- source_post_id has no foreign key: community posts live in another migration of the same wave,
-- looked up here by name (to_regclass), so this file applies whatever order the wave lands in.

create table public.organisation_challenges (
  id uuid primary key,
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  source_post_id uuid,
  credited_user_id uuid references auth.users (id) on delete set null,
  created_by uuid references auth.users (id) on delete set null,
  title text not null check (char_length(title) between 1 and 140),
  task text not null check (char_length(task) between 1 and 2000),
  example_prompt text not null default '' check (char_length(example_prompt) <= 4000),
  checklist text[] not null default '{}'
    check (cardinality(checklist) <= 10 and private.valid_text_items(checklist, 200)),
  department_id uuid references public.departments (id) on delete set null,
  status text not null default 'awaiting_author'
    check (status in ('awaiting_author', 'declined', 'published', 'retired')),
  created_at timestamptz not null default now()
    check (created_at >= '2000-01-01 00:00:00+00' and created_at < '2100-01-01 00:00:00+00'),
  updated_at timestamptz not null default now()
    check (updated_at >= '2000-01-01 00:00:00+00' and updated_at < '2100-01-01 00:00:00+00'),
  sync_xid xid8 not null default pg_current_xact_id()
);
create index organisation_challenges_organisation_id on public.organisation_challenges (organisation_id);
create index organisation_challenges_credited_user_id on public.organisation_challenges (credited_user_id);
create index organisation_challenges_created_by on public.organisation_challenges (created_by);
create index organisation_challenges_department_id on public.organisation_challenges (department_id);

-- The author and organisation of a community post (null when there is no such post). Security
-- definer: the ambassador reads the post anyway; this only names its author.
create function private.community_post_author(p_post uuid) returns table (author_id uuid, organisation_id uuid)
language plpgsql stable
security definer
set search_path = ''
as $$
begin
  if p_post is null or pg_catalog.to_regclass('public.community_posts') is null then
    return;
  end if;
  return query execute
    'select p.author_id, p.organisation_id from public.community_posts p where p.id = $1'
    using p_post;
end
$$;
revoke execute on function private.community_post_author(uuid) from public, anon;
grant execute on function private.community_post_author(uuid) to authenticated, service_role;

-- Whether a challenge with this id exists: an upsert of an existing one is decided by the update
-- trigger and policy (see private.idea_exists in 20261208110000_ideas.sql).
create function private.organisation_challenge_exists(p_id uuid) returns boolean
language sql stable
security definer
set search_path = ''
as $$
  select exists (select 1 from public.organisation_challenges c where c.id = p_id)
$$;
revoke execute on function private.organisation_challenge_exists(uuid) from public, anon;
grant execute on function private.organisation_challenge_exists(uuid) to authenticated, service_role;

create function private.organisation_challenge_credit(p_id uuid) returns uuid
language sql stable
security definer
set search_path = ''
as $$
  select c.credited_user_id from public.organisation_challenges c where c.id = p_id
$$;
revoke execute on function private.organisation_challenge_credit(uuid) from public, anon;
grant execute on function private.organisation_challenge_credit(uuid) to authenticated, service_role;

create function private.stamp_organisation_challenge() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  uid uuid := (select auth.uid());
  post record;
  steward boolean;
  is_author boolean;
  transition text;
begin
  if tg_op = 'INSERT' then
    if private.organisation_challenge_exists(new.id) then
      -- An upsert of an existing challenge: the update trigger decides. The proposed row takes
      -- the stored credit, so that the credited author passes the select check of an upsert.
      new.credited_user_id := private.organisation_challenge_credit(new.id);
      return new;
    end if;
    new.created_at := now();
    new.updated_at := now();
    if uid is null then
      return new;  -- the service role (demo data) names what it loads
    end if;
    select * into post from private.community_post_author(new.source_post_id);
    if post.organisation_id is null or post.organisation_id <> new.organisation_id then
      raise exception 'forbidden' using errcode = '42501',
        detail = 'An organisation challenge is made from a post of the same organisation.';
    end if;
    new.created_by := uid;
    new.credited_user_id := post.author_id;
    new.status := 'awaiting_author';
    return new;
  end if;

  if new.organisation_id is distinct from old.organisation_id then
    raise exception 'forbidden' using errcode = '42501',
      detail = 'A challenge stays in its organisation.';
  end if;
  new.source_post_id := old.source_post_id;
  new.credited_user_id := private.kept_user(old.credited_user_id, new.credited_user_id);
  new.created_by := private.kept_user(old.created_by, new.created_by);
  new.created_at := old.created_at;
  if uid is null then
    new.updated_at := now();
    return new;
  end if;
  is_author := old.credited_user_id = uid;
  steward := new.organisation_id in (select private.my_org_ids_with_role(array['ambassador', 'admin']));
  if not steward or old.status not in ('awaiting_author', 'declined') then
    new.title := old.title;
    new.task := old.task;
    new.example_prompt := old.example_prompt;
    new.checklist := old.checklist;
    new.department_id := old.department_id;
  end if;
  if new.status is distinct from old.status then
    transition := old.status || '>' || new.status;
    if not (
      (is_author and transition in ('awaiting_author>published', 'awaiting_author>declined'))
      or (steward and transition in ('published>retired', 'retired>published', 'declined>awaiting_author'))
    ) then
      raise exception 'forbidden' using errcode = '42501',
        detail = 'Only the credited author publishes; ambassadors retire and ask again.';
    end if;
  end if;
  if (new.title, new.task, new.example_prompt, new.checklist, new.department_id, new.status)
    is distinct from
     (old.title, old.task, old.example_prompt, old.checklist, old.department_id, old.status) then
    new.updated_at := now();
  else
    new.updated_at := old.updated_at;
  end if;
  return new;
end
$$;
revoke execute on function private.stamp_organisation_challenge() from public, anon;

create trigger stamp_organisation_challenge before insert or update on public.organisation_challenges
  for each row execute function private.stamp_organisation_challenge();

alter table public.organisation_challenges enable row level security;

create policy organisation_challenges_select on public.organisation_challenges for select to authenticated
  using (
    credited_user_id = (select auth.uid())
    or organisation_id in (select private.my_org_ids_with_role(array['ambassador', 'admin']))
    or (status in ('published', 'retired') and organisation_id in (select private.my_org_ids()))
  );
create policy organisation_challenges_insert on public.organisation_challenges for insert to authenticated
  with check (
    (created_by = (select auth.uid())
      and organisation_id in (select private.my_org_ids_with_role(array['ambassador', 'admin'])))
    or private.organisation_challenge_exists(id)
  );
create policy organisation_challenges_update on public.organisation_challenges for update to authenticated
  using (
    (credited_user_id = (select auth.uid()) and organisation_id in (select private.my_org_ids()))
    or organisation_id in (select private.my_org_ids_with_role(array['ambassador', 'admin']))
  )
  with check (organisation_id in (select private.my_org_ids()));
create policy organisation_challenges_delete on public.organisation_challenges for delete to authenticated
  using (
    organisation_id in (select private.my_org_ids_with_role(array['admin']))
    or (status in ('awaiting_author', 'declined')
      and organisation_id in (select private.my_org_ids_with_role(array['ambassador'])))
  );

revoke all on public.organisation_challenges from anon;
grant select, insert, update, delete on public.organisation_challenges to authenticated;

select private.register_synced_table('organisation_challenges', 'org', 'credited_user_id', 'organisation_id',
  p_audience => $$case when r.status in ('published', 'retired') then private.all_roles()
    else array['ambassador', 'admin'] end$$);
