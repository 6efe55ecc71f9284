-- Audience of deletes and revocations (ARCHITECTURE.md, "The sync contract", Audience): a delete,
-- and any change that takes a row out of someone's sight, reaches every device whose person could
-- read the row before — decided by the same rule as the table's read policy — and nobody else.
--
-- HOW TO ADD A SYNCED TABLE (replaces step 2 of the note at the top of *_sync_core.sql):
--   select private.register_synced_table('<name>', '<kind>', '<owner column>', '<org column>',
--     p_audience => '<roles expression>');
--   The audience says who reads a row, as the table's select policy does:
--     * the owner (owner column), always;
--     * the members of the row's organisation (org column) holding one of the roles that the
--       roles expression gives: an SQL expression over the row `r` (a public.<name>), e.g.
--         private.all_roles()                               every member
--         array['admin']                                    admins only
--         case when r.submitted_for_review then array['ambassador'] end   shared for review
--       'null': nobody but the owner. Required when the table has an org column.
--   A table whose rows are visible exactly when a parent row is (prompt_revisions follows
--   prompts) also names the parent: p_parent_table => 'prompts', p_parent_column => 'prompt_id';
--   its rows are then deleted (or revoked) wherever the parent is.
--   If a table's select policy changes, change its audience with private.set_sync_audience().
--
-- How it works:
--   * a delete writes a tombstone per row with the audience of the deleted row;
--   * an update that shrinks the audience (an org or role no longer in it, another owner) writes a
--     revocation: a tombstone (revoked = true) for those who could read the old row, with the
--     roles and owner that still read the new one (kept_roles, kept_user_id), who are not sent it;
--   * sync_pull sends a tombstone to its audience. Any change of a person's memberships or roles
--     answers the next pull with a reset (sync_fingerprint), so the roles of a pull are those of
--     the cursor it continues: "could read it before" is decided with the caller's roles now.
--     Leaving an organisation is therefore a reset: the device drops the organisation's rows.
-- Both triggers are per statement, with transition tables: one insert per statement, set-based.

alter table private.synced_tables
  add column audience text,
  add column parent_table text,
  add column parent_column text;

alter table private.sync_tombstones
  add column audience_roles text[],
  add column kept_roles text[],
  add column kept_user_id uuid,
  add column revoked boolean not null default false;

-- Tombstones written before: an organisation's row reached every member, a personal one its owner.
update private.sync_tombstones t set audience_roles = array['member', 'ambassador', 'hr', 'admin']
from private.synced_tables s
where s.table_name = t.table_name and s.kind <> 'personal' and t.organisation_id is not null;

-- Every role of an organisation: "every member".
create function private.all_roles() returns text[]
language sql immutable
set search_path = ''
as $$
  select array['member', 'ambassador', 'hr', 'admin']
$$;
revoke execute on function private.all_roles() from public, anon;
grant execute on function private.all_roles() to authenticated, service_role;

-- The SQL of a table's audience over `r`: owner, organisation and roles.
create function private.sync_audience_sql(reg private.synced_tables)
returns table (owner_sql text, org_sql text, roles_sql text)
language sql immutable
set search_path = ''
as $$
  select
    case when reg.owner_column is null then 'null::uuid' else format('r.%I::uuid', reg.owner_column) end,
    case when reg.org_column is null then 'null::uuid' else format('r.%I::uuid', reg.org_column) end,
    coalesce('(' || reg.audience || ')::text[]', 'null::text[]')
$$;

-- Two tombstones of one row in one transaction (a revocation, then the delete) become one, for
-- the union of their audiences; a delete wins over a revocation.
create function private.tombstone_merge_sql() returns text
language sql immutable
set search_path = ''
as $$
  select 'on conflict (table_name, row_id, sync_xid) do update set
      user_id = coalesce(t.user_id, excluded.user_id),
      organisation_id = coalesce(t.organisation_id, excluded.organisation_id),
      audience_roles = array(select distinct x from unnest(t.audience_roles || excluded.audience_roles) as x),
      kept_roles = case when t.revoked and excluded.revoked then excluded.kept_roles end,
      kept_user_id = case when t.revoked and excluded.revoked then excluded.kept_user_id end,
      revoked = t.revoked and excluded.revoked'
$$;

-- After a delete or an update statement on a synced table (transition tables old_rows, new_rows).
create function private.record_sync_audience() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  reg private.synced_tables;
  a record;
  any_rows boolean;
