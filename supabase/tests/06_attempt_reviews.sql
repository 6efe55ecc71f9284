-- Reviews of challenge attempts (C3) on a real PostgreSQL 15 (the full role × org × operation
-- matrix runs in test/db/attemptReviews.test.ts).
select plan(22);

-- Through sync_push and sync_pull, first and outside the transaction below: a pull only delivers
-- rows older than every open transaction, so writes and pulls run and commit in a session of their
-- own (dblink), and the fixtures are deleted at the end of this part.
create temp table sync_ids as select gen_random_uuid() as org, gen_random_uuid() as learner,
  gen_random_uuid() as amb, gen_random_uuid() as hr, gen_random_uuid() as attempt, gen_random_uuid() as review;
select dblink_connect('loft_reviews', 'dbname=' || current_database());
select dblink_exec('loft_reviews', format($$
  insert into auth.users (id, email) values (%1$L, null), (%2$L, null), (%3$L, null);
  insert into public.organisations (id, name) values (%4$L, 'Review sync AS');
  insert into public.memberships (user_id, organisation_id, roles) values
    (%1$L, %4$L, array['member']), (%2$L, %4$L, array['ambassador']), (%3$L, %4$L, array['hr']);
  insert into public.challenge_attempts (id, user_id, organisation_id, challenge_id, prompt, self_score, submitted_for_review)
    values (%5$L, %1$L, %4$L, 'offer-letter', 'Du er selger …', 3, true);
  $$, learner, amb, hr, org, attempt)) from sync_ids;

create function pg_temp.remote_json(uid uuid, sql text) returns jsonb language sql as $$
  select r::jsonb from dblink('loft_reviews', format('select tests.json_as(%L, %L)::text', uid, sql)) as t(r text)
$$;
create function pg_temp.push_review(uid uuid) returns jsonb language sql as $$
  select pg_temp.remote_json(uid, format('select public.sync_push(%L::jsonb)', jsonb_build_array(
    jsonb_build_object('id', gen_random_uuid(), 'table', 'attempt_reviews', 'op', 'upsert',
      'row', jsonb_build_object('id', review, 'attempt_id', attempt, 'organisation_id', org,
        'rubric', '{"prompt_quality": 3, "critical_evaluation": 3, "data_safety": 4, "usefulness": 3}'::jsonb,
        'score', 3, 'comment', 'Godt jobba.'))))) -> 0
  from sync_ids
$$;
create function pg_temp.pulled_reviews(uid uuid) returns jsonb language sql as $$
  select jsonb_path_query_array(pg_temp.remote_json(uid, 'select public.sync_pull(null, 1000)'),
    '$.changes[*] ? (@.table == "attempt_reviews").row.id')
$$;

select is((select pg_temp.push_review(hr) ->> 'reason' from sync_ids), 'forbidden',
  'HR''s push of a review is rejected');
select is((select pg_temp.push_review(learner) ->> 'reason' from sync_ids), 'forbidden',
  'the learner''s push of a review of their own attempt is rejected');
select is((select pg_temp.push_review(amb) ->> 'status' from sync_ids), 'applied',
  'the ambassador''s push is applied');
select is((select pg_temp.pulled_reviews(learner) from sync_ids), (select jsonb_build_array(review) from sync_ids),
  'the learner pulls the review');
select is((select pg_temp.pulled_reviews(hr) from sync_ids), '[]'::jsonb, 'HR pulls no review');

select dblink_exec('loft_reviews', format($$
  delete from auth.users where id in (%L, %L, %L);
  delete from public.organisations where id = %L;
  $$, learner, amb, hr, org)) from sync_ids;
select dblink_disconnect('loft_reviews');

begin;

create temp table ids as
select tests.create_org('A') as org_a, tests.create_org('B') as org_b;
alter table ids add column learner uuid, add column member uuid, add column hr uuid, add column amb uuid,
  add column admin uuid, add column amb_b uuid, add column attempt uuid, add column draft uuid,
  add column review uuid;
update ids set learner = tests.create_member(org_a), member = tests.create_member(org_a),
  hr = tests.create_member(org_a, array['hr']),
  amb = tests.create_member(org_a, array['member', 'ambassador']),
  admin = tests.create_member(org_a, array['admin']),
  amb_b = tests.create_member(org_b, array['ambassador']),
  attempt = gen_random_uuid(), draft = gen_random_uuid(), review = gen_random_uuid();
grant select on ids to anon, authenticated;

insert into public.challenge_attempts (id, user_id, organisation_id, challenge_id, prompt, self_score, submitted_for_review)
select attempt, learner, org_a, 'offer-letter', 'Du er selger …', 3, true from ids
union all
select draft, learner, null, 'offer-letter', 'Ikke delt', 2, false from ids;

