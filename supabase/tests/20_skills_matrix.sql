-- The skills matrix, its target levels and the success-story consent on a real PostgreSQL 15
-- (20261208150000_skills_matrix.sql). The PGlite twin: test/db/matrix.test.ts.
-- Organisation A: Kundeservice (Kundebehandler 7 with the HR lead, Teamleder 6 with the admin),
-- Salg (Selger 7 with the ambassador), no department: Sjef 2, and 5 people without a role.
begin;
select plan(48);

create function pg_temp.fixture() returns jsonb language plpgsql as $f$
declare
  org uuid := tests.create_org('Fjord AS');
  other uuid := tests.create_org('Annen AS');
  ks uuid; salg uuid; kb uuid; tl uuid; sg uuid; sj uuid; u uuid; i int;
  people jsonb := '{}';
begin
  insert into public.departments (organisation_id, name) values (org, 'Kundeservice') returning id into ks;
  insert into public.departments (organisation_id, name) values (org, 'Salg') returning id into salg;
  insert into public.job_roles (organisation_id, department_id, name) values (org, ks, 'Kundebehandler') returning id into kb;
  insert into public.job_roles (organisation_id, department_id, name) values (org, ks, 'Teamleder') returning id into tl;
  insert into public.job_roles (organisation_id, department_id, name) values (org, salg, 'Selger') returning id into sg;
  insert into public.job_roles (organisation_id, name) values (org, 'Sjef') returning id into sj;
  for i in 1..27 loop
    u := tests.create_user();
    insert into public.memberships (user_id, organisation_id, roles, department_id, job_role_id)
    values (u, org,
      case i when 1 then array['member', 'hr'] when 8 then array['member', 'admin']
        when 14 then array['member', 'ambassador'] else array['member'] end,
      case when i <= 13 then ks when i <= 20 then salg end,
      case when i <= 7 then kb when i <= 13 then tl when i <= 20 then sg when i <= 22 then sj end);
    people := people || jsonb_build_object('p' || i, u);
  end loop;
  return jsonb_build_object('org', org, 'other', other, 'ks', ks, 'salg', salg, 'kb', kb, 'tl', tl,
    'sg', sg, 'sj', sj, 'people', people, 'hr_b', tests.create_member(other, array['hr']));
end
$f$;

create temp table fx as select pg_temp.fixture() as f;
grant select on fx to authenticated;
create function pg_temp.p(i int) returns uuid language sql as $$ select (f -> 'people' ->> ('p' || i))::uuid from fx $$;
create function pg_temp.id(k text) returns uuid language sql as $$ select (f ->> k)::uuid from fx $$;
create function pg_temp.matrix(uid uuid) returns jsonb language sql as $$
  select tests.json_as(uid, format('select public.skills_matrix(%L)', pg_temp.id('org')))
$$;
create function pg_temp.role(m jsonb, k text) returns jsonb language sql as $$
  select r from jsonb_array_elements(m -> 'roles') r where r ->> 'key' = pg_temp.id(k)::text
$$;
create function pg_temp.shown(m jsonb) returns text language sql as $$
  select string_agg(r ->> 'name', ',' order by r ->> 'name') from jsonb_array_elements(m -> 'roles') r
  where not (r ->> 'suppressed')::boolean
$$;

-- Self-assessments: five Kundebehandlere say 2 on ai-basics (one said 4 earlier: the latest
-- counts), three say 3 on own-tools. Quizzes: five Kundebehandlere answer what-ai-is q1 right
-- and q2 wrong (share ½ → 2.5 → level 3).
insert into public.self_assessments (id, user_id, competency_id, level, assessed_at)
select gen_random_uuid(), pg_temp.p(i), 'ai-basics', 2, timestamptz '2026-12-01 10:00+01' from generate_series(1, 5) i
union all select gen_random_uuid(), pg_temp.p(1), 'ai-basics', 4, '2026-11-01 10:00+01'
union all select gen_random_uuid(), pg_temp.p(i), 'own-tools', 3, '2026-12-01 10:00+01' from generate_series(1, 3) i;
insert into public.quiz_answers (id, user_id, lesson_id, question_id, choice_id, correct)
select gen_random_uuid(), pg_temp.p(i), 'what-ai-is', q, 'a', q = 'what-ai-is.q1'
from generate_series(2, 6) i, unnest(array['what-ai-is.q1', 'what-ai-is.q2']) q;

