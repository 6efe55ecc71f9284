-- sync_pull, with the same contract (see 20251126100400_sync_rpc.sql for the answer format), and:
--   * a byte budget per page: a page stops once its rows reach 1 MB (pg_column_size of each row's
--     jsonb), always delivering at least one row, so no row, however large, blocks a pull; the
--     rest comes with has_more. (A session may lower the budget with the setting
--     loft.sync_pull_budget, never raise it; the tests use it.)
--   * a cursor that is not one this function made (wrong types, a broken xid or uuid) answers
--     reset, as an unknown cursor always did, instead of raising an error.

create or replace function public.sync_pull(cursor jsonb default null, page_size integer default 500)
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
  budget integer := 1048576;
  wanted_budget text := pg_catalog.current_setting('loft.sync_pull_budget', true);
  cx xid8 := '0'::xid8;
  ck integer := -1;
  ct text := '';
  ci uuid := '00000000-0000-0000-0000-000000000000'::uuid;
  is_reset boolean := false;
  parts text[] := array[]::text[];
  reg private.synced_tables;
  page jsonb;
  candidates integer;
  more boolean;
  last jsonb;
begin
  if uid is null then
    raise exception 'not_authenticated' using errcode = '28000';
  end if;
  if wanted_budget ~ '^[0-9]{1,9}$' then
    budget := least(budget, wanted_budget::integer);
  end if;
  if cursor is not null and jsonb_typeof(cursor) = 'object' and cursor ->> 'v' = '1' then
    begin
      if cursor ->> 'f' is distinct from fingerprint
        or (cursor ->> 'x')::xid8 < private.sync_pruned_xid() then
        is_reset := true;
      else
        cx := (cursor ->> 'x')::xid8;
        ck := (cursor ->> 'k')::integer;
        ct := cursor ->> 't';
        ci := (cursor ->> 'i')::uuid;
        if cx is null or ck is null or ct is null or ci is null or ck not in (-1, 0, 1)
          or jsonb_typeof(cursor -> 't') <> 'string' then
          is_reset := true;
        end if;
      end if;
    exception when others then
      is_reset := true;
    end;
    if is_reset then
      cx := '0'::xid8;
      ck := -1;
      ct := '';
      ci := '00000000-0000-0000-0000-000000000000'::uuid;
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

  -- The first n + 1 changes in order; a page keeps the first n of them, and of those only as
  -- many as fit the budget (the first always fits).
  execute format(
    'select coalesce(jsonb_agg(jsonb_build_object(''table'', tbl, ''op'',
        case k when 0 then ''delete'' else ''upsert'' end, ''row'', r,
        ''_key'', jsonb_build_object(''x'', x::text, ''k'', k, ''t'', tbl, ''i'', id))
        order by x, k, tbl, id) filter (where keep), ''[]''::jsonb),
        count(*)::integer
     from (
       select s.*, row_number() over w <= $6
         and sum(pg_catalog.pg_column_size(s.r)) over w - pg_catalog.pg_column_size(s.r) < $7 as keep
       from (select * from (%s) u order by x, k, tbl, id limit $6 + 1) s
       window w as (order by x, k, tbl, id rows between unbounded preceding and current row)
     ) s2',
    array_to_string(parts, ' union all '))
  into page, candidates
  using horizon, cx, ck, ct, ci, n, budget;

  more := candidates > jsonb_array_length(page);
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
