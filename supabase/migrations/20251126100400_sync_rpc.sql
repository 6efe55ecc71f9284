-- The RPCs the app calls through PostgREST: sync_push, sync_pull, redeem_invite.
-- sync_push and sync_pull run as the caller (security invoker), so row-level security decides
-- what may be written and read; the few definer helpers they use live in `private`.

-- The registry, readable by the invoker functions below.
create function private.sync_registry() returns setof private.synced_tables
language sql stable
security definer
set search_path = ''
as $$
  select * from private.synced_tables order by table_name collate "C"
$$;

-- Claims a mutation id for the caller. Returns the stored result when the id was seen before
-- (a concurrent push of the same id waits here for the first one to commit), else null.
create function private.claim_mutation(p_id uuid) returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  uid uuid := (select auth.uid());
  stored jsonb;
begin
  insert into private.sync_mutations (user_id, mutation_id) values (uid, p_id)
  on conflict do nothing;
  if found then
    return null;
  end if;
  select result into stored from private.sync_mutations where user_id = uid and mutation_id = p_id;
  return stored;
end
$$;

create function private.finish_mutation(p_id uuid, p_result jsonb) returns void
language sql
security definer
set search_path = ''
as $$
  update private.sync_mutations set result = p_result
  where user_id = (select auth.uid()) and mutation_id = p_id
$$;

-- Whether a row exists at all, seen or not by the caller (to tell "forbidden" from "gone").
create function private.sync_row_exists(p_table text, p_id uuid) returns boolean
language plpgsql stable
security definer
set search_path = ''
as $$
declare
  found_it boolean;
begin
  if not exists (select 1 from private.synced_tables where table_name = p_table) then
    return false;
  end if;
  execute format('select exists (select 1 from public.%I where id = $1)', p_table)
    into found_it using p_id;
  return found_it;
end
$$;

-- Insert or update the columns present in `r` (others keep their value or default).
-- Runs as the caller: RLS applies.
create function private.upsert_row(p_table text, r jsonb) returns void
language plpgsql
set search_path = ''
as $$
declare
  cols text;
  sets text;
begin
  select
    string_agg(quote_ident(a.attname), ', ' order by a.attnum),
    string_agg(format('%I = excluded.%I', a.attname, a.attname), ', ' order by a.attnum)
      filter (where a.attname <> 'id')
  into cols, sets
  from pg_catalog.pg_attribute a
  where a.attrelid = format('public.%I', p_table)::regclass
    and a.attnum > 0 and not a.attisdropped
    and a.attname <> 'sync_xid'
    and r ? a.attname;
  execute format(
    'insert into public.%I as t (%s) select %s from jsonb_populate_record(null::public.%I, $1)
     on conflict (id) do %s',
    p_table, cols, cols, p_table, coalesce('update set ' || sets, 'nothing'))
  using r;
end
$$;

-- A prompt edit: always a new revision. An edit based on an older revision than the current
-- one still applies (answered 'conflict'), and the revision it overtook stays in the history.
create function private.apply_prompt_edit(p_mutation_id uuid, r jsonb) returns text
language plpgsql
set search_path = ''
as $$
declare
  uid uuid := (select auth.uid());
  pid uuid := (r ->> 'id')::uuid;
  base integer := (r ->> 'base_revision')::integer;
  cur public.prompts;
  saved public.prompts;
  outcome text;
begin
  select * into cur from public.prompts where id = pid for update;
  if not found then
    if private.sync_row_exists('prompts', pid) then
      raise exception 'forbidden';
    end if;
    if r ->> 'author_id' is not null and (r ->> 'author_id')::uuid <> uid then
      raise exception 'forbidden_author';
    end if;
    r := r || jsonb_build_object('author_id', uid, 'revision', 1);
    base := null;
  else
    if base is not null and base < cur.revision then
      outcome := 'conflict';
    end if;
    base := coalesce(base, cur.revision);
    r := r || jsonb_build_object(
      'author_id', cur.author_id,
      'organisation_id', cur.organisation_id,
      'revision', cur.revision + 1);
  end if;
  r := (r - 'base_revision') || jsonb_build_object('updated_by', uid, 'updated_at', now());
  perform private.upsert_row('prompts', r);

  select * into saved from public.prompts where id = pid;
  insert into public.prompt_revisions (
    id, prompt_id, organisation_id, revision, author_id, title, body, department, task, tools,
    level, data_class, tags, status, featured, based_on_revision)
  values (
    p_mutation_id, saved.id, saved.organisation_id, saved.revision, uid, saved.title, saved.body,
    saved.department, saved.task, saved.tools, saved.level, saved.data_class, saved.tags,
    saved.status, saved.featured, base);
  return outcome;