-- Who may ask.
select throws_ok(format('select pg_temp.matrix(%L)', pg_temp.p(2)), '42501', null, 'a member is refused the matrix');
select throws_ok(format('select pg_temp.matrix(%L)', pg_temp.p(14)), '42501', null, 'an ambassador is refused the matrix');
select throws_ok(format('select pg_temp.matrix(%L)', pg_temp.id('hr_b')), '42501', null,
  'HR of another organisation is refused');
select throws_ok($$select tests.run_as(null, 'select public.skills_matrix(gen_random_uuid())')$$, '42501', null,
  'anon cannot call it');
select lives_ok(format('select pg_temp.matrix(%L)', pg_temp.p(8)), 'an admin reads the matrix');

-- A: Sjef (2 people) is too small; the others are shown.
create temp table m_a as select pg_temp.matrix(pg_temp.p(1)) as m;
select is((select pg_temp.shown(m) from m_a), 'Kundebehandler,Selger,Teamleder', 'the small role is not shown');
select is((select pg_temp.role(m, 'sj') from m_a),
  jsonb_build_object('key', pg_temp.id('sj'), 'name', 'Sjef', 'suppressed', true),
  'a suppressed role carries no numbers');
select is((select m ->> 'people' from m_a), '27', 'the organisation counts everyone');
select is((select pg_temp.role(m, 'kb') -> 'competencies' -> 'ai-basics' from m_a),
  '{"self": [0, 5, 0, 0], "self_avg": 2.00, "self_people": 5, "objective": [0, 0, 5, 0], "objective_avg": 2.50, "objective_people": 5}'::jsonb,
  'the latest self-assessment counts; the objective estimate is the quiz share on 1–4');
select is((select pg_temp.role(m, 'kb') -> 'competencies' -> 'own-tools' from m_a),
  '{"self": null, "self_avg": null, "self_people": 3, "objective": null, "objective_avg": null, "objective_people": 0}'::jsonb,
  'fewer than min_group people behind a distribution: no distribution, no mean');
select is((select jsonb_array_length(m -> 'competencies') from m_a), 11, 'the eleven competencies');

-- C: Sjef moves into Salg: Salg − Selger = 2, so Selger is hidden as well (the parent rule).
update public.memberships set department_id = pg_temp.id('salg') where job_role_id = pg_temp.id('sj');
select is(pg_temp.shown(pg_temp.matrix(pg_temp.p(1))), 'Kundebehandler,Teamleder',
  'a role inside its department: the department''s remainder is never 1..min_group−1');
update public.memberships set department_id = null where job_role_id = pg_temp.id('sj');
select is(pg_temp.shown(pg_temp.matrix(pg_temp.p(1))), 'Kundebehandler,Selger,Teamleder', 'and back');

-- B: four of the five without a role become Selger (no department): only 1 + 2 people are left
-- outside a shown role, so the smallest shown role (Teamleder) is hidden too.
update public.memberships set job_role_id = pg_temp.id('sg')
where user_id in (pg_temp.p(23), pg_temp.p(24), pg_temp.p(25), pg_temp.p(26));
select is(pg_temp.shown(pg_temp.matrix(pg_temp.p(1))), 'Kundebehandler,Selger',
  'the remainder rule hides the next smallest role');

-- The organisation under min_group: every role suppressed.
update public.organisations set min_group_size = 30 where id = pg_temp.id('org');
select is(pg_temp.shown(pg_temp.matrix(pg_temp.p(1))), null, 'an organisation under min_group shows nothing');
select is(pg_temp.matrix(pg_temp.p(1)) -> 'people', 'null'::jsonb, 'not even its size');
update public.organisations set min_group_size = 5 where id = pg_temp.id('org');

