-- The organisation's shared prompt library (PRODUCT.md P1, P2).
-- Members read approved (and retired) prompts and their own submissions, and submit new ones;
-- ambassadors and admins curate. Every edit is a revision; prompt_revisions is the history.

create table public.prompts (
  id uuid primary key,
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  author_id uuid default auth.uid() references auth.users (id) on delete set null,
  title text not null check (length(title) between 1 and 200),
  body text not null check (length(body) between 1 and 20000),
  department text check (length(department) <= 60),
  task text check (length(task) <= 200),
  tools text[] not null default '{}',
  level text check (level in ('basic', 'intermediate', 'expert')),
  data_class text not null default 'green' check (data_class in ('green', 'yellow', 'red')),
  tags text[] not null default '{}',
  status text not null default 'submitted' check (status in ('submitted', 'approved', 'retired')),
  featured boolean not null default false,
  revision integer not null default 1 check (revision >= 1),
  updated_at timestamptz not null default now(),
  updated_by uuid default auth.uid() references auth.users (id) on delete set null,
  sync_xid xid8 not null default pg_current_xact_id()
);
create index prompts_organisation_id on public.prompts (organisation_id);
create index prompts_author_id on public.prompts (author_id);
create index prompts_updated_by on public.prompts (updated_by);

create table public.prompt_revisions (
  id uuid primary key,
  prompt_id uuid not null references public.prompts (id) on delete cascade,
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  revision integer not null check (revision >= 1),
  author_id uuid default auth.uid() references auth.users (id) on delete set null,
  title text not null,
  body text not null,
  department text,
  task text,
  tools text[] not null default '{}',
  level text,
  data_class text not null,
  tags text[] not null default '{}',
  status text not null,
  featured boolean not null default false,
  -- The revision the editor saw; lower than revision - 1 when this edit overtook another.
  based_on_revision integer,
  created_at timestamptz not null default now(),
  sync_xid xid8 not null default pg_current_xact_id(),
  unique (prompt_id, revision)
);
create index prompt_revisions_organisation_id on public.prompt_revisions (organisation_id);
create index prompt_revisions_author_id on public.prompt_revisions (author_id);

-- "I used this — it saved me N minutes": a personal event tied to the organisation.
create table public.prompt_uses (
  id uuid primary key,
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  prompt_id uuid not null references public.prompts (id) on delete cascade,
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  minutes_saved integer not null default 0 check (minutes_saved between 0 and 10000),
  used_at timestamptz not null default now(),
  sync_xid xid8 not null default pg_current_xact_id()
);
create index prompt_uses_user_id on public.prompt_uses (user_id);
create index prompt_uses_prompt_id on public.prompt_uses (prompt_id);
create index prompt_uses_organisation_id on public.prompt_uses (organisation_id);

-- Whether the caller may change this prompt now: a curator of its organisation, or its
-- author while it is still a submission.
create function private.can_edit_prompt(p_prompt_id uuid) returns boolean
language sql stable
security definer
set search_path = ''
as $$
  select exists (
    select 1
    from public.prompts p
    join public.memberships m
      on m.organisation_id = p.organisation_id and m.user_id = (select auth.uid())
    where p.id = p_prompt_id
      and (m.roles && array['ambassador', 'admin'] or (p.author_id = m.user_id and p.status = 'submitted'))
  )
$$;
revoke execute on function private.can_edit_prompt(uuid) from public;
grant execute on function private.can_edit_prompt(uuid) to authenticated;

alter table public.prompts enable row level security;
alter table public.prompt_revisions enable row level security;
alter table public.prompt_uses enable row level security;

create policy prompts_select on public.prompts for select to authenticated
  using (
    organisation_id in (select private.my_org_ids_with_role(array['ambassador', 'admin']))
    or (
      organisation_id in (select private.my_org_ids())
      and (status <> 'submitted' or author_id = (select auth.uid()))
    )
  );
create policy prompts_insert on public.prompts for insert to authenticated
  with check (
    organisation_id in (select private.my_org_ids_with_role(array['ambassador', 'admin']))
    or (
      organisation_id in (select private.my_org_ids())
      and author_id = (select auth.uid())
      and status = 'submitted'
      and not featured
    )
  );
create policy prompts_update on public.prompts for update to authenticated
  using (
    organisation_id in (select private.my_org_ids_with_role(array['ambassador', 'admin']))
    or (
      organisation_id in (select private.my_org_ids())
      and author_id = (select auth.uid())
      and status = 'submitted'
    )
  )
  with check (
    organisation_id in (select private.my_org_ids_with_role(array['ambassador', 'admin']))
    or (
      organisation_id in (select private.my_org_ids())
      and author_id = (select auth.uid())
      and status = 'submitted'
      and not featured
    )
  );
create policy prompts_delete on public.prompts for delete to authenticated
  using (organisation_id in (select private.my_org_ids_with_role(array['ambassador', 'admin'])));

-- History follows the prompt's visibility; it is written with each edit and never changed.
create policy prompt_revisions_select on public.prompt_revisions for select to authenticated
  using (
    organisation_id in (select private.my_org_ids())
    and exists (select 1 from public.prompts p where p.id = prompt_id)
  );
create policy prompt_revisions_insert on public.prompt_revisions for insert to authenticated
  with check (
    author_id = (select auth.uid())
    and organisation_id in (select private.my_org_ids())
    and private.can_edit_prompt(prompt_id)
  );

create policy prompt_uses_select on public.prompt_uses for select to authenticated
  using (user_id = (select auth.uid()));
create policy prompt_uses_insert on public.prompt_uses for insert to authenticated
  with check (
    user_id = (select auth.uid()) and organisation_id in (select private.my_org_ids())
  );
create policy prompt_uses_update on public.prompt_uses for update to authenticated
  using (user_id = (select auth.uid()))
  with check (
    user_id = (select auth.uid()) and organisation_id in (select private.my_org_ids())
  );
create policy prompt_uses_delete on public.prompt_uses for delete to authenticated
  using (user_id = (select auth.uid()));

-- When a submission is approved its history becomes visible to members: touch the revisions
-- so that their next pull delivers them.
create function private.touch_prompt_revisions() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if new.status is distinct from old.status then
    update public.prompt_revisions set sync_xid = pg_current_xact_id() where prompt_id = new.id;
  end if;
  return new;
end
$$;
create trigger touch_prompt_revisions after update of status on public.prompts
  for each row execute function private.touch_prompt_revisions();

revoke all on public.prompts, public.prompt_revisions, public.prompt_uses from anon;
grant select, insert, update, delete on public.prompts, public.prompt_uses to authenticated;
grant select, insert on public.prompt_revisions to authenticated;

select private.register_synced_table('prompts', 'revisioned', 'author_id', 'organisation_id');
select private.register_synced_table('prompt_revisions', 'org', 'author_id', 'organisation_id', false);
select private.register_synced_table('prompt_uses', 'personal', 'user_id', 'organisation_id');
