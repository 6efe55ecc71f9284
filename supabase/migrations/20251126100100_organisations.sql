-- Organisations, their structure and who belongs to them; the person's own profile.
-- Membership is always looked up live in the database, so removing one takes effect at once.

create table public.organisations (
  id uuid primary key default gen_random_uuid(),
  name text not null check (length(name) between 1 and 200),
  -- HR aggregates suppress every cell with fewer people than this (PRODUCT.md X1).
  min_group_size integer not null default 5 check (min_group_size >= 3),
  created_at timestamptz not null default now(),
  sync_xid xid8 not null default pg_current_xact_id()
);

create table public.departments (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  name text not null check (length(name) between 1 and 200),
  created_at timestamptz not null default now(),
  sync_xid xid8 not null default pg_current_xact_id()
);
create index departments_organisation_id on public.departments (organisation_id);

create table public.job_roles (
  id uuid primary key default gen_random_uuid(),
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  department_id uuid references public.departments (id) on delete set null,
  name text not null check (length(name) between 1 and 200),
  created_at timestamptz not null default now(),
  sync_xid xid8 not null default pg_current_xact_id()
);
create index job_roles_organisation_id on public.job_roles (organisation_id);
create index job_roles_department_id on public.job_roles (department_id);

create table public.memberships (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id) on delete cascade,
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  roles text[] not null default array['member']
    check (cardinality(roles) >= 1 and roles <@ array['member', 'ambassador', 'hr', 'admin']),
  department_id uuid references public.departments (id) on delete set null,
  job_role_id uuid references public.job_roles (id) on delete set null,
  created_at timestamptz not null default now(),
  sync_xid xid8 not null default pg_current_xact_id(),
  unique (user_id, organisation_id)
);
create index memberships_organisation_id on public.memberships (organisation_id);
create index memberships_department_id on public.memberships (department_id);
create index memberships_job_role_id on public.memberships (job_role_id);

create table public.invites (
  id uuid primary key default gen_random_uuid(),
  code text not null unique check (length(code) between 6 and 64),
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  role text not null default 'member' check (role in ('member', 'ambassador', 'hr', 'admin')),
  expires_at timestamptz not null default now() + interval '30 days',
  max_uses integer check (max_uses is null or max_uses > 0),
  uses integer not null default 0 check (uses >= 0),
  created_by uuid default auth.uid() references auth.users (id) on delete set null,
  created_at timestamptz not null default now(),
  sync_xid xid8 not null default pg_current_xact_id()
);
create index invites_organisation_id on public.invites (organisation_id);
create index invites_created_by on public.invites (created_by);

-- One per person: id is the auth user id.
create table public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  display_name text not null check (length(display_name) between 1 and 60),
  language text not null default 'nb' check (language in ('nb', 'en')),
  updated_at timestamptz not null default now(),
  sync_xid xid8 not null default pg_current_xact_id()
);

-- Helpers for policies. Security definer so they can read memberships under RLS without
-- recursion; in the private schema, which the API does not expose.
create function private.my_org_ids() returns setof uuid
language sql stable
security definer
set search_path = ''
as $$
  select organisation_id from public.memberships where user_id = (select auth.uid())
$$;

-- Organisations in which the caller holds at least one of `wanted` roles.
create function private.my_org_ids_with_role(wanted text[]) returns setof uuid
language sql stable
security definer
set search_path = ''
as $$
  select organisation_id from public.memberships
  where user_id = (select auth.uid()) and roles && wanted
$$;

create function private.is_member(org uuid) returns boolean
language sql stable
security definer
set search_path = ''
as $$
  select exists (
    select 1 from public.memberships where user_id = (select auth.uid()) and organisation_id = org
  )
$$;

revoke execute on function private.my_org_ids() from public;
revoke execute on function private.my_org_ids_with_role(text[]) from public;
revoke execute on function private.is_member(uuid) from public;
grant execute on function private.my_org_ids() to authenticated;
grant execute on function private.my_org_ids_with_role(text[]) to authenticated;
grant execute on function private.is_member(uuid) to authenticated;

alter table public.organisations enable row level security;
alter table public.departments enable row level security;
alter table public.job_roles enable row level security;
alter table public.memberships enable row level security;
alter table public.invites enable row level security;
alter table public.profiles enable row level security;