-- --- target levels -----------------------------------------------------------------------------------
insert into public.skill_targets (id, organisation_id, job_role_id, targets)
values (pg_temp.id('kb'), pg_temp.id('org'), pg_temp.id('kb'), '{"ai-basics": 3}');

select is((select audience from private.synced_tables where table_name = 'skill_targets'),
  'array[''hr'', ''admin'']', 'targets sync to HR and admins only');
select is(tests.run_as(pg_temp.p(2), 'select * from public.skill_targets'), 0::bigint, 'a member reads no targets');
select is(tests.run_as(pg_temp.p(14), 'select * from public.skill_targets'), 0::bigint, 'an ambassador reads no targets');
select is(tests.run_as(pg_temp.p(1), 'select * from public.skill_targets'), 1::bigint, 'HR reads them');
select is(tests.run_as(pg_temp.id('hr_b'), 'select * from public.skill_targets'), 0::bigint,
  'HR of another organisation reads none');
select is(tests.run_as(pg_temp.p(2), 'update public.skill_targets set targets = ''{}'''), 0::bigint,
  'a member cannot change them');
select is(tests.run_as(pg_temp.p(14), 'delete from public.skill_targets'), 0::bigint,
  'an ambassador cannot delete them');
select is(tests.run_as(pg_temp.p(8), format(
    'update public.skill_targets set targets = ''{"ai-basics": 4}'', updated_at = ''2001-01-01'', updated_by = %L',
    pg_temp.p(2))), 1::bigint, 'an admin changes them');
select ok((select updated_by = pg_temp.p(8) and updated_at = now() from public.skill_targets),
  'the server writes who and when, whatever was sent');
select throws_ok(format('select tests.run_as(%L, %L)', pg_temp.id('hr_b'), format(
    'insert into public.skill_targets (id, organisation_id, job_role_id) values (%L, %L, %L)',
    pg_temp.id('tl'), pg_temp.id('other'), pg_temp.id('tl'))),
  '42501', null, 'a forged organisation is replaced by the job role''s, and refused');
select throws_ok(format('update public.skill_targets set targets = ''{"ai-basics": 5}'''), '23514', null,
  'levels are 1..4');
select throws_ok(format('update public.skill_targets set targets = ''{"made-up": 2}'''), '23514', null,
  'only known competencies');
select throws_ok(format('update public.skill_targets set targets = %L',
    jsonb_build_object('ai-basics', 2, 'x', repeat('y', 2000))), '23514', null, 'oversize is refused');
select is(
  (select tests.json_as(pg_temp.p(1), format($$select public.sync_push(%L::jsonb)$$, jsonb_build_array(
    jsonb_build_object('id', '00000000-0000-4000-8000-0000000000a1', 'table', 'skill_targets', 'op', 'upsert',
      'row', jsonb_build_object('id', pg_temp.id('tl'), 'organisation_id', pg_temp.id('org'),
        'job_role_id', pg_temp.id('tl'), 'targets', '{"law-ethics": 2}'::jsonb))))) -> 0 ->> 'status'),
  'applied', 'HR pushes a target');
select is(
  (select tests.json_as(pg_temp.p(1), format($$select public.sync_push(%L::jsonb)$$, jsonb_build_array(
    jsonb_build_object('id', '00000000-0000-4000-8000-0000000000a1', 'table', 'skill_targets', 'op', 'upsert',
      'row', jsonb_build_object('id', pg_temp.id('tl'), 'organisation_id', pg_temp.id('org'),
        'job_role_id', pg_temp.id('tl'), 'targets', '{"law-ethics": 4}'::jsonb))))) -> 0 ->> 'status'),
  'applied', 'a replayed push is answered as before …');
select is((select targets from public.skill_targets where id = pg_temp.id('tl')), '{"law-ethics": 2}'::jsonb,
  '… and changes nothing');