begin
  select * into reg from private.synced_tables s where s.table_name = tg_table_name;
  select * into a from private.sync_audience_sql(reg);
  if tg_op = 'DELETE' then
    execute format(
      'insert into private.sync_tombstones as t
         (table_name, row_id, user_id, organisation_id, audience_roles)
       select %L, r.id, %s, %s, %s from old_rows r %s',
      tg_table_name, a.owner_sql, a.org_sql, a.roles_sql, private.tombstone_merge_sql());
    return null;
  end if;

  execute 'select exists (select 1 from new_rows)' into any_rows;
  if not any_rows then
    return null;
  end if;
  execute format(
    'insert into private.sync_tombstones as t
       (table_name, row_id, user_id, organisation_id, audience_roles, kept_roles, kept_user_id, revoked)
     select distinct on (o.id) %1$L, o.id,
       case when o.owner is distinct from n.owner then o.owner end,
       o.org, x.removed,
       case when o.org is not distinct from n.org then n.roles end,
       n.owner, true
     from (select r.id, %2$s as owner, %3$s as org, %4$s as roles from old_rows r) o
     join (select r.id, %2$s as owner, %3$s as org, %4$s as roles from new_rows r) n on n.id = o.id
     cross join lateral (select case when o.org is distinct from n.org then o.roles
       else array(select unnest(o.roles) except select unnest(n.roles)) end as removed) x
     where (o.owner is not null and o.owner is distinct from n.owner)
       or (o.org is not null and cardinality(x.removed) > 0)
     -- A row changed twice by one statement (cascaded updates) is in both tables twice.
     order by o.id, cardinality(x.removed) desc
     %5$s',
    tg_table_name, a.owner_sql, a.org_sql, a.roles_sql, private.tombstone_merge_sql());

  return null;
end
$$;

