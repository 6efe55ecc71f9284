-- Server-owned history (issue 13, finding 3) and reviews that pin their attempt (finding 8), on a
-- real PostgreSQL 15. The wider matrix runs in test/db/history.test.ts (PGlite).
begin;
select plan(18);

create temp table ids as select tests.create_org('A') as org, tests.create_org('B') as other;
alter table ids add column author uuid, add column amb uuid, add column p uuid, add column q uuid,
  add column attempt uuid, add column m1 uuid, add column m2 uuid;
update ids set author = tests.create_member(org), amb = tests.create_member(org, array['ambassador']),
  p = gen_random_uuid(), q = gen_random_uuid(), attempt = gen_random_uuid(),
  m1 = gen_random_uuid(), m2 = gen_random_uuid();
grant select on ids to authenticated;

-- The author's submission, through sync_push.
select tests.json_as(author, format($$select public.sync_push(%L::jsonb)$$, jsonb_build_array(
  jsonb_build_object('id', m1, 'table', 'prompts', 'op', 'upsert',
    'row', jsonb_build_object('id', p, 'organisation_id', org, 'title', 't', 'body', 'v1',
      'revision', 40, 'updated_at', '2000-01-01T00:00:00Z'))))) from ids;
select results_eq(
  $$select revision, updated_by, updated_at = now() from public.prompts where id = (select p from ids)$$,
  $$select 1, author, true from ids$$,
  'a pushed new prompt is revision 1, stamped by the server');

select throws_ok(
  format($$select tests.run_as(%L, %L)$$, (select author from ids), format(
    $q$insert into public.prompt_revisions (id, prompt_id, organisation_id, revision, author_id, title, body, data_class, status, featured)
       values (gen_random_uuid(), %L, %L, 2, %L, 't', 'forged', 'green', 'approved', true)$q$,
    (select p from ids), (select org from ids), (select author from ids))),
  '42501', null, 'the author cannot write a revision row');
select throws_ok(
  format($$select tests.run_as(%L, %L)$$, (select amb from ids), format(
    $q$insert into public.prompt_revisions (id, prompt_id, organisation_id, revision, author_id, title, body, data_class, status)
       values (gen_random_uuid(), %L, %L, 7, %L, 't', 'forged', 'green', 'approved')$q$,
    (select p from ids), (select org from ids), (select amb from ids))),
  '42501', null, 'nor can a curator');
select throws_ok(
  format($$select tests.run_as(%L, 'update public.prompt_revisions set body = ''x''')$$, (select amb from ids)),
  '42501', null, 'history cannot be rewritten');
select throws_ok(
  format($$select tests.run_as(%L, 'delete from public.prompt_revisions')$$, (select amb from ids)),
  '42501', null, 'or deleted');

-- A direct update with forged bookkeeping.
select is(tests.run_as((select author from ids), format(
  $$update public.prompts set body = 'v2', revision = 2147483647, updated_by = %L, updated_at = '2000-01-01'
    where id = %L$$, (select amb from ids), (select p from ids))), 1::bigint, 'the author edits the submission directly');
select results_eq(
  $$select revision, updated_by, updated_at = now() from public.prompts where id = (select p from ids)$$,
  $$select 2, author, true from ids$$,
  'the edit is the next revision, stamped with the caller and the server clock');
select results_eq(
  $$select revision, body, based_on_revision from public.prompt_revisions where prompt_id = (select p from ids) order by revision$$,
  $$values (1, 'v1', null::integer), (2, 'v2', 1)$$,
  'and it wrote exactly one revision row');

select is(tests.run_as((select amb from ids), format(
  $$update public.prompts set author_id = %L where id = %L$$, (select amb from ids), (select p from ids))),
  1::bigint, 'an ambassador''s update of author_id runs');
select is((select author_id from public.prompts where id = (select p from ids)), (select author from ids),
  'but the author stays');
select throws_ok(
  format($$select tests.run_as(%L, %L)$$, (select amb from ids), format(
    $q$update public.prompts set organisation_id = %L where id = %L$q$, (select other from ids), (select p from ids))),
  '42501', null, 'a prompt cannot move to another organisation');

-- Pushed edits: one revision each, with its base; an older base answers conflict.
select is(
  (select jsonb_path_query_array(tests.json_as(amb, format($$select public.sync_push(%L::jsonb)$$, jsonb_build_array(
    jsonb_build_object('id', m2, 'table', 'prompts', 'op', 'upsert',
      'row', jsonb_build_object('id', p, 'organisation_id', org, 'title', 't', 'body', 'v3', 'base_revision', 1,
        'revision', 9, 'updated_by', author))))), '$[*].reason') from ids),
  '["conflict"]'::jsonb, 'an edit based on an older revision is applied as a conflict');
select results_eq(
  $$select id, revision, body, based_on_revision, author_id from public.prompt_revisions
    where prompt_id = (select p from ids) and revision = 3$$,
  $$select m2, 3, 'v3', 1, amb from ids$$,
  'it is one new revision, based on the revision the editor saw, keyed by the mutation id');
select is((select revision from public.prompts where id = (select p from ids)), 3, 'the prompt is at revision 3');

-- A review pins the attempt it reviewed.
insert into public.challenge_attempts (id, user_id, organisation_id, challenge_id, prompt, output, submitted_for_review)
select attempt, author, org, 'offer-letter', 'Du er selger.', 'Tilbud', true from ids;
select tests.run_as(amb, format(
  $$insert into public.attempt_reviews (id, attempt_id, organisation_id, rubric, score)
    values (gen_random_uuid(), %L, %L, '{"prompt_quality": 4, "critical_evaluation": 4, "data_safety": 4, "usefulness": 4}', 4)$$,
  attempt, org)) from ids;
select throws_ok(
  format($$select tests.run_as(%L, %L)$$, (select author from ids), format(
    $q$update public.challenge_attempts set output = 'Noe annet' where id = %L$q$, (select attempt from ids))),
  '42501', null, 'the learner cannot rewrite a reviewed attempt');
select is(
  (select jsonb_path_query_array(tests.json_as(author, format($$select public.sync_push(%L::jsonb)$$, jsonb_build_array(
    jsonb_build_object('id', gen_random_uuid(), 'table', 'challenge_attempts', 'op', 'upsert',
      'row', jsonb_build_object('id', attempt, 'organisation_id', org, 'challenge_id', 'offer-letter',
        'prompt', 'Du er selger.', 'output', 'Byttet ut', 'submitted_for_review', true))))), '$[*].reason') from ids),
  '["forbidden"]'::jsonb, 'a pushed rewrite of a reviewed attempt is rejected');
select is(tests.run_as((select author from ids), format(
  $$update public.challenge_attempts set submitted_for_review = false where id = %L$$, (select attempt from ids))),
  1::bigint, 'but may withdraw it from review');

-- created_at of shared rows.
select is(tests.run_as((select amb from ids), format(
  $$update public.organisations set created_at = '2000-01-01' where id = %L$$, (select org from ids))),
  0::bigint, 'an ambassador cannot touch the organisation at all');

select * from finish();
rollback;