end
$$;

-- Applies one mutation as the caller. Returns null (applied) or 'conflict' (applied as a new
-- revision over a concurrent edit); raises an exception whose message is the rejection reason.
create function private.apply_mutation(m jsonb) returns text
language plpgsql
set search_path = ''
as $$
declare
  uid uuid := (select auth.uid());
  reg private.synced_tables;
  op text := m ->> 'op';
  r jsonb := m -> 'row';
  rid uuid;
  org text;
  affected integer;
begin
  select * into reg from private.sync_registry() s where s.table_name = m ->> 'table';
  if not found then
    raise exception 'unknown_table';
  end if;
  if op is null or op not in ('upsert', 'delete') or r is null or jsonb_typeof(r) <> 'object' then
    raise exception 'invalid_row';
  end if;
  if octet_length(r::text) > 65536 then
    raise exception 'too_large';
  end if;
  if not reg.pushable then
    raise exception 'forbidden';
  end if;
  r := r - 'sync_xid';
  -- A per-person singleton (profiles): the row is always the caller's own.
  if reg.owner_column = 'id' then
    r := r || jsonb_build_object('id', uid);
  end if;
  rid := (r ->> 'id')::uuid;
  if rid is null then
    raise exception 'invalid_row';
  end if;

  if op = 'delete' then
    execute format('delete from public.%I where id = $1', reg.table_name) using rid;
    get diagnostics affected = row_count;
    if affected = 0 and private.sync_row_exists(reg.table_name, rid) then
      raise exception 'forbidden';
    end if;
    return null;
  end if;

  if reg.kind = 'personal' and reg.owner_column <> 'id' then
    if r ->> reg.owner_column is not null and (r ->> reg.owner_column)::uuid <> uid then
      raise exception 'forbidden_author';
    end if;
    r := r || jsonb_build_object(reg.owner_column, uid);
  end if;
  org := r ->> reg.org_column;
  if org is not null and not private.is_member(org::uuid) then
    raise exception 'not_member';
  end if;

  if reg.kind = 'revisioned' then
    -- One revisioned table so far; a new one gets its own apply_<name>_edit.
    return private.apply_prompt_edit((m ->> 'id')::uuid, r);
  end if;
  perform private.upsert_row(reg.table_name, r);
  return null;
end
$$;

-- Mutations: [{id, table, op: 'upsert'|'delete', row}], at most 500.
-- Answer: [{id, status: 'applied'|'rejected', reason}], in input order. Reasons:
--   unknown_table, invalid_mutation, invalid_row, too_large, forbidden, forbidden_author,
--   not_member, duplicate, server_error; 'conflict' with status 'applied' for a prompt edit that
--   overtook another (both kept in prompt_revisions).
-- Every mutation id is remembered per user with its answer: a replay gets the same answer and
-- changes nothing. A rejected mutation is rolled back alone (subtransaction); the others stand.
create function public.sync_push(mutations jsonb) returns jsonb
language plpgsql
security invoker
set search_path = ''
as $$
declare
  uid uuid := (select auth.uid());
  m jsonb;
  mid uuid;
  stored jsonb;
  reason text;
  state text;
  msg text;
  result jsonb;
  results jsonb := '[]'::jsonb;
