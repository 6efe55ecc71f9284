-- sync_push, faster, with the same answers (20261207100300_sync_push_checks.sql has the contract).
--
-- Measured on PostgreSQL 15 (timings with clock_timestamp() inside sync_push_batch, auto_explain
-- with log_nested_statements and log_analyze, role and claims set as PostgREST does), two causes:
--   * begin_mutations: on a fresh database and connection, its lookup `mutation_id = any (p_ids)`
--     is planned generic after five calls, while sync_mutations is still small: a bitmap scan of
--     all the person's stored mutations, each compared with every id of the batch. 0.8 ms for the
--     first five calls, then 6–13 ms per call of 200 and growing with the person's history (kept
--     90 days) until an ANALYZE replans it: the "~15 ms per batch" of the profile.
--   * the classification statement (the one that calls begin_mutations): PostgreSQL inlines a CTE
--     referenced once, so the `kind` CASE of `classified` (three uuid regexes, the row's size as
--     text, jsonb lookups) was copied into every expression that reads `kind`, and the plan
--     evaluated it about six times per row; each row's key signature sorted its keys in a
--     subquery. 8 ms per 200 (20–80 ms per 500 on a loaded box).
-- Also INSERT ... ON CONFLICT costs ~40 % more than INSERT for new rows (speculative insertion),
-- twice per push.
--
-- Now:
--   * begin_mutations looks the ids up one by one through the primary key;
--   * `classified` and `written` are materialized: each row is classified once;
--   * a row's key signature lists its keys in jsonb's own order (a jsonb object keeps its keys
--     sorted, so equal key sets give equal lists) instead of sorting them;
--   * `sync_xid` is removed from a row only when it is there;
--   * the runs are found with one statement (window functions) instead of a PL/pgSQL step per
--     mutation; the loop goes over runs and one-by-one mutations only;
--   * record_mutations and upsert_rows try a plain INSERT first (one subtransaction); only when a
--     key exists already (a re-push, an update) do they run the INSERT ... ON CONFLICT as before,
--     so what is written, refused and raised is unchanged.

create or replace function private.sync_push_batch(mutations jsonb) returns jsonb
language plpgsql
security invoker
set search_path = ''
as $$
declare
  uid uuid := (select auth.uid());
  uuid_re constant text := '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';
  n integer;
  -- By position in the batch:
  ms jsonb[];           -- the mutation
  mids uuid[];          -- its id (null: malformed)
  kinds text[];         -- 'invalid' (malformed id), 'stored' (seen before: its stored answer),
                        -- 'repeat' (the id came earlier in this batch: the same answer),
                        -- 'bad' (a string the database cannot hold: invalid_row),
                        -- 'erased' (a personal row its owner deleted: deleted),
                        -- 'run' (may be written with its run) or 'one' (applied one by one)
  stored jsonb[];       -- for 'stored'
  first_pos integer[];  -- for 'repeat': where the id came first
  tbls text[];          -- for 'run': the table,
  sigs text[];          -- the row's keys (a JSON array),
  nrows jsonb[];        -- the row as it is written (owner filled in),
  prev_same integer[];  -- and the previous 'run' position with the same table and row id
  reasons text[];       -- for 'run' and 'one': null (applied), 'conflict' or the rejection
  answers jsonb[];
  -- The run being collected:
  run integer[];
  rest integer[];
  seg record;
  cut_at integer;
  run_table text;
  run_sig text;
  run_org text;
  run_written boolean;
  p integer;
  state text;
  check_erased boolean;