select is(
  (select tests.json_as(pg_temp.p(14), format($$select public.sync_push(%L::jsonb)$$, jsonb_build_array(
    jsonb_build_object('id', gen_random_uuid(), 'table', 'skill_targets', 'op', 'upsert',
      'row', jsonb_build_object('id', pg_temp.id('sg'), 'organisation_id', pg_temp.id('org'),
        'job_role_id', pg_temp.id('sg'), 'targets', '{}'::jsonb))))) -> 0 ->> 'reason'),
  'forbidden', 'an ambassador''s push is forbidden');

-- --- the success story's consent -----------------------------------------------------------------------
create temp table posts as select gen_random_uuid() as a, gen_random_uuid() as b;
grant select on posts to authenticated;
select ok(tests.run_as(pg_temp.p(3), format(
  'insert into public.community_posts (id, organisation_id, author_id, kind, title, body, minutes_before, minutes_after, story_consent, story_named)
   values (%L, %L, %L, ''success_story'', ''Svar på klager'', ''Malen sparer tid.'', 30, 10, true, true), (%L, %L, %L, ''use_case'', ''Uten samtykke'', '''', null, null, false, true)',
  (select a from posts), pg_temp.id('org'), pg_temp.p(3), (select b from posts), pg_temp.id('org'), pg_temp.p(3))) > 0, 'setup write applied');

select is((select story_named from public.community_posts where id = (select b from posts)), false,
  'no name without consent');
select is(tests.json_as(pg_temp.p(1), format('select public.success_stories(%L)', pg_temp.id('org'))) -> 0 ->> 'title',
  'Svar på klager', 'HR is offered the consented post');
select is(jsonb_array_length(tests.json_as(pg_temp.p(1), format('select public.success_stories(%L)', pg_temp.id('org')))),
  1, 'and only that one');
select throws_ok(format('select tests.json_as(%L, %L)', pg_temp.p(2), format('select public.success_stories(%L)', pg_temp.id('org'))),
  '42501', null, 'a member is not offered stories');
select ok(tests.run_as(pg_temp.p(14), format(
  'update public.community_posts set story_consent = false, story_named = false where id = %L', (select a from posts))) > 0, 'setup write applied');
select ok(tests.run_as(pg_temp.p(8), format(
  'update public.community_posts set story_consent = false where id = %L', (select a from posts))) > 0, 'setup write applied');
select is((select story_consent and story_named from public.community_posts where id = (select a from posts)), true,
  'an ambassador''s or admin''s write keeps the author''s consent');
select is(tests.run_as(pg_temp.p(1), format(
  'update public.community_posts set story_consent = true where id = %L', (select b from posts))), 0::bigint,
  'HR cannot give consent for someone else');
select ok(tests.run_as(pg_temp.p(14), format(
  'update public.community_posts set status = ''hidden'' where id = %L', (select a from posts))) > 0, 'setup write applied');
select is(jsonb_array_length(tests.json_as(pg_temp.p(1), format('select public.success_stories(%L)', pg_temp.id('org')))),
  0, 'a hidden post is not offered');
select ok(tests.run_as(pg_temp.p(14), format(
  'update public.community_posts set status = ''published'' where id = %L', (select a from posts))) > 0, 'setup write applied');
select ok(tests.run_as(pg_temp.p(3), format(
  'update public.community_posts set story_consent = false where id = %L', (select a from posts))) > 0, 'setup write applied');
select is(jsonb_array_length(tests.json_as(pg_temp.p(1), format('select public.success_stories(%L)', pg_temp.id('org')))),
  0, 'a withdrawn consent is not offered');
select throws_ok(format('select tests.run_as(%L, %L)', pg_temp.p(1), format(
    'insert into public.report_story_picks (id, organisation_id, post_id) values (%L, %L, %L)',
    pg_temp.id('org'), pg_temp.id('org'), gen_random_uuid())),
  '23514', null, 'HR picks only a post of the organisation');

select * from finish();
rollback;
