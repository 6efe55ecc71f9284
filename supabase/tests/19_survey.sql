-- The mapping survey on a real PostgreSQL 15 (the full role × organisation × operation grid, sync
-- runs and theme agreement with the client are in test/db/survey.test.ts). Organisation A has
-- departments of 12, 8, 5, 4 and 3 people (min group 5); everyone answers round 1, all but the 4
-- answer round 2 (shown 12 + 8 + 5 would leave 3: the remainder rule hides the 5 too).
begin;
select plan(24);

create temp table ids as
select tests.create_org('A') as org_a, tests.create_org('B') as org_b;
alter table ids add column hr uuid, add column admin uuid, add column amb uuid, add column member uuid,
  add column hr_b uuid, add column round1 uuid, add column round2 uuid, add column round_b uuid,
  add column late uuid;
create temp table people (name text, n integer, user_id uuid, department_id uuid);
grant select on ids, people to anon, authenticated;

do $$
declare
  org uuid := (select org_a from ids);
  d uuid;
  u uuid;
  names text[] := array['Kundeservice', 'Salg', 'Økonomi', 'HR', 'IT'];
  sizes integer[] := array[12, 8, 5, 4, 3];
begin
  for i in 1 .. 5 loop
    insert into public.departments (organisation_id, name) values (org, names[i]) returning id into d;
    for k in 1 .. sizes[i] loop
      u := tests.create_user();
      insert into public.memberships (user_id, organisation_id, roles, department_id)
      values (u, org,
        case when i = 1 and k = 1 then array['member', 'hr'] when i = 1 and k = 2 then array['member', 'admin']
          when i = 1 and k = 3 then array['member', 'ambassador'] else array['member'] end, d);
      insert into people values (names[i], k, u, d);
    end loop;
  end loop;
end
$$;
update ids set hr = (select user_id from people where name = 'Kundeservice' and n = 1),
  admin = (select user_id from people where name = 'Kundeservice' and n = 2),
  amb = (select user_id from people where name = 'Kundeservice' and n = 3),
  member = (select user_id from people where name = 'Salg' and n = 1),
  hr_b = tests.create_member(org_b, array['hr']),
  late = tests.create_member(org_a),
  round1 = gen_random_uuid(), round2 = gen_random_uuid(), round_b = gen_random_uuid();

-- Everyone joined "yesterday" (in one test transaction now() never moves on, and a round counts
-- the members of before its end).
update private.membership_history set valid_from = valid_from - interval '1 day'
where organisation_id in (select org_a from ids union all select org_b from ids);

select is(tests.run_as((select hr from ids), format(
  'insert into public.surveys (id, organisation_id, title, closes_on, created_by, opened_at) values (%L, %L, ''Høst'', current_date + 7, %L, ''2001-01-01'')',
  (select round1 from ids), (select org_a from ids), (select member from ids))), 1::bigint,
  'HR opens a round');
select is((select created_by from public.surveys where id = (select round1 from ids)), (select hr from ids),
  'the server records who opened it, not the device''s claim');
select ok((select opened_at > '2020-01-01' from public.surveys where id = (select round1 from ids)),
  'the server sets when it opened');

do $$
declare
  p record;
begin
  for p in select * from people loop
    perform tests.run_as(p.user_id, format(
      'insert into public.survey_responses (id, survey_id, answers, time_thieves_text, quote_consent) values (gen_random_uuid(), %L, %L, %L, %L)',
      (select round1 from ids),
      case when p.name = 'Salg' then '{"v": 1, "tools": ["gemini"], "skills": {"ai-basics": 2}}'
        else '{"v": 1, "tools": ["chatgpt", "copilot"], "skills": {"ai-basics": 2}}' end,
      case when p.name = 'Kundeservice' and p.n = 4 then 'Møtene tar all tid'
        when p.name = 'Kundeservice' and p.n = 5 then 'NOCONSENT e-post'
        when p.name = 'IT' and p.n = 1 then 'SMALLGROUP' else '' end,
      (p.name = 'Kundeservice' and p.n = 4) or (p.name = 'IT' and p.n = 1)));
  end loop;
end
$$;
select is(tests.run_as((select hr from ids),
  format('update public.surveys set status = ''closed'' where id = %L', (select round1 from ids))), 1::bigint,
  'HR closes round 1');

insert into public.surveys (id, organisation_id, title, closes_on)
select round2, org_a, 'Vår', current_date + 7 from ids union all select round_b, org_b, 'B', current_date + 7 from ids;
do $$
declare
  p record;
begin
  for p in select * from people where name <> 'HR' loop
    perform tests.run_as(p.user_id, format(
      'insert into public.survey_responses (id, survey_id, answers) values (gen_random_uuid(), %L, ''{"v": 1}'')',
      (select round2 from ids)));
  end loop;