begin
  if uid is null then
    raise exception 'not_authenticated' using errcode = '28000';
  end if;
  if mutations is null or jsonb_typeof(mutations) <> 'array' then
    raise exception 'invalid_batch' using errcode = '22023';
  end if;
  if jsonb_array_length(mutations) > 500 then
    raise exception 'batch_too_large' using errcode = '54000', hint = 'Send at most 500 mutations per call.';
  end if;

  for m in select value from jsonb_array_elements(mutations) loop
    mid := null;
    if jsonb_typeof(m) = 'object' and m ->> 'id' ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then
      mid := (m ->> 'id')::uuid;
    end if;
    if mid is null then
      results := results || jsonb_build_array(jsonb_build_object(
        'id', case when jsonb_typeof(m) = 'object' then m -> 'id' end,
        'status', 'rejected', 'reason', 'invalid_mutation'));
      continue;
    end if;

    stored := private.claim_mutation(mid);
    if stored is not null then
      results := results || jsonb_build_array(stored);
      continue;
    end if;

    begin
      reason := private.apply_mutation(m);
    exception when others then
      get stacked diagnostics state = returned_sqlstate, msg = message_text;
      -- Transient failures fail the whole call, so the client retries it later.
      if left(state, 2) in ('40', '53', '57', '08') then
        raise;
      end if;
      reason := case
        when state = 'P0001' and msg in ('unknown_table', 'invalid_row', 'too_large', 'forbidden',
          'forbidden_author', 'not_member') then msg
        when state = '42501' then 'forbidden'
        when state = '23505' then 'duplicate'
        when left(state, 2) in ('22', '23') then 'invalid_row'
        else 'server_error'
      end;
    end;
    result := jsonb_build_object(
      'id', mid,
      'status', case when reason is null or reason = 'conflict' then 'applied' else 'rejected' end,
      'reason', reason);
    perform private.finish_mutation(mid, result);
    results := results || jsonb_build_array(result);
  end loop;
  return results;
end
$$;

-- What the caller's visibility depends on: their organisations and roles. A cursor made under
-- another set is answered with a full resync (reset), so joining, leaving or a role change
-- never leaves rows missing or stale on a device.
create function private.sync_fingerprint() returns text
language sql stable
security definer
set search_path = ''
as $$
  select md5(coalesce(string_agg(
    organisation_id::text || ':' || array_to_string(array(select unnest(roles) order by 1), ','),
    ';' order by organisation_id), ''))
  from public.memberships where user_id = (select auth.uid())
$$;

create function private.sync_pruned_xid() returns xid8
language sql stable
security definer
set search_path = ''
as $$
  select pruned_xid from private.sync_state
$$;

-- Tombstones the caller may learn of, after the cursor position and below the snapshot xmin.
create function private.sync_tombstones_since(
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
      or (s.kind <> 'personal' and t.organisation_id in (select private.my_org_ids()))
    )
  order by t.sync_xid, t.table_name collate "C", t.row_id
  limit p_limit
$$;

-- Changes since `cursor` (null: from the start), at most page_size (1..1000) per call.
-- Answer: {changes: [{table, op: 'upsert'|'delete', row}], cursor, has_more, reset}.
-- Order is by writing transaction id, so a row never arrives before one it depends on from an
-- earlier transaction. Only rows of finished transactions below the snapshot's xmin are sent:
-- a transaction that started earlier but commits later is delivered on a later pull.
-- reset = true: the cursor was too old (tombstones pruned) or made for other memberships;
-- the client drops its server data and applies this answer as a pull from scratch.
create function public.sync_pull(cursor jsonb default null, page_size integer default 500)
returns jsonb
language plpgsql
stable
security invoker
set search_path = ''
as $$
declare
  uid uuid := (select auth.uid());
  horizon xid8 := pg_snapshot_xmin(pg_current_snapshot());
  fingerprint text := private.sync_fingerprint();
  n integer := least(greatest(coalesce(page_size, 500), 1), 1000);
  cx xid8 := '0'::xid8;
  ck integer := -1;
  ct text := '';
  ci uuid := '00000000-0000-0000-0000-000000000000'::uuid;
  is_reset boolean := false;
  parts text[] := array[]::text[];
  reg private.synced_tables;
  page jsonb;
  more boolean;
  last jsonb;
