-- sync_push refusals: forged authors, deletes of another person's rows, non-pushable tables, the
-- batch's size and shape, strings the database cannot hold, and late pushes of erased rows.
begin;
select plan(22);

create temp table ids as select tests.create_org('A') as org;
alter table ids add column me uuid, add column other uuid, add column theirs uuid, add column mine uuid;
update ids set me = tests.create_member(org), other = tests.create_member(org),
  theirs = gen_random_uuid(), mine = gen_random_uuid();
grant select on ids to authenticated;
insert into public.progress_events (id, user_id, lesson_id, kind) select theirs, other, 'l', 'k' from ids;

-- Pushes `mutations` as `uid` (jsonb); the answers.
create function pg_temp.push(uid uuid, mutations jsonb) returns jsonb language sql as $$
  select tests.json_as(uid, format('select public.sync_push(%L::jsonb)', mutations))
$$;
create function pg_temp.m(tbl text, op text, r jsonb) returns jsonb language sql as $$
  select jsonb_build_object('id', gen_random_uuid(), 'table', tbl, 'op', op, 'row', r)
$$;
create function pg_temp.reasons(answers jsonb) returns jsonb language sql as $$
  select jsonb_path_query_array(answers, '$[*].reason')
$$;

-- Forged authors.
select is(
  pg_temp.reasons(pg_temp.push((select me from ids), jsonb_build_array(
    pg_temp.m('progress_events', 'upsert', jsonb_build_object('id', gen_random_uuid(),
      'user_id', (select other from ids), 'lesson_id', 'l', 'kind', 'k')),
    pg_temp.m('prompts', 'upsert', jsonb_build_object('id', gen_random_uuid(),
      'organisation_id', (select org from ids), 'author_id', (select other from ids), 'title', 't', 'body', 'b')),
    pg_temp.m('progress_events', 'upsert', jsonb_build_object('id', (select theirs from ids),
      'lesson_id', 'l', 'kind', 'changed'))
  ))),
  '["forbidden_author", "forbidden_author", "forbidden"]'::jsonb,
  'a row in another person''s name, or over their row, is refused');
select is((select count(*) from public.progress_events where user_id = (select other from ids)), 1::bigint,
  'and nothing is written in their name');
select is((select kind from public.progress_events where id = (select theirs from ids)), 'k',
  'their row is unchanged');

-- Deleting another person's row: refused, no tombstone, the row stays.
select is(
  pg_temp.reasons(pg_temp.push((select me from ids), jsonb_build_array(
    pg_temp.m('progress_events', 'delete', jsonb_build_object('id', (select theirs from ids)))))),
  '["forbidden"]'::jsonb, 'a delete of another person''s row is refused');
select is((select count(*) from public.progress_events where id = (select theirs from ids)), 1::bigint,
  'the row stays');
select is((select count(*) from private.sync_tombstones where row_id = (select theirs from ids)), 0::bigint,
  'and no tombstone is written for it');

-- Tables that cannot be pushed, or are not synced.
select is(
  pg_temp.reasons(pg_temp.push((select me from ids), jsonb_build_array(
    pg_temp.m('prompt_revisions', 'upsert', jsonb_build_object('id', gen_random_uuid())),
    pg_temp.m('sync_tombstones', 'upsert', jsonb_build_object('id', gen_random_uuid())),
    pg_temp.m('private.sync_mutations', 'delete', jsonb_build_object('id', gen_random_uuid()))))),
  '["forbidden", "unknown_table", "unknown_table"]'::jsonb,
  'history is not pushable; unregistered tables are unknown');

-- The batch's shape.
select throws_ok(
  format('select pg_temp.push(%L, %L)', (select me from ids),
    (select jsonb_agg(pg_temp.m('progress_events', 'upsert', '{}')) from generate_series(1, 501))),
  '54000', 'batch_too_large', 'more than 500 mutations are refused as a whole');
select throws_ok(
  format('select pg_temp.push(%L, %L)', (select me from ids), '{"not": "an array"}'),
  '22023', 'invalid_batch', 'a batch that is not an array is refused');
select is(pg_temp.push((select me from ids), '[]'), '[]'::jsonb, 'an empty batch is answered empty');
select is(
  jsonb_path_query_array(pg_temp.push((select me from ids), jsonb_build_array(
    '"a string"'::jsonb,
    jsonb_build_object('id', 'not-a-uuid', 'table', 'progress_events', 'op', 'upsert', 'row', '{}'::jsonb),
    jsonb_build_object('table', 'progress_events', 'op', 'upsert', 'row', '{}'::jsonb))), '$[*].reason'),
  '["invalid_mutation", "invalid_mutation", "invalid_mutation"]'::jsonb,
  'a mutation without a uuid id is invalid_mutation');