select has_table('public', 'attempt_reviews', 'the table exists');
select ok((select relrowsecurity from pg_class where oid = 'public.attempt_reviews'::regclass),
  'row level security is on');
select ok(exists (select 1 from private.synced_tables where table_name = 'attempt_reviews' and kind = 'org'
  and owner_column = 'learner_id' and org_column = 'organisation_id'),
  'registered as a synced table; its tombstones reach the learner');

-- write: an ambassador of the attempt's organisation
select is(tests.run_as((select amb from ids), format(
  $$insert into public.attempt_reviews (id, attempt_id, organisation_id, learner_id, reviewer_id, rubric, score, comment)
    values (%L, %L, %L, %L, %L, '{"prompt_quality": 3, "critical_evaluation": 2, "data_safety": 4, "usefulness": 3}', 3, 'Bra!')$$,
  (select review from ids), (select attempt from ids), (select org_a from ids), (select amb from ids), (select hr from ids))),
  1::bigint, 'an ambassador reviews an attempt shared with their organisation');
select is((select array[reviewer_id, learner_id] from public.attempt_reviews where id = (select review from ids)),
  (select array[amb, learner] from ids), 'reviewer and learner are decided by the server, not the client');

select throws_ok(format('select tests.run_as(%L, %L)', (select learner from ids), format(
  $$insert into public.attempt_reviews (id, attempt_id, organisation_id, rubric, score)
    values (gen_random_uuid(), %L, %L, '{"prompt_quality": 4, "critical_evaluation": 4, "data_safety": 4, "usefulness": 4}', 4)$$,
  (select attempt from ids), (select org_a from ids))), '42501', null, 'the learner cannot review their own attempt');
select throws_ok(format('select tests.run_as(%L, %L)', (select hr from ids), format(
  $$insert into public.attempt_reviews (id, attempt_id, organisation_id, rubric, score)
    values (gen_random_uuid(), %L, %L, '{"prompt_quality": 1, "critical_evaluation": 1, "data_safety": 1, "usefulness": 1}', 1)$$,
  (select attempt from ids), (select org_a from ids))), '42501', null, 'HR cannot review');
select throws_ok(format('select tests.run_as(%L, %L)', (select amb_b from ids), format(
  $$insert into public.attempt_reviews (id, attempt_id, organisation_id, rubric, score)
    values (gen_random_uuid(), %L, %L, '{"prompt_quality": 1, "critical_evaluation": 1, "data_safety": 1, "usefulness": 1}', 1)$$,
  (select attempt from ids), (select org_b from ids))), '42501', null, 'an ambassador of another organisation cannot review');
select throws_ok(format('select tests.run_as(%L, %L)', (select amb from ids), format(
  $$insert into public.attempt_reviews (id, attempt_id, organisation_id, rubric, score)
    values (gen_random_uuid(), %L, %L, '{"prompt_quality": 1, "critical_evaluation": 1, "data_safety": 1, "usefulness": 1}', 1)$$,
  (select draft from ids), (select org_a from ids))), '42501', null, 'an attempt not shared for review cannot be reviewed');
select throws_ok(format('select tests.run_as(%L, %L)', (select amb from ids), format(
  $$insert into public.attempt_reviews (id, attempt_id, organisation_id, rubric, score)
    values (gen_random_uuid(), %L, %L, '{"prompt_quality": 5, "critical_evaluation": 1, "data_safety": 1, "usefulness": 1}', 1)$$,
  (select attempt from ids), (select org_a from ids))), '23514', null, 'rubric scores are 1–4');

-- read: the learner and the organisation's reviewers; nobody else
select throws_ok($$select tests.run_as(null, 'select * from public.attempt_reviews')$$, '42501', null,
  'anon has no access');
select is(tests.run_as((select learner from ids), 'select * from public.attempt_reviews'), 1::bigint,
  'the learner reads the review of their attempt');
select is(tests.run_as((select admin from ids), 'select * from public.attempt_reviews'), 1::bigint,
  'an admin of the organisation reads it');
select is(tests.run_as((select hr from ids), 'select * from public.attempt_reviews'), 0::bigint,
  'HR reads no review');
select is(tests.run_as((select member from ids), 'select * from public.attempt_reviews'), 0::bigint,
  'a colleague reads no review');
select is(tests.run_as((select amb_b from ids), 'select * from public.attempt_reviews'), 0::bigint,
  'another organisation''s ambassador reads nothing of A');

-- append-only
select is(tests.run_as((select amb from ids), 'update public.attempt_reviews set score = 1'), 0::bigint,
  'not even the reviewer changes a review');

select * from finish();
rollback;
