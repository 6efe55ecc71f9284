-- Row-level security on a real PostgreSQL 15 (the full matrix runs in test/db/rls.test.ts).
begin;
select plan(22);

create temp table ids as
select tests.create_org('A') as org_a, tests.create_org('B') as org_b;
alter table ids add column member uuid, add column hr uuid, add column amb uuid, add column admin uuid,
  add column other uuid, add column approved uuid, add column submitted uuid, add column other_prompt uuid;
update ids set member = tests.create_member(org_a), hr = tests.create_member(org_a, array['hr']),
  amb = tests.create_member(org_a, array['ambassador']), admin = tests.create_member(org_a, array['admin']),
  other = tests.create_member(org_b),
  approved = gen_random_uuid(), submitted = gen_random_uuid(), other_prompt = gen_random_uuid();
grant select on ids to anon, authenticated;

insert into public.prompts (id, organisation_id, author_id, title, body, status)
select approved, org_a, amb, 'A', 'a', 'approved' from ids
union all select submitted, org_a, member, 'S', 's', 'submitted' from ids
union all select other_prompt, org_b, other, 'B', 'b', 'approved' from ids;
insert into public.progress_events (id, user_id, lesson_id, kind)
select gen_random_uuid(), member, 'l1', 'completed' from ids;
insert into public.self_assessments (id, user_id, competency_id, level)
select gen_random_uuid(), member, 'ai-basics', 2 from ids;

-- anon
select throws_ok($$select tests.run_as(null, 'select * from public.prompts')$$, '42501', null,
  'anon has no access to prompts');
select throws_ok($$select tests.run_as(null, 'select * from public.organisations')$$, '42501', null,
  'anon has no access to organisations');

-- personal rows: only the owner
select is(tests.run_as((select member from ids), 'select * from public.progress_events'), 1::bigint,
  'a member reads their own progress');
select is(tests.run_as((select hr from ids), 'select * from public.progress_events'), 0::bigint,
  'HR reads no one else''s progress');
select is(tests.run_as((select hr from ids), 'select * from public.self_assessments'), 0::bigint,
  'HR reads no one else''s self-assessments');
select is(tests.run_as((select admin from ids), 'update public.progress_events set minutes = 1'), 0::bigint,
  'an admin cannot change someone''s progress');
select throws_ok(
  format('select tests.run_as(%L, %L)', (select amb from ids),
    format('insert into public.progress_events (id, user_id, lesson_id, kind) values (gen_random_uuid(), %L, ''l'', ''k'')', (select member from ids))),
  '42501', null, 'nobody writes a row in another person''s name');

-- library
select is(tests.run_as((select member from ids), 'select * from public.prompts'), 2::bigint,
  'a member sees the approved prompt and their own submission');
select is(tests.run_as((select hr from ids), 'select * from public.prompts'), 1::bigint,
  'HR (as a member) sees the approved prompt only');
select is(tests.run_as((select amb from ids), 'select * from public.prompts'), 2::bigint,
  'an ambassador sees all prompts of the organisation, none of another');
select is(tests.run_as((select member from ids), format('update public.prompts set featured = true where id = %L', (select approved from ids))), 0::bigint,
  'a member cannot change an approved prompt');
select is(tests.run_as((select amb from ids), format('update public.prompts set status = ''approved'' where id = %L', (select submitted from ids))), 1::bigint,
  'an ambassador approves a submission');
select is(tests.run_as((select amb from ids), format('update public.prompts set featured = true where id = %L', (select other_prompt from ids))), 0::bigint,
  'an ambassador cannot touch another organisation''s prompt');
select throws_ok(
  format('select tests.run_as(%L, %L)', (select member from ids),
    format('insert into public.prompts (id, organisation_id, author_id, title, body, status) values (gen_random_uuid(), %L, %L, ''t'', ''b'', ''approved'')', (select org_a from ids), (select member from ids))),
  '42501', null, 'a member cannot publish an approved prompt');

-- memberships and invites
select is(tests.run_as((select member from ids), 'select * from public.memberships'), 1::bigint,
  'a member sees only their own membership');
select is(tests.run_as((select admin from ids), 'select * from public.memberships'), 4::bigint,
  'an admin sees the memberships of their organisation only');
select is(tests.run_as((select admin from ids), format('update public.memberships set roles = array[''member'',''hr''] where user_id = %L', (select member from ids))), 1::bigint,
  'an admin changes roles in their organisation');
select is(tests.run_as((select admin from ids), format('delete from public.memberships where user_id = %L', (select other from ids))), 0::bigint,
  'an admin cannot remove someone from another organisation');
select is(tests.run_as((select hr from ids), 'update public.memberships set roles = array[''admin'']'), 0::bigint,
  'HR cannot give itself admin');
select lives_ok(
  format('select tests.run_as(%L, %L)', (select admin from ids),
    format('insert into public.invites (code, organisation_id) values (''CODE-A-1'', %L)', (select org_a from ids))),
  'an admin creates an invite');
select throws_ok(
  format('select tests.run_as(%L, %L)', (select admin from ids),
    format('insert into public.invites (code, organisation_id) values (''CODE-B-1'', %L)', (select org_b from ids))),
  '42501', null, 'an admin cannot create an invite for another organisation');

-- removing a membership takes effect at once
delete from public.memberships where user_id = (select member from ids);
select is(tests.run_as((select member from ids), 'select * from public.prompts'), 0::bigint,
  'a removed member sees no prompt, in the same transaction');

select * from finish();
rollback;