begin
  if uid is null then
    raise exception 'not_authenticated' using errcode = '28000';
  end if;
  if mutations is null or jsonb_typeof(mutations) <> 'array' then
    raise exception 'invalid_batch' using errcode = '22023';
  end if;
  n := jsonb_array_length(mutations);
  if n > 500 then
    raise exception 'batch_too_large' using errcode = '54000', hint = 'Send at most 500 mutations per call.';
  end if;
  if n = 0 then
    return '[]'::jsonb;
  end if;

  -- The person's pushes take turns (begin_mutations takes the same lock again below); taken here
  -- so that what the next statement reads of the person's deletes is up to date.
  perform pg_catalog.pg_advisory_xact_lock(
    pg_catalog.hashtext('loft.sync_push'), pg_catalog.hashtext(uid::text));
  check_erased := private.sync_has_deleted_rows() or exists (
    select 1 from jsonb_array_elements(mutations) as e (m) where e.m ->> 'op' = 'delete');

  select
    array_agg(e.m order by e.i),
    array_agg(case when jsonb_typeof(e.m) = 'object' and e.m ->> 'id' ~* uuid_re
      then (e.m ->> 'id')::uuid end order by e.i)
  into ms, mids
  from jsonb_array_elements(mutations) with ordinality as e (m, i);

  with seen as (
    select c.seen_id, c.stored
    from private.begin_mutations(array(
      select distinct x.id from unnest(mids) as x (id) where x.id is not null)) as c
  ),
  pos as (
    select
      x.i::integer as i, x.m, x.id, c.stored,
      min(x.i::integer) over (partition by x.id) as first_i,
      reg.table_name, reg.kind as table_kind, reg.pushable, reg.owner_column,
      x.m -> 'row' as r
    from unnest(ms, mids) with ordinality as x (m, id, i)
    left join seen as c on c.seen_id = x.id
    left join private.sync_registry() as reg
      on x.id is not null and reg.table_name = x.m ->> 'table'
  ),
  -- Upserts of personal rows (not per-person singletons) that would bring back a row its owner
  -- deleted: a tombstone of the caller's delete, or a delete earlier in this batch.
  personal_upserts as (
    select x.i::integer as i, reg.table_name, x.rid,
      coalesce(bool_or(x.m ->> 'op' = 'delete') over (
        partition by reg.table_name, x.rid order by x.i
        rows between unbounded preceding and 1 preceding), false) as deleted_before
    from (
      select e.m, e.i,
        case when e.m -> 'row' ->> 'id' ~* uuid_re then (e.m -> 'row' ->> 'id')::uuid end as rid
      from unnest(ms) with ordinality as e (m, i)
      where check_erased
    ) as x
    join private.sync_registry() as reg on reg.table_name = x.m ->> 'table'
    where x.rid is not null and mids[x.i] is not null
      and reg.kind = 'personal' and reg.owner_column <> 'id'
  ),
  gone as materialized (
    select d.table_name, d.row_id from private.sync_deleted_rows(
      array(select p.table_name from personal_upserts as p),
      array(select p.rid from personal_upserts as p)) as d
  ),
  erased as materialized (
    select u.i from personal_upserts as u
    where u.deleted_before
      or exists (select 1 from gone as g where g.table_name = u.table_name and g.row_id = u.rid)
  ),
  classified as materialized (
    select pos.*,
      case
        when pos.id is null then 'invalid'
        when pos.stored is not null then 'stored'
        when pos.i > pos.first_i then 'repeat'
        when pos.m ? '$invalid' then 'bad'
        when pos.m ->> 'op' = 'upsert' and pos.i in (select e.i from erased as e) then 'erased'
        -- The checks of apply_mutation that a row passes or fails by itself. A row that does
        -- not clearly pass them is applied one by one, which gives the exact reason.
        when pos.table_kind = 'personal' and pos.pushable
          and pos.owner_column is not null
          and pos.m ->> 'op' = 'upsert'
          and jsonb_typeof(pos.r) = 'object'
          and octet_length(pos.r::text) <= 65536
          and (pos.owner_column = 'id' or (
            case when pos.r ->> 'id' ~* uuid_re then true else false end
            and case
              when pos.r ->> pos.owner_column is null then true
              when pos.r ->> pos.owner_column ~* uuid_re then (pos.r ->> pos.owner_column)::uuid = uid
              else false
            end))
          then 'run'
        else 'one'
      end as kind
    from pos
  ),
  written as materialized (
    select cl.i, cl.kind, cl.stored, cl.first_i, cl.table_name, nr.nr,
      case when cl.kind = 'run' then (nr.nr ->> 'id')::uuid end as row_id
    from classified as cl
    cross join lateral (select case when cl.kind = 'run'
      then (case when cl.r ? 'sync_xid' then cl.r - 'sync_xid' else cl.r end)
        || jsonb_build_object(cl.owner_column, uid) end as nr) as nr
  ),
  prior as (
    select w.*,
      lag(w.i) over (partition by w.kind, w.table_name, w.row_id order by w.i) as prev_i
    from written as w
  )
  select
    array_agg(pr.kind order by pr.i),
    array_agg(pr.stored order by pr.i),
    array_agg(pr.first_i order by pr.i),
    array_agg(case when pr.kind = 'run' then pr.table_name end order by pr.i),
    array_agg(case when pr.kind = 'run' then
      to_jsonb(array(select jsonb_object_keys(pr.nr)))::text
      end order by pr.i),
    array_agg(pr.nr order by pr.i),
    array_agg(case when pr.kind = 'run' then pr.prev_i end order by pr.i)
  into kinds, stored, first_pos, tbls, sigs, nrows, prev_same
  from prior as pr;

  reasons := array(select case k when 'bad' then 'invalid_row' when 'erased' then 'deleted' end
    from unnest(kinds) as k);
  -- The runs, set-based: a run is a longest sequence of 'run' positions (other kinds than 'one'
  -- between them are skipped) of one table and one set of keys; a row id repeated within it
  -- starts a new run at the repeat (below). Each 'one' is a segment of its own. Segments are
  -- written in batch order, as one by one.
  for seg in
    with p as (
      select k.i::integer as i, k.kind
      from unnest(kinds) with ordinality as k (kind, i)
      where k.kind in ('run', 'one')
    ),
    b as (
      select p.i, p.kind,
        p.kind = 'one'
          or lag(p.kind) over w is distinct from 'run'
          or tbls[p.i] <> lag(tbls[p.i]) over w
          or sigs[p.i] <> lag(sigs[p.i]) over w as starts
      from p
      window w as (order by p.i)
    ),
    g as (
      select b.i, b.kind, count(*) filter (where b.starts) over (order by b.i) as seg from b
    )
    select g.kind, array_agg(g.i order by g.i) as members,
      bool_or(prev_same[g.i] is not null) as has_repeat
    from g
    group by g.seg, g.kind
    order by g.seg
  loop
    if seg.kind = 'one' then
      reasons[seg.members[1]] := private.apply_mutation_or_reason(ms[seg.members[1]]);
      continue;
    end if;
    rest := seg.members;
    while cardinality(rest) > 0 loop
      run := rest;
      rest := '{}'::integer[];
      if seg.has_repeat then
        -- A row id seen before in this run starts the next run (its earlier write comes first).
        cut_at := (select min(x.o) from unnest(run) with ordinality as x (p, o)
          where prev_same[x.p] >= run[1]);
        if cut_at is not null then
          rest := run[cut_at:];
          run := run[:cut_at - 1];
        end if;
      end if;
      run_table := tbls[run[1]];
      run_sig := sigs[run[1]];
      run_written := false;
      select s.org_column into run_org from private.sync_registry() as s
      where s.table_name = run_table;
      begin
        -- Membership now, after the mutations before this run (as apply_mutation checks it).
        if run_org is not null and exists (
          select 1 from unnest(run) as x (p)
          where nrows[x.p] ->> run_org is not null
            and not ((nrows[x.p] ->> run_org)::uuid = any (array(select private.my_org_ids())))
        ) then
          raise exception 'not_member';
        end if;
        perform private.upsert_rows(
          run_table,
          array(select jsonb_array_elements_text(run_sig::jsonb)),
          (select jsonb_agg(nrows[x.p] order by x.p) from unnest(run) as x (p)));
        run_written := true;
      exception when others then
        get stacked diagnostics state = returned_sqlstate;
        if left(state, 2) in ('40', '53', '57', '08') then
          raise;
        end if;
      end;
      -- Some row failed: nothing of the run was written; apply its rows one by one.
      if not run_written then
        foreach p in array run loop
          reasons[p] := private.apply_mutation_or_reason(ms[p]);
        end loop;
      end if;
    end loop;
  end loop;

  select array_agg(
    case x.kind
      when 'invalid' then jsonb_build_object(
        'id', case when jsonb_typeof(x.m) = 'object' then x.m -> 'id' end,
        'status', 'rejected', 'reason', 'invalid_mutation')
      when 'stored' then x.stored
      else jsonb_build_object(
        'id', x.id,
        'status', case when r.reason is null or r.reason = 'conflict' then 'applied' else 'rejected' end,
        'reason', r.reason)
    end order by x.i)
  into answers
  from unnest(kinds, ms, mids, stored, first_pos) with ordinality as x (kind, m, id, stored, first_i, i)
  -- A repeated id is answered as its first occurrence.
  cross join lateral (select reasons[x.first_i] as reason) as r;

  perform private.record_mutations(
    array(select mids[k] from generate_subscripts(kinds, 1) as k
      where kinds[k] in ('run', 'one', 'bad', 'erased')),
    array(select answers[k] from generate_subscripts(kinds, 1) as k
      where kinds[k] in ('run', 'one', 'bad', 'erased')));
  return to_jsonb(answers);
