-- HR insights and the weekly pulse on a real PostgreSQL 15 (20261208120000_pulse.sql,
-- 20261208120100_insights.sql). The PGlite twin: test/db/insights.test.ts.
-- An organisation with departments of 12, 8, 5, 4 and 3 people and, in the 12, job roles of 2
-- and 10; "today" is fixed at Monday 2026-12-07 through private.insights_at / _trend_at.
begin;
select plan(51);

create function pg_temp.fixture() returns jsonb language plpgsql as $f$
declare
  org uuid := tests.create_org('Fjord AS');
  other uuid := tests.create_org('Annen AS');
  sizes int[] := array[12, 8, 5, 4, 3];
  names text[] := array['Kundeservice', 'Salg', 'Økonomi', 'HR', 'IT'];
  d uuid; r2 uuid; r10 uuid; u uuid; i int; k int;
  depts jsonb := '{}'; people jsonb := '{}';
begin
  -- Historical memberships keep their created_at: the stamping trigger is paused for them.
  set local session_replication_role = replica;
  for i in 1..5 loop
    insert into public.departments (organisation_id, name) values (org, names[i]) returning id into d;
    depts := depts || jsonb_build_object(names[i], d);
    if i = 1 then
      insert into public.job_roles (organisation_id, department_id, name) values (org, d, 'Teamleder') returning id into r2;
      insert into public.job_roles (organisation_id, department_id, name) values (org, d, 'Kundebehandler') returning id into r10;
    end if;
    for k in 1..sizes[i] loop
      u := tests.create_user();
      insert into public.memberships (user_id, organisation_id, roles, department_id, job_role_id, created_at)
      values (u, org,
        case when i = 1 and k = 1 then array['member', 'hr'] when i = 1 and k = 2 then array['member', 'admin']
          when i = 2 and k = 1 then array['member', 'ambassador'] else array['member'] end,
        d, case when i = 1 and k <= 2 then r2 when i = 1 then r10 end, '2026-01-05 08:00+01');
      people := people || jsonb_build_object(names[i] || k, u);
    end loop;
  end loop;
  set local session_replication_role = origin;
  -- Written with triggers off: their membership history from created_at, as a bulk load gets it.
  perform private.membership_history_fill();
  return jsonb_build_object('org', org, 'other', other, 'depts', depts, 'r2', r2, 'r10', r10, 'people', people);
end
$f$;

create temp table fx as select pg_temp.fixture() as f;
grant select on fx to authenticated;
create function pg_temp.p(name text) returns uuid language sql as $$ select (f -> 'people' ->> name)::uuid from fx $$;
create function pg_temp.dept(name text) returns text language sql as $$ select f -> 'depts' ->> name from fx $$;
create function pg_temp.org() returns uuid language sql as $$ select (f ->> 'org')::uuid from fx $$;
-- `sql` as the API runs it for `uid` (null: anon), as text for throws_ok / lives_ok.
create function pg_temp.api(uid uuid, sql text) returns text language sql as $$
  select case when uid is null then format('select tests.run_as(null, %L)', sql)
    else format('select tests.json_as(%L, %L)', uid, sql) end
$$;

