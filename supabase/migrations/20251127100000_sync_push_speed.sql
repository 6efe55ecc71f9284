-- sync_push, faster, with the same contract (see 20251126100400_sync_rpc.sql for the answer format).
--
-- Measured on PostgreSQL 15 (200 progress_events per call): 350 ms per call, 1.75 ms per mutation,
-- spent in per-mutation overhead, not in the writes: upsert_row planned a dynamic INSERT and read
-- pg_attribute for every row; claim_mutation / finish_mutation were two definer calls and two
-- statements per row; sync_registry() and auth.uid() ran several times per row; every mutation
-- opened a subtransaction; the answer was rebuilt with `results ||` per row.
--
-- Now: the stored answers are read in one statement and the new ones written in one statement
-- (pushes of one person take turns on a transaction lock instead of claiming ids one by one);
-- the batch is read once; consecutive upserts of one personal table with the same columns (the
-- usual batch: a device's events) are written with one INSERT ... ON CONFLICT per run, in one
-- subtransaction. Anything else, and every row of a run whose write fails, goes through the
-- unchanged per-mutation path (apply_mutation in its own subtransaction), so the answers,
-- reasons, RLS and author checks are exactly those of applying the batch one by one:
--   * a run holds only rows that pass apply_mutation's checks before the write (registry, op,
--     size, owner column) — decided from the row alone;
--   * membership (org column) is checked when the run is written, after the mutations before it;
--   * a run never holds the same row twice, and mutations on other tables or of other kinds end
--     it, so the order of writes is the batch order;
--   * personal tables' policies depend on the caller and memberships only, which a run of
--     personal rows does not change.
--
-- Result (test/bench/sync.bench.ts, 10 000 mutations in calls of 200, on a loaded 2-core box):
--   PostgreSQL 15: engine push 18.5 s -> 3.7 s beside a plain batched INSERT of 1.7-2.0 s;
--   PGlite:        engine push 30.6 s -> 4.4 s beside 0.9-1.9 s.

-- Idempotency, per call instead of per mutation. The caller's pushes take turns (a transaction
-- lock per user; pushes of one person are rarely concurrent, one tab syncs), so a push that
-- shares mutation ids with one still running waits for it to commit and then finds its answers.
-- Answers the ids (distinct) seen before with their stored answer.
create function private.begin_mutations(p_ids uuid[])
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
  return query
    select s.mutation_id, s.result
    from private.sync_mutations s
    where s.user_id = uid and s.mutation_id = any (p_ids);
end
$$;

-- Remembers the answers of the mutations this call applied or rejected. A mutation id stored
-- meanwhile by another transaction (possible only under repeatable read, which does not see
-- it) fails the whole call as a serialization failure, so nothing is applied twice and the
-- client's retry gets the stored answer.
create function private.record_mutations(p_ids uuid[], p_results jsonb[]) returns void
language plpgsql
security definer
set search_path = ''
as $$
declare
  uid uuid := (select auth.uid());
  recorded integer;
begin
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

-- Replaced by begin_mutations and record_mutations.
drop function private.claim_mutation(uuid);
drop function private.finish_mutation(uuid, jsonb);

-- One mutation through apply_mutation in its own subtransaction: null (applied), 'conflict'
-- (applied as a new revision) or the rejection reason. Transient failures are raised, so the
-- whole call fails and the client retries it later.
create function private.apply_mutation_or_reason(m jsonb) returns text
language plpgsql
set search_path = ''
as $$
declare
  state text;
  msg text;
begin
  return private.apply_mutation(m);
exception when others then
  get stacked diagnostics state = returned_sqlstate, msg = message_text;
  if left(state, 2) in ('40', '53', '57', '08') then
    raise;
  end if;
  return case
    when state = 'P0001' and msg in ('unknown_table', 'invalid_row', 'too_large', 'forbidden',
      'forbidden_author', 'not_member') then msg
    when state = '42501' then 'forbidden'
    when state = '23505' then 'duplicate'
    when left(state, 2) in ('22', '23') then 'invalid_row'
    else 'server_error'
  end;
end
$$;

-- upsert_row for many rows with the same keys (`p_keys`) at once, in one statement. Runs as the
-- caller: RLS applies. Raises if any row fails; nothing of the statement is then written.
create function private.upsert_rows(p_table text, p_keys text[], p_rows jsonb) returns void
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
  execute format(
    'insert into public.%I as t (%s) select %s from jsonb_populate_recordset(null::public.%I, $1)
     on conflict (id) do %s',
    p_table, cols, cols, p_table, coalesce('update set ' || sets, 'nothing'))
  using p_rows;
end
$$;

create or replace function public.sync_push(mutations jsonb) returns jsonb
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
  run integer[] := '{}'::integer[];
  run_table text;
  run_sig text;
  run_org text;
  run_written boolean;
  i integer;
  p integer;
  state text;
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
  classified as (
    select pos.*,
      case
        when pos.id is null then 'invalid'
        when pos.stored is not null then 'stored'
        when pos.i > pos.first_i then 'repeat'
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
  written as (
    select cl.i, cl.kind, cl.stored, cl.first_i, cl.table_name, nr.nr,
      case when cl.kind = 'run' then (nr.nr ->> 'id')::uuid end as row_id
    from classified as cl
    cross join lateral (select case when cl.kind = 'run'
      then (cl.r - 'sync_xid') || jsonb_build_object(cl.owner_column, uid) end as nr) as nr
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
      to_jsonb(array(select k.k from jsonb_object_keys(pr.nr) as k (k) order by k.k))::text
      end order by pr.i),
    array_agg(pr.nr order by pr.i),
    array_agg(case when pr.kind = 'run' then pr.prev_i end order by pr.i)
  into kinds, stored, first_pos, tbls, sigs, nrows, prev_same
  from prior as pr;

  reasons := array_fill(null::text, array[n]);
  i := 1;
  loop
    -- A run ends before a mutation that cannot join it, and at the end of the batch.
    if cardinality(run) > 0 and (
      i > n
      or kinds[i] = 'one'
      or (kinds[i] = 'run' and (
        tbls[i] <> run_table or sigs[i] <> run_sig or coalesce(prev_same[i] >= run[1], false)))
    ) then
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
      run := '{}'::integer[];
    end if;
    exit when i > n;

    if kinds[i] = 'run' then
      if cardinality(run) = 0 then
        run_table := tbls[i];
        run_sig := sigs[i];
      end if;
      run := run || i;
    elsif kinds[i] = 'one' then
      reasons[i] := private.apply_mutation_or_reason(ms[i]);
    end if;
    i := i + 1;
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
    array(select mids[k] from generate_subscripts(kinds, 1) as k where kinds[k] in ('run', 'one')),
    array(select answers[k] from generate_subscripts(kinds, 1) as k where kinds[k] in ('run', 'one')));
  return to_jsonb(answers);
end
$$;

do $$
declare
  f text;
begin
  foreach f in array array[
    'private.begin_mutations(uuid[])', 'private.record_mutations(uuid[], jsonb[])',
    'private.apply_mutation_or_reason(jsonb)', 'private.upsert_rows(text, text[], jsonb)'
  ] loop
    execute format('revoke execute on function %s from public, anon', f);
    execute format('grant execute on function %s to authenticated', f);
  end loop;
end
$$;