select is(
  pg_temp.reasons(pg_temp.push((select me from ids), jsonb_build_array(
    pg_temp.m('progress_events', 'replace', jsonb_build_object('id', gen_random_uuid())),
    pg_temp.m('progress_events', 'upsert', '[1, 2]'::jsonb),
    pg_temp.m('progress_events', 'upsert', jsonb_build_object('id', 'nope', 'lesson_id', 'l', 'kind', 'k')),
    pg_temp.m('progress_events', 'upsert', jsonb_build_object('id', gen_random_uuid(), 'lesson_id', 'l',
      'kind', 'k', 'data', jsonb_build_object('big', repeat('x', 70000)))),
    pg_temp.m('progress_events', 'upsert', jsonb_build_object('id', gen_random_uuid(), 'lesson_id', 'l',
      'kind', 'k', 'occurred_at', 'infinity'))))),
  '["invalid_row", "invalid_row", "invalid_row", "too_large", "invalid_row"]'::jsonb,
  'an unknown op, a row that is not an object, a bad row id, an oversized row, an infinite time');

-- Strings jsonb cannot hold, as PostgREST passes the body (json): that mutation only.
create temp table nul as select tests.json_as((select me from ids), format('select public.sync_push(%L::json)',
  format('[{"id": "%s", "table": "progress_events", "op": "upsert", "row": {"id": "%s", "lesson_id": "a\u0000b", "kind": "k"}},
           {"id": "%s", "table": "progress_events", "op": "upsert", "row": {"id": "%s", "lesson_id": "\ud800", "kind": "k"}},
           {"id": "%s", "table": "progress_events", "op": "upsert", "row": {"id": "%s", "lesson_id": "ok", "kind": "k"}}]',
    gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), gen_random_uuid()))) as r;
select is((select jsonb_path_query_array(r, '$[*].status') from nul), '["rejected", "rejected", "applied"]'::jsonb,
  'a NUL or a lone surrogate rejects its mutation, not the batch');
select is((select pg_temp.reasons(r) from nul), '["invalid_row", "invalid_row", null]'::jsonb,
  'as invalid_row');
select is((select count(*) from public.progress_events where lesson_id = 'ok'), 1::bigint,
  'the good mutation of that batch is written');
select throws_ok(
  format($$select tests.json_as(%L, 'select public.sync_push(''"x"''::json)')$$, (select me from ids)),
  '22023', 'invalid_batch', 'a json batch that is not an array is refused');

-- Erased rows stay erased.
select is(
  pg_temp.reasons(pg_temp.push((select me from ids), jsonb_build_array(
    pg_temp.m('progress_events', 'upsert', jsonb_build_object('id', (select mine from ids), 'lesson_id', 'l', 'kind', 'k')),
    pg_temp.m('progress_events', 'delete', jsonb_build_object('id', (select mine from ids)))))),
  '[null, null]'::jsonb, 'a row written and deleted');
select is(
  pg_temp.reasons(pg_temp.push((select me from ids), jsonb_build_array(
    pg_temp.m('progress_events', 'upsert', jsonb_build_object('id', (select mine from ids), 'lesson_id', 'l', 'kind', 'k'))))),
  '["deleted"]'::jsonb, 'cannot be brought back by a late push');
select is((select count(*) from public.progress_events where id = (select mine from ids)), 0::bigint,
  'and is not');
select is(
  pg_temp.reasons(pg_temp.push((select other from ids), jsonb_build_array(
    pg_temp.m('progress_events', 'upsert', jsonb_build_object('id', gen_random_uuid(), 'lesson_id', 'l', 'kind', 'k'))))),
  '[null]'::jsonb, 'other rows are written as before');

-- Direct writes meet the same limits.
select throws_ok(
  format($$select tests.run_as(%L, 'insert into public.challenge_attempts (id, challenge_id, prompt) values (gen_random_uuid(), ''c'', repeat(''x'', 200000))')$$,
    (select me from ids)),
  '23514', null, 'a direct insert of oversized text is refused');
select throws_ok(
  format($$select tests.run_as(%L, 'insert into public.progress_events (id, lesson_id, kind, occurred_at) values (gen_random_uuid(), ''l'', ''k'', ''294276-01-01'')')$$,
    (select me from ids)),
  '23514', null, 'a direct insert of year 294276 is refused');

select * from finish();
rollback;
