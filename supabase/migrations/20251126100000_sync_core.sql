-- Sync machinery shared by every synced table (see ARCHITECTURE.md, "The sync contract").
--
-- HOW TO ADD A SYNCED TABLE (one small step):
--   1. create table public.<name> (id uuid primary key, ... , sync_xid xid8 not null default pg_current_xact_id());
--      enable row level security and write its policies (rule 8: `(select auth.uid())`, indexes);
--      `revoke all ... from anon; grant select, insert, update, delete ... to authenticated;`
--   2. select private.register_synced_table('<name>', '<kind>', '<owner column>', '<org column>',
--        p_audience => '<who reads a row>');  -- the audience: see 20261207100000_sync_audience.sql
--      kind: 'personal'   own rows of one person; the owner column (usually user_id) is filled from
--                         auth.uid() on push, another person's id is rejected (forbidden_author);
--            'org'        organisation content, changed under RLS (e.g. departments by admins);
--            'revisioned' shared editable content: every push is a new revision (see sync_push).
--      The call adds the triggers (write xid, tombstone on delete), the pull index and the
--      registry row; sync_push and sync_pull then handle the table with no other change.
--
-- Pull cursors are safe against late commits: every write records pg_current_xact_id() in
-- sync_xid, and sync_pull only delivers rows whose xid is below the xmin of its snapshot, i.e.
-- whose writing transaction, and every one before it, has finished.

create schema if not exists private;
revoke all on schema private from public;
grant usage on schema private to authenticated, service_role;
alter default privileges in schema private revoke execute on functions from public;

create table private.synced_tables (
  table_name text primary key,
  kind text not null check (kind in ('personal', 'org', 'revisioned')),
  owner_column text,
  org_column text,
  pushable boolean not null default true
);
alter table private.synced_tables enable row level security;

-- Deleted rows, so other devices learn of the delete. Kept at least 90 days (prune_sync_log).
create table private.sync_tombstones (
  table_name text not null,
  row_id uuid not null,
  user_id uuid,
  organisation_id uuid,
  sync_xid xid8 not null default pg_current_xact_id(),
  deleted_at timestamptz not null default now(),
  primary key (table_name, row_id, sync_xid)
);
create index sync_tombstones_xid on private.sync_tombstones (sync_xid);
create index sync_tombstones_deleted_at on private.sync_tombstones (deleted_at);
create index sync_tombstones_user on private.sync_tombstones (user_id);
create index sync_tombstones_org on private.sync_tombstones (organisation_id);
alter table private.sync_tombstones enable row level security;

-- One row: the highest xid of a tombstone pruned so far. A cursor below it has missed deletes.
create table private.sync_state (
  singleton boolean primary key default true check (singleton),
  pruned_xid xid8 not null default '0'::xid8
);
insert into private.sync_state default values;
alter table private.sync_state enable row level security;

-- Idempotency: every mutation id a user pushed, with the result that was answered.
create table private.sync_mutations (
  user_id uuid not null,
  mutation_id uuid not null,
  result jsonb,
  created_at timestamptz not null default now(),
  primary key (user_id, mutation_id)
);
create index sync_mutations_created_at on private.sync_mutations (created_at);
alter table private.sync_mutations enable row level security;

-- The tables above are reached only through security definer functions (which run as their
-- owner); no API role reads or writes them directly.
create policy no_direct_access on private.synced_tables as restrictive for all to public using (false);
create policy no_direct_access on private.sync_tombstones as restrictive for all to public using (false);
create policy no_direct_access on private.sync_state as restrictive for all to public using (false);
create policy no_direct_access on private.sync_mutations as restrictive for all to public using (false);

-- Stamps the writing transaction's id on every insert and update.
create function private.stamp_sync_xid() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.sync_xid := pg_current_xact_id();
  return new;
end
$$;

-- Records a tombstone; the trigger arguments name the owner and organisation columns (or '').
create function private.record_tombstone() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  old_row jsonb := to_jsonb(old);
begin
  insert into private.sync_tombstones (table_name, row_id, user_id, organisation_id)
  values (
    tg_table_name,
    old.id,
    nullif(old_row ->> nullif(tg_argv[0], ''), '')::uuid,
    nullif(old_row ->> nullif(tg_argv[1], ''), '')::uuid
  )
  on conflict do nothing;
  return old;
end
$$;

create function private.register_synced_table(
  p_table text,
  p_kind text,
  p_owner_column text default null,
  p_org_column text default null,
  p_pushable boolean default true
) returns void
language plpgsql
set search_path = ''
as $$
begin
  insert into private.synced_tables (table_name, kind, owner_column, org_column, pushable)
  values (p_table, p_kind, p_owner_column, p_org_column, p_pushable);
  execute format(
    'create trigger stamp_sync_xid before insert or update on public.%I
       for each row execute function private.stamp_sync_xid()', p_table);
  execute format(
    'create trigger record_tombstone after delete on public.%I
       for each row execute function private.record_tombstone(%L, %L)',
    p_table, coalesce(p_owner_column, ''), coalesce(p_org_column, ''));
  execute format('create index %I on public.%I (sync_xid, id)', p_table || '_sync_xid', p_table);
end
$$;
revoke execute on function private.register_synced_table(text, text, text, text, boolean) from public;

-- Drops tombstones and mutation ids older than `keep`; devices whose cursor predates the newest
-- dropped tombstone are told to resync from scratch. Run daily (e.g. with pg_cron).
create function private.prune_sync_log(keep interval default interval '90 days') returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  pruned xid8;
begin
  if keep < interval '90 days' then
    raise exception 'tombstones are kept at least 90 days';
  end if;
  with gone as (
    delete from private.sync_tombstones where deleted_at < now() - keep returning sync_xid
  )
  select max(sync_xid) into pruned from gone;
  if pruned is not null then
    update private.sync_state set pruned_xid = greatest(pruned_xid, pruned);
  end if;
  delete from private.sync_mutations where created_at < now() - keep;
end
$$;
revoke execute on function private.prune_sync_log(interval) from public;