end
$$;

-- The stored answers, looked up one id at a time through the primary key. `mutation_id = any
-- (p_ids)` got a generic plan (cached after five calls, on a table still small) that reads every
-- stored mutation of the person and compares it with each id of the batch: 6–25 ms per call,
-- growing with the person's history (kept 90 days).
create or replace function private.begin_mutations(p_ids uuid[])
returns table (seen_id uuid, stored jsonb)
language plpgsql
security definer
set search_path = ''
as $$
declare
  uid uuid := (select auth.uid());
begin
  perform pg_catalog.pg_advisory_xact_lock(
    pg_catalog.hashtext('loft.sync_push'), pg_catalog.hashtext(uid::text));
  -- A new statement, so a new snapshot: it sees what a push we waited for committed.
  -- A subquery per id, so no plan can turn it into a scan of the person's whole history. (An id
  -- whose row holds no answer counts as new, as the caller reads it.)
  return query
    select f.id, f.result
    from (
      select x.id, (
        select s.result from private.sync_mutations s
        where s.user_id = uid and s.mutation_id = x.id) as result
      from unnest(p_ids) as x (id)
    ) as f
    where f.result is not null;
end
$$;

create or replace function private.record_mutations(p_ids uuid[], p_results jsonb[]) returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  uid uuid := (select auth.uid());
  recorded integer;