end
$$;

select ok((select relrowsecurity from pg_class where oid = 'public.surveys'::regclass), 'RLS on (surveys)');
select ok((select relrowsecurity from pg_class where oid = 'public.survey_responses'::regclass),
  'RLS on (answers)');
select is((select audience from private.synced_tables where table_name = 'survey_responses'), 'null',
  'an answer syncs to its author only');

select throws_ok($$select tests.run_as(null, 'select * from public.surveys')$$, '42501', null,
  'anon has no access');
select is(tests.run_as((select member from ids), 'select * from public.surveys'), 2::bigint,
  'a member reads their organisation''s rounds only');
select is(tests.run_as((select amb from ids),
  format('update public.surveys set title = ''x'' where id = %L', (select round2 from ids))), 0::bigint,
  'an ambassador cannot change a round');
select is(tests.run_as((select hr_b from ids),
  format('delete from public.surveys where id = %L', (select round2 from ids))), 0::bigint,
  'HR of another organisation cannot delete A''s round');
select is(tests.run_as((select hr from ids),
  format('select * from public.survey_responses where user_id <> %L', (select hr from ids))), 0::bigint,
  'HR reads no one else''s answer');
select is(tests.run_as((select admin from ids),
  format('update public.survey_responses set barriers_text = ''x'' where user_id = %L', (select member from ids))),
  0::bigint, 'an admin cannot change a colleague''s answer');
select throws_ok(format('select tests.run_as(%L, %L)', (select member from ids),
  format('insert into public.survey_responses (id, user_id, survey_id) values (gen_random_uuid(), %L, %L)',
    (select late from ids), (select round2 from ids))),
  '42501', null, 'an answer in someone else''s name is refused');
select throws_ok(format('select tests.run_as(%L, %L)', (select member from ids),
  format('update public.survey_responses set barriers_text = repeat(''b'', 501) where survey_id = %L', (select round2 from ids))),
  '23514', null, 'free text over its limit is refused');
select throws_ok(format('select tests.run_as(%L, %L)', (select member from ids),
  format('update public.survey_responses set answers = ''{"v": 1, "tools": ["netscape"]}'' where survey_id = %L', (select round2 from ids))),
  '23514', null, 'an unknown choice is refused');
select throws_ok(format('select tests.run_as(%L, %L)', (select late from ids),
  format('insert into public.survey_responses (id, survey_id) values (gen_random_uuid(), %L)', (select round1 from ids))),
  '42501', null, 'a closed round refuses new answers');
select throws_ok(format('select tests.run_as(%L, %L)', (select late from ids),
  format('insert into public.survey_responses (id, survey_id) values (gen_random_uuid(), %L)', (select round_b from ids))),
  '42501', null, 'a round of another organisation refuses answers');

select throws_ok(format('select tests.json_as(%L, %L)', (select member from ids),
  format('select public.survey_results(%L)', (select round1 from ids))),
  '42501', null, 'a member gets no results');
select throws_ok(format('select tests.json_as(%L, %L)', (select hr from ids),
  format('select private.survey_cells(%L)', (select round1 from ids))),
  '42501', null, 'the unsuppressed cells are not callable through the API');

create function pg_temp.res(p_user uuid, p_round uuid) returns jsonb language sql as $$
  select tests.json_as(p_user, format('select public.survey_results(%L)', p_round))
$$;
create function pg_temp.departments(r jsonb) returns integer[] language sql as $$
  select array_agg((c ->> 'people')::integer order by (c ->> 'people')::integer desc)
  from jsonb_array_elements(r -> 'cells') c where c ->> 'dimension' = 'department'
$$;

select is(pg_temp.departments(pg_temp.res((select hr from ids), (select round1 from ids))), array[12, 8, 5],
  'departments of 4 and 3 are absent; 12, 8 and 5 shown');
select is(pg_temp.departments(pg_temp.res((select admin from ids), (select round2 from ids))), array[12, 8],
  'remainder rule: with the 4 silent, 12 + 8 + 5 would leave 3, so the 5 is hidden too');
select ok(position('NOCONSENT' in pg_temp.res((select hr from ids), (select round1 from ids))::text) = 0
  and position('SMALLGROUP' in pg_temp.res((select hr from ids), (select round1 from ids))::text) = 0,
  'no words without consent, none from a hidden department');
select is((select c -> 'quotes' from jsonb_array_elements(pg_temp.res((select hr from ids), (select round1 from ids)) -> 'cells') c
  where c ->> 'name' = 'Kundeservice'),
  '[{"field": "time_thieves_text", "text": "Møtene tar all tid"}]'::jsonb,
  'a consenting person''s words, in their shown department, without who');

select * from finish();
rollback;