begin
  if uid is null then
    raise exception 'not_authenticated' using errcode = '28000';
  end if;
  if cursor is not null and jsonb_typeof(cursor) = 'object' and cursor ->> 'v' = '1' then
    if cursor ->> 'f' is distinct from fingerprint
      or (cursor ->> 'x')::xid8 < private.sync_pruned_xid() then
      is_reset := true;
    else
      cx := (cursor ->> 'x')::xid8;
      ck := (cursor ->> 'k')::integer;
      ct := cursor ->> 't';
      ci := (cursor ->> 'i')::uuid;
    end if;
  elsif cursor is not null and cursor <> 'null'::jsonb then
    is_reset := true;
  end if;

  for reg in select * from private.sync_registry() loop
    parts := parts || format(
      '(select %1$L::text collate "C" as tbl, 1 as k, t.id, t.sync_xid as x, to_jsonb(t) - ''sync_xid'' as r
        from public.%1$I t
        where t.sync_xid < $1 and t.sync_xid >= $2
          and (t.sync_xid, 1, %1$L::text collate "C", t.id) > ($2, $3, $4 collate "C", $5)
        order by t.sync_xid, t.id limit $6 + 1)', reg.table_name);
  end loop;
  parts := parts ||
    '(select table_name collate "C", 0, row_id, sync_xid, jsonb_build_object(''id'', row_id)
      from private.sync_tombstones_since($1, $2, $3, $4, $5, $6 + 1))'::text;

  execute format(
    'select coalesce(jsonb_agg(jsonb_build_object(''table'', tbl, ''op'',
        case k when 0 then ''delete'' else ''upsert'' end, ''row'', r,
        ''_key'', jsonb_build_object(''x'', x::text, ''k'', k, ''t'', tbl, ''i'', id))
        order by x, k, tbl, id), ''[]''::jsonb)
     from (select * from (%s) u order by x, k, tbl, id limit $6 + 1) s',
    array_to_string(parts, ' union all '))
  into page
  using horizon, cx, ck, ct, ci, n;

  more := jsonb_array_length(page) > n;
  if more then
    page := page - n;
  end if;
  last := page -> -1 -> '_key';
  return jsonb_build_object(
    'changes', coalesce((select jsonb_agg(e - '_key' order by i) from jsonb_array_elements(page) with ordinality as p(e, i)), '[]'::jsonb),
    'cursor', jsonb_build_object(
      'v', 1, 'f', fingerprint,
      'x', coalesce(last ->> 'x', cx::text),
      'k', coalesce((last ->> 'k')::integer, ck),
      't', coalesce(last ->> 't', ct),
      'i', coalesce(last ->> 'i', ci::text)),
    'has_more', more,
    'reset', is_reset);
end
$$;

-- Joins the caller to the invite's organisation with the invite's role.
-- Errors (SQLSTATE, message): LF404 invite_unknown, LF410 invite_expired, LF429 invite_used_up.
create function private.redeem_invite(p_code text) returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  uid uuid := (select auth.uid());
  inv public.invites;
  current_roles text[];
begin
  if uid is null then
    raise exception 'not_authenticated' using errcode = '28000';
  end if;
  select * into inv from public.invites where code = trim(p_code) for update;
  if not found then
    raise exception 'invite_unknown' using errcode = 'LF404';
  end if;
  select roles into current_roles from public.memberships
  where user_id = uid and organisation_id = inv.organisation_id for update;
  if current_roles is not null and inv.role = any (current_roles) then
    return jsonb_build_object('organisation_id', inv.organisation_id);
  end if;
  if inv.expires_at <= now() then
    raise exception 'invite_expired' using errcode = 'LF410';
  end if;
  if inv.max_uses is not null and inv.uses >= inv.max_uses then
    raise exception 'invite_used_up' using errcode = 'LF429';
  end if;
  if current_roles is null then
    insert into public.memberships (user_id, organisation_id, roles)
    values (uid, inv.organisation_id, array[inv.role]);
  else
    update public.memberships set roles = roles || inv.role
    where user_id = uid and organisation_id = inv.organisation_id;
  end if;
  update public.invites set uses = uses + 1 where id = inv.id;
  return jsonb_build_object('organisation_id', inv.organisation_id);
end
$$;

create function public.redeem_invite(code text) returns jsonb
language sql
security invoker
set search_path = ''
as $$
  select private.redeem_invite(code)
$$;

do $$
declare
  f text;
begin
  foreach f in array array[
    'private.sync_registry()', 'private.claim_mutation(uuid)', 'private.finish_mutation(uuid, jsonb)',
    'private.sync_row_exists(text, uuid)', 'private.upsert_row(text, jsonb)',
    'private.apply_prompt_edit(uuid, jsonb)', 'private.apply_mutation(jsonb)',
    'private.sync_fingerprint()', 'private.sync_pruned_xid()',
    'private.sync_tombstones_since(xid8, xid8, integer, text, uuid, integer)',
    'private.redeem_invite(text)',
    'public.sync_push(jsonb)', 'public.sync_pull(jsonb, integer)', 'public.redeem_invite(text)'
  ] loop
    execute format('revoke execute on function %s from public, anon', f);
    execute format('grant execute on function %s to authenticated', f);
  end loop;
end
$$;