begin
  -- Usually every id is new: a plain INSERT. Any id stored already (possible only under
  -- repeatable read, or a row left without an answer) fails it as a whole; then as before.
  begin
    insert into private.sync_mutations (user_id, mutation_id, result)
    select uid, f.id, f.result from unnest(p_ids, p_results) as f (id, result);
    return;
  exception when unique_violation then
    null;
  end;
  insert into private.sync_mutations as s (user_id, mutation_id, result)
  select uid, f.id, f.result from unnest(p_ids, p_results) as f (id, result)
  on conflict (user_id, mutation_id) do update set result = excluded.result
    where s.result is null;
  get diagnostics recorded = row_count;
  if recorded <> cardinality(p_ids) then
    raise exception 'mutation ids pushed concurrently' using errcode = '40001';
  end if;
end
$$;

-- upsert_row for many rows with the same keys (`p_keys`) at once. Runs as the caller: RLS
-- applies. Raises if any row fails; nothing of the statement is then written. New rows (the
-- usual push) go in with a plain INSERT; if any row exists already, the INSERT is undone and the
-- whole set is written with INSERT ... ON CONFLICT (id) DO UPDATE, as before.
-- (ON CONFLICT DO UPDATE also checks the select policy on a new row; a run holds only the
-- caller's own rows of personal tables, which their select policies show, so nothing differs.)
create or replace function private.upsert_rows(p_table text, p_keys text[], p_rows jsonb) returns void
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
    and a.attname = any (p_keys);
  begin
    execute format(
      'insert into public.%I (%s) select %s from jsonb_populate_recordset(null::public.%I, $1)',
      p_table, cols, cols, p_table)
    using p_rows;
    return;
  exception when unique_violation then
    null;
  end;
  execute format(
    'insert into public.%I as t (%s) select %s from jsonb_populate_recordset(null::public.%I, $1)
     on conflict (id) do %s',
    p_table, cols, cols, p_table, coalesce('update set ' || sets, 'nothing'))
  using p_rows;
end
$$;