-- Organisations are created by the service role (onboarding); members read, admins rename.
create policy organisations_select on public.organisations for select to authenticated
  using (id in (select private.my_org_ids()));
create policy organisations_update on public.organisations for update to authenticated
  using (id in (select private.my_org_ids_with_role(array['admin'])))
  with check (id in (select private.my_org_ids_with_role(array['admin'])));

create policy departments_select on public.departments for select to authenticated
  using (organisation_id in (select private.my_org_ids()));
create policy departments_insert on public.departments for insert to authenticated
  with check (organisation_id in (select private.my_org_ids_with_role(array['admin'])));
create policy departments_update on public.departments for update to authenticated
  using (organisation_id in (select private.my_org_ids_with_role(array['admin'])))
  with check (organisation_id in (select private.my_org_ids_with_role(array['admin'])));
create policy departments_delete on public.departments for delete to authenticated
  using (organisation_id in (select private.my_org_ids_with_role(array['admin'])));

create policy job_roles_select on public.job_roles for select to authenticated
  using (organisation_id in (select private.my_org_ids()));
create policy job_roles_insert on public.job_roles for insert to authenticated
  with check (organisation_id in (select private.my_org_ids_with_role(array['admin'])));
create policy job_roles_update on public.job_roles for update to authenticated
  using (organisation_id in (select private.my_org_ids_with_role(array['admin'])))
  with check (organisation_id in (select private.my_org_ids_with_role(array['admin'])));
create policy job_roles_delete on public.job_roles for delete to authenticated
  using (organisation_id in (select private.my_org_ids_with_role(array['admin'])));

-- A person sees their own memberships; admins see and manage those of their organisation;
-- anyone may leave an organisation.
create policy memberships_select on public.memberships for select to authenticated
  using (
    user_id = (select auth.uid())
    or organisation_id in (select private.my_org_ids_with_role(array['admin']))
  );
create policy memberships_insert on public.memberships for insert to authenticated
  with check (organisation_id in (select private.my_org_ids_with_role(array['admin'])));
create policy memberships_update on public.memberships for update to authenticated
  using (organisation_id in (select private.my_org_ids_with_role(array['admin'])))
  with check (organisation_id in (select private.my_org_ids_with_role(array['admin'])));
create policy memberships_delete on public.memberships for delete to authenticated
  using (
    user_id = (select auth.uid())
    or organisation_id in (select private.my_org_ids_with_role(array['admin']))
  );

create policy invites_select on public.invites for select to authenticated
  using (organisation_id in (select private.my_org_ids_with_role(array['admin'])));
create policy invites_insert on public.invites for insert to authenticated
  with check (organisation_id in (select private.my_org_ids_with_role(array['admin'])));
create policy invites_update on public.invites for update to authenticated
  using (organisation_id in (select private.my_org_ids_with_role(array['admin'])))
  with check (organisation_id in (select private.my_org_ids_with_role(array['admin'])));
create policy invites_delete on public.invites for delete to authenticated
  using (organisation_id in (select private.my_org_ids_with_role(array['admin'])));

create policy profiles_select on public.profiles for select to authenticated
  using (id = (select auth.uid()));
create policy profiles_insert on public.profiles for insert to authenticated
  with check (id = (select auth.uid()));
create policy profiles_update on public.profiles for update to authenticated
  using (id = (select auth.uid())) with check (id = (select auth.uid()));
create policy profiles_delete on public.profiles for delete to authenticated
  using (id = (select auth.uid()));

-- The anonymous role reads and writes nothing here.
revoke all on public.organisations, public.departments, public.job_roles, public.memberships,
  public.invites, public.profiles from anon;
grant select, insert, update, delete on public.organisations, public.departments,
  public.job_roles, public.memberships, public.invites, public.profiles to authenticated;

select private.register_synced_table('organisations', 'org', null, 'id');
select private.register_synced_table('departments', 'org', null, 'organisation_id');
select private.register_synced_table('job_roles', 'org', null, 'organisation_id');
select private.register_synced_table('memberships', 'org', 'user_id', 'organisation_id');
select private.register_synced_table('invites', 'org', null, 'organisation_id');
select private.register_synced_table('profiles', 'personal', 'id', null);