-- Before a parent row is deleted or changed: its children (rows visible exactly when it is) get
-- the parent's tombstone or revocation. Before, because a delete removes the children by cascade
-- and an update may add children (a prompt's new revision) that nobody has read yet.
create function private.record_child_tombstones() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  reg private.synced_tables;
  a record;
  child private.synced_tables;
  o_owner uuid;
  o_org uuid;
  o_roles text[];
  n_owner uuid;
  n_org uuid;
  n_roles text[];
  lost_owner uuid;
  removed text[];
  kept text[];
  is_revoked boolean := tg_op = 'UPDATE';
  row_sql text;
begin
  select * into reg from private.synced_tables s where s.table_name = tg_table_name;
  select * into a from private.sync_audience_sql(reg);
  row_sql := format('select %s, %s, %s from (select ($1::public.%I).*) r',
    a.owner_sql, a.org_sql, a.roles_sql, tg_table_name);
  execute row_sql into o_owner, o_org, o_roles using old;
  if tg_op = 'DELETE' then
    lost_owner := o_owner;
    removed := o_roles;
  else
    execute row_sql into n_owner, n_org, n_roles using new;
    if o_owner is distinct from n_owner then
      lost_owner := o_owner;
    end if;
    if o_org is distinct from n_org then
      removed := o_roles;
    else
      removed := array(select unnest(o_roles) except select unnest(n_roles));
      kept := n_roles;
    end if;
    if lost_owner is null and (o_org is null or cardinality(removed) = 0) then
      return new;
    end if;
  end if;
  for child in select * from private.synced_tables s where s.parent_table = tg_table_name loop
    execute format(
      'insert into private.sync_tombstones as t
         (table_name, row_id, user_id, organisation_id, audience_roles, kept_roles, kept_user_id, revoked)
       select %L, c.id, $2, $3, $4, $5, $6, $7 from public.%I c where c.%I = $1 %s',
      child.table_name, child.table_name, child.parent_column, private.tombstone_merge_sql())
      using old.id, lost_owner, o_org, removed, kept, n_owner, is_revoked;
  end loop;
  if tg_op = 'DELETE' then
    return old;
  end if;
  return new;
end
$$;

-- (Re)creates a synced table's audience triggers from its registry row.
create function private.install_sync_triggers(p_table text) returns void
language plpgsql
set search_path = ''
as $$
declare
  reg private.synced_tables;
  a record;
  t name;
begin
  select * into reg from private.synced_tables s where s.table_name = p_table;
  if reg.org_column is not null and reg.audience is null then
    raise exception 'synced table % has an organisation column: give its audience', p_table;
  end if;
  if reg.parent_table is not null and not exists (
    select 1 from private.synced_tables s where s.table_name = reg.parent_table
  ) then
    raise exception 'parent % of % is not a synced table', reg.parent_table, p_table;
  end if;
  -- Fails here, not at the first delete, when the expression does not fit the table.
  select * into a from private.sync_audience_sql(reg);
  execute format('select %s, %s, %s from public.%I r limit 0',
    a.owner_sql, a.org_sql, a.roles_sql, p_table);

  for t in
    select g.tgname from pg_catalog.pg_trigger g
    where g.tgrelid = format('public.%I', p_table)::regclass
      and g.tgname in ('record_sync_deletes', 'record_sync_revocations')
  loop
    execute format('drop trigger %I on public.%I', t, p_table);
  end loop;
  execute format(
    'create trigger record_sync_deletes after delete on public.%I
       referencing old table as old_rows
       for each statement execute function private.record_sync_audience()', p_table);
  -- Only a row with an organisation can leave someone's sight while it exists (owners do not
  -- change under RLS); parents revoke their children.
  if reg.org_column is not null then
    execute format(
      'create trigger record_sync_revocations after update on public.%I
         referencing old table as old_rows new table as new_rows
         for each statement execute function private.record_sync_audience()', p_table);
  end if;
  if reg.parent_table is not null then
    execute format(
      'create or replace trigger record_child_tombstones before update or delete on public.%I
         for each row execute function private.record_child_tombstones()', reg.parent_table);
  end if;
end
$$;
revoke execute on function private.install_sync_triggers(text) from public, anon;

-- Sets (or changes) a registered table's audience and reinstalls its triggers.
create function private.set_sync_audience(
  p_table text,
  p_audience text,
  p_parent_table text default null,
  p_parent_column text default null
) returns void
language plpgsql
set search_path = ''
as $$
begin
  update private.synced_tables
  set audience = p_audience, parent_table = p_parent_table, parent_column = p_parent_column
  where table_name = p_table;
  if not found then
    raise exception '% is not a synced table', p_table;
  end if;
  perform private.install_sync_triggers(p_table);
end
$$;
revoke execute on function private.set_sync_audience(text, text, text, text) from public, anon;

drop function private.register_synced_table(text, text, text, text, boolean);
create function private.register_synced_table(
  p_table text,
  p_kind text,
  p_owner_column text default null,
  p_org_column text default null,
  p_pushable boolean default true,
  p_audience text default null,
  p_parent_table text default null,
  p_parent_column text default null
) returns void
language plpgsql
set search_path = ''
as $$
begin
  insert into private.synced_tables
    (table_name, kind, owner_column, org_column, pushable, audience, parent_table, parent_column)
  values
    (p_table, p_kind, p_owner_column, p_org_column, p_pushable, p_audience, p_parent_table, p_parent_column);
  execute format(
    'create trigger stamp_sync_xid before insert or update on public.%I
       for each row execute function private.stamp_sync_xid()', p_table);
  execute format('create index %I on public.%I (sync_xid, id)', p_table || '_sync_xid', p_table);
  perform private.install_sync_triggers(p_table);
end
$$;
revoke execute on function private.register_synced_table(text, text, text, text, boolean, text, text, text)
  from public, anon;

-- Replaced by record_sync_audience.
drop function private.record_tombstone() cascade;

-- The audience of every table so far, as its select policy reads.
select private.set_sync_audience('organisations', 'private.all_roles()');
select private.set_sync_audience('departments', 'private.all_roles()');
select private.set_sync_audience('job_roles', 'private.all_roles()');
select private.set_sync_audience('organisation_data_rules', 'private.all_roles()');
select private.set_sync_audience('memberships', $$array['admin']$$);
select private.set_sync_audience('invites', $$array['admin']$$);
select private.set_sync_audience('profiles', null);
select private.set_sync_audience('progress_events', null);
select private.set_sync_audience('quiz_answers', null);
select private.set_sync_audience('self_assessments', null);
-- prompt_uses: only the person reads it (organisation_id says where the use was made).
select private.set_sync_audience('prompt_uses', 'null');
select private.set_sync_audience('challenge_attempts',
  $$case when r.submitted_for_review then array['ambassador'] end$$);
select private.set_sync_audience('attempt_reviews', $$array['ambassador', 'admin']$$);
select private.set_sync_audience('prompts',
  $$case when r.status = 'submitted' then array['ambassador', 'admin'] else private.all_roles() end$$);
select private.set_sync_audience('prompt_revisions',
  $$(select case when p.status = 'submitted' then array['ambassador', 'admin'] else private.all_roles() end
     from public.prompts p where p.id = r.prompt_id)$$,
  'prompts', 'prompt_id');

-- Tombstones the caller may learn of, after the cursor position and below the snapshot xmin:
-- their own, and those whose recorded audience holds one of the caller's roles in the row's
-- organisation, unless the caller still reads the row (a revocation's kept roles and owner).
create or replace function private.sync_tombstones_since(
  p_xmin xid8, p_x xid8, p_k integer, p_t text, p_i uuid, p_limit integer
) returns table (table_name text, row_id uuid, sync_xid xid8)
language sql stable
security definer
set search_path = ''
as $$
  select t.table_name, t.row_id, t.sync_xid
  from private.sync_tombstones t
  join private.synced_tables s on s.table_name = t.table_name
  where t.sync_xid < p_xmin
    and t.sync_xid >= p_x
    and (t.sync_xid, 0, t.table_name collate "C", t.row_id) > (p_x, p_k, p_t collate "C", p_i)
    and (
      t.user_id = (select auth.uid())
      or (
        t.organisation_id is not null
        and t.kept_user_id is distinct from (select auth.uid())
        and exists (
          select 1 from public.memberships m
          where m.user_id = (select auth.uid())
            and m.organisation_id = t.organisation_id
            and m.roles && t.audience_roles
            and not coalesce(m.roles && t.kept_roles, false)
        )
      )
    )
  order by t.sync_xid, t.table_name collate "C", t.row_id
  limit p_limit
$$;