-- Activity at fixed dates: everyone finishes a lesson on Tue 1 Dec and on Tue 24 Nov; the
-- Kundeservice people use a library prompt on 2 Dec (10 minutes saved each).
insert into public.progress_events (id, user_id, lesson_id, kind, occurred_at)
select gen_random_uuid(), (v #>> '{}')::uuid, 'l1', 'completed', t
from fx, jsonb_each(f -> 'people') as e (k, v), unnest(array['2026-12-01 10:00+01', '2026-11-24 10:00+01']::timestamptz[]) as t;
insert into public.prompt_uses (id, user_id, starter_prompt_id, organisation_id, minutes_saved, used_at)
select gen_random_uuid(), (v #>> '{}')::uuid, 'lp-cs-complaint-reply', pg_temp.org(), 10, '2026-12-02 09:00+01'
from fx, jsonb_each(f -> 'people') as e (k, v) where k like 'Kundeservice%';

-- The answer as `uid` with today fixed (owner call with the caller's claims, as the door does).
create function pg_temp.ins(uid uuid, period text, today date default '2026-12-07') returns jsonb
language plpgsql as $$
begin
  perform set_config('request.jwt.claims', json_build_object('sub', uid, 'role', 'authenticated')::text, true);
  return private.insights_at(pg_temp.org(), period, today);
end $$;
create function pg_temp.trend(uid uuid, period text, n int) returns jsonb
language plpgsql as $$
begin
  perform set_config('request.jwt.claims', json_build_object('sub', uid, 'role', 'authenticated')::text, true);
  return private.insights_trend_at(pg_temp.org(), period, n, '2026-12-07');
end $$;
create function pg_temp.preview(uid uuid, period text) returns jsonb
language plpgsql as $$
begin
  perform set_config('request.jwt.claims', json_build_object('sub', uid, 'role', 'authenticated')::text, true);
  return private.insights_preview_at(period, '2026-12-07');
end $$;
-- No shown cell under min_group; per dimension, organisation − shown is 0 or ≥ min_group.
create function pg_temp.rules_hold(r jsonb) returns boolean language sql as $$
  with cells as (select c from jsonb_array_elements(r -> 'cells') c),
  total as (select (c ->> 'people')::int as t from cells where c ->> 'dimension' = 'organisation')
  select coalesce((select bool_and((c ->> 'people')::int >= (r ->> 'min_group')::int) from cells), true)
    and coalesce((select bool_and(rest = 0 or rest >= (r ->> 'min_group')::int) from (
      select (select t from total) - sum((c ->> 'people')::int) as rest
      from cells where c ->> 'dimension' <> 'organisation' group by c ->> 'dimension') s), true)
$$;
create function pg_temp.sizes(r jsonb, dim text) returns int[] language sql as $$
  select coalesce(array_agg((c ->> 'people')::int order by (c ->> 'people')::int desc), '{}')
  from jsonb_array_elements(r -> 'cells') c where c ->> 'dimension' = dim
$$;
create function pg_temp.cell(r jsonb, dim text, k text) returns jsonb language sql as $$
  select c from jsonb_array_elements(r -> 'cells') c where c ->> 'dimension' = dim and c ->> 'key' = k
$$;

-- --- the pulse table -----------------------------------------------------------------------------
select ok(exists (select 1 from private.synced_tables where table_name = 'pulse_responses'
  and kind = 'personal' and owner_column = 'user_id' and org_column = 'organisation_id'),
  'pulse_responses is a personal synced table');
select ok((select relrowsecurity from pg_class where oid = 'public.pulse_responses'::regclass), 'pulse: RLS on');

select is(tests.run_as(pg_temp.p('Salg2'), format($$insert into public.pulse_responses
  (id, organisation_id, week, used_ai, minutes_band, obstacle, obstacle_theme, satisfaction)
  values (gen_random_uuid(), %L, '2026-11-30', true, '15-60', 'Hemmelig hinder: sjefen vil ikke', 'leadership', 4)$$,
  pg_temp.org())), 1::bigint, 'a person writes their own pulse answer');
select is(tests.run_as(pg_temp.p('Salg2'), 'select * from public.pulse_responses'), 1::bigint, 'and reads it');
select is(tests.run_as(pg_temp.p('Salg3'), 'select * from public.pulse_responses'), 0::bigint, 'a colleague reads none');
select is(tests.run_as(pg_temp.p('Kundeservice1'), 'select * from public.pulse_responses'), 0::bigint, 'HR reads none');
select is(tests.run_as(pg_temp.p('Kundeservice2'), 'select * from public.pulse_responses'), 0::bigint, 'an admin reads none');
select is(tests.run_as(pg_temp.p('Salg3'), format($$update public.pulse_responses set satisfaction = 1 where user_id = %L$$,
  pg_temp.p('Salg2'))), 0::bigint, 'nor changes another''s');
select throws_ok(format('select tests.run_as(%L, %L)', pg_temp.p('Salg3'),
  format('insert into public.pulse_responses (id, user_id, week) values (gen_random_uuid(), %L, %L)', pg_temp.p('Salg2'), '2026-11-30')),
  '42501', null, 'an answer in another''s name is refused');
select throws_ok(format($$select tests.run_as(%L, 'insert into public.pulse_responses (id, week, win) values (gen_random_uuid(), ''2026-11-30'', repeat(''x'', 501))')$$,
  pg_temp.p('Salg3')), '23514', null, 'a win over 500 characters is refused');
select throws_ok(format($$select tests.run_as(%L, 'insert into public.pulse_responses (id, week) values (gen_random_uuid(), ''2026-12-01'')')$$,
  pg_temp.p('Salg3')), '23514', null, 'a week that is not a Monday is refused');
select throws_ok(format($$select tests.run_as(%L, 'insert into public.pulse_responses (id, week, skipped, satisfaction) values (gen_random_uuid(), ''2026-11-30'', true, 3)')$$,
  pg_temp.p('Salg3')), '23514', null, 'a skipped week holds no answers');
select throws_ok(format($$select tests.run_as(%L, 'insert into public.pulse_responses (id, week, satisfaction) values (gen_random_uuid(), ''2026-11-30'', 6)')$$,
  pg_temp.p('Salg3')), '23514', null, 'satisfaction is 1..5');

-- Five more answers in Kundeservice; one shares its words.
insert into public.pulse_responses (id, user_id, organisation_id, week, used_ai, minutes_band, win, obstacle, obstacle_theme, share_words, satisfaction)
select gen_random_uuid(), pg_temp.p('Kundeservice' || k), pg_temp.org(), '2026-11-30', k % 2 = 0, '1-15',
  case when k = 3 then 'Delte ord: svarmalen sparte meg en time' else 'Privat seier ' || k end,
  case when k = 4 then 'Privat hinder: verktøyet er tregt' else '' end, case when k = 4 then 'tools' end, k = 3, 3 + k % 3
from generate_series(3, 7) as k;

-- --- who may ask ----------------------------------------------------------------------------------
select lives_ok(pg_temp.api(pg_temp.p('Kundeservice1'), format('select public.insights(%L, %L)', pg_temp.org(), '30d')),
  'HR of the organisation gets insights()');
select lives_ok(pg_temp.api(pg_temp.p('Kundeservice2'), format('select public.insights_trend(%L, %L, 4)', pg_temp.org(), 'week')),
  'so does its admin, and the trend');
select throws_ok(pg_temp.api(tests.create_member((select (f ->> 'other')::uuid from fx), array['hr']),
  format('select public.insights(%L, %L)', pg_temp.org(), '30d')), '42501', null, 'HR of another organisation gets nothing');
select throws_ok(pg_temp.api(pg_temp.p('Salg2'), format('select public.insights(%L, %L)', pg_temp.org(), '30d')),
  '42501', null, 'a plain member gets nothing');
select throws_ok(pg_temp.api(pg_temp.p('Salg1'), format('select public.insights_trend(%L, %L, 3)', pg_temp.org(), '30d')),
  '42501', null, 'an ambassador gets nothing, trend neither');
select throws_ok(pg_temp.api(null, format('select public.insights(%L, %L)', pg_temp.org(), '30d')),
  '42501', null, 'anon gets nothing');
select throws_ok(pg_temp.api(pg_temp.p('Kundeservice1'), format('select private.insights_at(%L, %L, %L)', pg_temp.org(), '30d', '2026-01-01')),
  '42501', null, 'nobody picks "today" through the API (nor calls the cells)');
select is(tests.run_as(pg_temp.p('Kundeservice1'), 'select * from public.progress_events'),
  2::bigint, 'HR reads only their own learning events');
select is((select array_agg(jsonb_array_length(t -> 'cells')) from jsonb_array_elements(pg_temp.trend(pg_temp.p('Kundeservice1'), 'quarter', 26)) t)
    @> array[0], true, 'quarters before anyone joined: no cells, no error (26 quarters back)');
select throws_ok(pg_temp.api(pg_temp.p('Kundeservice1'), format('select public.insights(%L, %L)', pg_temp.org(), 'today')),
  '22023', null, 'only week, 30d and quarter');

-- --- the suppression rules --------------------------------------------------------------------------
select is(pg_temp.ins(pg_temp.p('Kundeservice1'), 'week') -> 'period',
  '{"kind": "week", "from": "2026-11-30", "to": "2026-12-06"}', 'week: the last finished ISO week');
select is(pg_temp.ins(pg_temp.p('Kundeservice1'), '30d') -> 'period',
  '{"kind": "30d", "from": "2026-11-07", "to": "2026-12-06"}', '30d: the 30 finished days before today');
select is(pg_temp.ins(pg_temp.p('Kundeservice1'), 'quarter') -> 'period',
  '{"kind": "quarter", "from": "2026-07-01", "to": "2026-09-30"}', 'quarter: the last finished quarter');
select ok((select bool_and(pg_temp.rules_hold(pg_temp.ins(pg_temp.p('Kundeservice1'), p)))
  from unnest(array['week', '30d', 'quarter']) p), 'every period: no cell under 5, each remainder 0 or ≥ 5');
select is(pg_temp.sizes(pg_temp.ins(pg_temp.p('Kundeservice1'), 'week'), 'department'), array[12, 8, 5],
  'departments of 4 and 3 are absent, 12, 8 and 5 shown (the 7 uncovered may be shown)');
select is(pg_temp.sizes(pg_temp.ins(pg_temp.p('Kundeservice1'), 'week'), 'job_role'), '{}'::int[],
  'the job role of 2 is absent, and so is the 10 beside it in its department of 12 (12 − 10 = 2)');
select is(pg_temp.ins(pg_temp.p('Kundeservice1'), 'week') #> '{cells,0}' ->> 'lessons_completed', '32',
  'the organisation''s week: 32 lessons');
select is(pg_temp.cell(pg_temp.ins(pg_temp.p('Kundeservice1'), 'week'), 'department', pg_temp.dept('Kundeservice'))
  ->> 'minutes_saved_high', '120', 'Kundeservice: 12 × 10 minutes reported, as the range''s top');
select is(pg_temp.ins(pg_temp.p('Kundeservice1'), 'week') #> '{cells,0,minutes_saved_low}', '60',
  'and its bottom is half of it');

-- --- the pulse in the cells -------------------------------------------------------------------------
select ok(position('Hemmelig hinder' in pg_temp.ins(pg_temp.p('Kundeservice1'), 'week')::text) = 0
  and position('Privat hinder' in pg_temp.ins(pg_temp.p('Kundeservice1'), 'week')::text) = 0
  and position('Privat seier' in pg_temp.ins(pg_temp.p('Kundeservice1'), 'week')::text) = 0,
  'an obstacle or win never reaches HR verbatim without share_words');
select is(pg_temp.ins(pg_temp.p('Kundeservice1'), 'week') #> '{cells,0,pulse_quotes}',
  '["Delte ord: svarmalen sparte meg en time"]', 'words their author shared appear, in the organisation cell');
select is(pg_temp.ins(pg_temp.p('Kundeservice1'), 'week') #> '{cells,0,pulse_obstacle_themes}',
  '{"tools": 1, "leadership": 1}', 'obstacles reach HR as themes');
select is(pg_temp.cell(pg_temp.ins(pg_temp.p('Kundeservice1'), 'week'), 'department', pg_temp.dept('Salg')) -> 'pulse_satisfaction_avg',
  'null', 'one respondent in Salg: no satisfaction average there');

-- --- community content, counted, never who -----------------------------------------------------------
set local session_replication_role = replica;
insert into public.community_posts (id, organisation_id, author_id, kind, title, created_at, updated_at)
values ('00000000-0000-4000-8000-0000000000a1', pg_temp.org(), pg_temp.p('Salg3'), 'use_case', 'Svarmal', '2026-12-02 10:00+01', '2026-12-02 10:00+01');
insert into public.community_comments (id, organisation_id, post_id, author_id, body, created_at, updated_at)
values (gen_random_uuid(), pg_temp.org(), '00000000-0000-4000-8000-0000000000a1', pg_temp.p('Økonomi1'), 'Takk!', '2026-12-02 11:00+01', '2026-12-02 11:00+01');
insert into public.community_reactions (id, organisation_id, post_id, user_id, kind, created_at)
values (gen_random_uuid(), pg_temp.org(), '00000000-0000-4000-8000-0000000000a1', pg_temp.p('Kundeservice5'), 'useful', '2026-12-02 12:00+01');
insert into public.community_replications (id, organisation_id, post_id, user_id, minutes_before, minutes_after, created_at)
values (gen_random_uuid(), pg_temp.org(), '00000000-0000-4000-8000-0000000000a1', pg_temp.p('Kundeservice6'), 30, 10, '2026-12-03 09:00+01');
insert into public.ideas (id, organisation_id, author_id, anonymous, kind, title, status, created_on) values
  (gen_random_uuid(), pg_temp.org(), pg_temp.p('Salg4'), false, 'idea', 'KI i tilbud', 'planned', '2026-12-03'),
  (gen_random_uuid(), pg_temp.org(), null, true, 'obstacle', 'For lite tid', 'new', '2026-12-04'),
  (gen_random_uuid(), pg_temp.org(), pg_temp.p('Salg4'), false, 'idea', 'Eldre idé', 'done', '2026-10-01');
set local session_replication_role = origin;
select is((select jsonb_build_object('posts', c -> 'posts', 'comments', c -> 'comments', 'reactions', c -> 'reactions',
    'replications', c -> 'replications', 'ideas', c -> 'ideas', 'ideas_by_status', c -> 'ideas_by_status')
    from (select pg_temp.ins(pg_temp.p('Kundeservice1'), 'week') #> '{cells,0}' as c) x),
  '{"posts": 1, "comments": 1, "reactions": 1, "replications": 1, "ideas": 2, "ideas_by_status": {"new": 1, "planned": 1}}',
  'the organisation''s week counts the community''s content, the anonymous idea included');
select is(jsonb_build_object('posts', c -> 'posts', 'ideas', c -> 'ideas', 'by_status', c -> 'ideas_by_status'),
  '{"posts": 1, "ideas": 1, "by_status": {"planned": 1}}',
  'a department counts its people''s posts and named ideas, never the anonymous one')
from pg_temp.cell(pg_temp.ins(pg_temp.p('Kundeservice1'), 'week'), 'department', pg_temp.dept('Salg')) c;

-- --- min_group_size takes effect at once --------------------------------------------------------------
update public.organisations set min_group_size = 3 where id = pg_temp.org();
select is(pg_temp.sizes(pg_temp.ins(pg_temp.p('Kundeservice1'), 'week'), 'department'), array[12, 8, 5, 4, 3],
  'min_group_size 3: the 4 and the 3 appear at once');
update public.organisations set min_group_size = 10 where id = pg_temp.org();
select ok(pg_temp.sizes(pg_temp.ins(pg_temp.p('Kundeservice1'), 'week'), 'department') = array[12]
  and pg_temp.rules_hold(pg_temp.ins(pg_temp.p('Kundeservice1'), 'week')), 'min_group_size 10: only the 12');
select throws_ok(format('update public.organisations set min_group_size = 2 where id = %L', pg_temp.org()),
  '23514', null, 'min_group_size is at least 3');
update public.organisations set min_group_size = 5 where id = pg_temp.org();

-- --- the privacy preview ------------------------------------------------------------------------------
select is(pg_temp.preview(pg_temp.p('HR1'), '30d') -> 'cells',
  jsonb_build_array(pg_temp.ins(pg_temp.p('Kundeservice1'), '30d') #> '{cells,0}',
    jsonb_build_object('dimension', 'department', 'key', pg_temp.dept('HR'), 'name', 'HR', 'suppressed', true)),
  'a 4-person department''s member sees the organisation''s cell as HR does, and "suppressed" for their own');
select is(pg_temp.preview(pg_temp.p('Salg5'), 'week') -> 'cells' -> 1,
  pg_temp.cell(pg_temp.ins(pg_temp.p('Kundeservice1'), 'week'), 'department', pg_temp.dept('Salg')),
  'a member of the 8 sees exactly HR''s cell of their department');
select is(pg_temp.preview(tests.create_user(), 'week'), null, 'a person without an organisation: null');

-- --- people join and leave between two periods ------------------------------------------------------
create temp table before_leaving as select pg_temp.ins(pg_temp.p('Kundeservice1'), 'week') -> 'cells' as cells;
delete from public.memberships where user_id = pg_temp.p('Salg8');
select is(pg_temp.ins(pg_temp.p('Kundeservice1'), 'week') -> 'cells', (select cells from before_leaving),
  'a finished week is the same after someone leaves (no difference to subtract)');
select ok(pg_temp.preview(pg_temp.p('Salg8'), 'week') is null, 'and the one who left sees no preview');
-- Two people of IT left on Monday 30 November (the clock cannot be set, so their history is);
-- one joined HR on 2 December.
delete from public.memberships where user_id in (pg_temp.p('IT1'), pg_temp.p('IT2'));
update private.membership_history set valid_to = '2026-11-30 12:00+01'
where user_id in (pg_temp.p('IT1'), pg_temp.p('IT2'));
set local session_replication_role = replica;
insert into public.memberships (user_id, organisation_id, department_id, created_at)
values (tests.create_user(), pg_temp.org(), pg_temp.dept('HR')::uuid, '2026-12-02 12:00+01');
set local session_replication_role = origin;
select private.membership_history_fill();
select ok((select bool_and(pg_temp.rules_hold(t)) from jsonb_array_elements(pg_temp.trend(pg_temp.p('Kundeservice1'), 'week', 2)) t),
  'after two left and one joined: the rules hold in both weeks');
select is(array[pg_temp.sizes(pg_temp.trend(pg_temp.p('Kundeservice1'), 'week', 2) -> 0, 'organisation'),
    pg_temp.sizes(pg_temp.trend(pg_temp.p('Kundeservice1'), 'week', 2) -> 1, 'organisation')], array[[32], [31]],
  'the week before counts the 32 of its end (the leavers still, the joiner not yet), the last week 31');
select is(pg_temp.sizes(pg_temp.trend(pg_temp.p('Kundeservice1'), 'week', 2) -> 0, 'department'), array[12, 8, 5],
  'the week before: 12, 8, 5 (7 uncovered)');
select is(cardinality(pg_temp.sizes(pg_temp.trend(pg_temp.p('Kundeservice1'), 'week', 2) -> 1, 'department')), 3,
  'the last week: HR grew to 5, but 31 − (12 + 8 + 5 + 5) = 1, so one 5 is hidden too');

-- --- the summary the triggers keep ------------------------------------------------------------------
insert into public.progress_events (id, user_id, lesson_id, kind, occurred_at, data)
values (gen_random_uuid(), pg_temp.p('Salg4'), 'f1', 'flaw_done', '2026-12-03 10:00+01', '{"hits": 3, "misses": 1, "false_alarms": "x"}');
delete from public.progress_events where user_id = pg_temp.p('Salg3');
update public.prompt_uses set minutes_saved = 25, used_at = used_at - interval '20 days' where user_id = pg_temp.p('Kundeservice3');
create temp table kept as select * from private.insights_activity
  where (events, lessons, flaw_hits, flaw_total, challenges, reviews, uses, minutes) <> (0, 0, 0, 0, 0, 0, 0, 0);
select private.insights_rebuild();
select set_eq('select * from kept', 'select * from private.insights_activity',
  'the summary kept by triggers through inserts, deletes and updates equals one made afresh');

select * from finish();
rollback;
