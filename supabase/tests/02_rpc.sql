-- sync_push, sync_pull and redeem_invite on a real PostgreSQL 15.
begin;
select plan(11);

create temp table ids as select tests.create_org('A') as org, tests.create_org('B') as other;
alter table ids add column me uuid, add column amb uuid, add column p uuid, add column m1 uuid, add column m2 uuid;
update ids set me = tests.create_member(org), amb = tests.create_member(org, array['ambassador']),
  p = gen_random_uuid(), m1 = gen_random_uuid(), m2 = gen_random_uuid();
grant select on ids to authenticated;

create temp table push1 as
select tests.json_as(me, format($$select public.sync_push(%L::jsonb)$$, jsonb_build_array(
  jsonb_build_object('id', m1, 'table', 'progress_events', 'op', 'upsert',
    'row', jsonb_build_object('id', gen_random_uuid(), 'lesson_id', 'l1', 'kind', 'completed')),
  jsonb_build_object('id', m2, 'table', 'prompt_uses', 'op', 'upsert',
    'row', jsonb_build_object('id', gen_random_uuid(), 'prompt_id', gen_random_uuid(), 'organisation_id', other)),
  jsonb_build_object('id', gen_random_uuid(), 'table', 'bogus', 'op', 'upsert', 'row', '{}'::jsonb)
))) as r from ids;

select is((select jsonb_path_query_array(r, '$[*].status') from push1), '["applied", "rejected", "rejected"]'::jsonb,
  'push answers each mutation');
select is((select jsonb_path_query_array(r, '$[*].reason') from push1), '[null, "not_member", "unknown_table"]'::jsonb,
  'push gives stable reasons');
select is((select count(*) from public.progress_events where user_id = (select me from ids)), 1::bigint,
  'the applied mutation was written');

select is(
  (select tests.json_as(me, format($$select public.sync_push(%L::jsonb)$$, jsonb_build_array(
    jsonb_build_object('id', m1, 'table', 'progress_events', 'op', 'upsert',
      'row', jsonb_build_object('id', gen_random_uuid(), 'lesson_id', 'l1', 'kind', 'completed'))))) from ids),
  (select jsonb_build_array(r -> 0) from push1),
  'a replayed mutation id gets its stored answer');
select is((select count(*) from public.progress_events where user_id = (select me from ids)), 1::bigint,
  'and is not applied again');

-- concurrent prompt edits
select tests.json_as(amb, format($$select public.sync_push(%L::jsonb)$$, jsonb_build_array(
  jsonb_build_object('id', gen_random_uuid(), 'table', 'prompts', 'op', 'upsert',
    'row', jsonb_build_object('id', p, 'organisation_id', org, 'title', 't', 'body', 'v1', 'status', 'approved')),
  jsonb_build_object('id', gen_random_uuid(), 'table', 'prompts', 'op', 'upsert',
    'row', jsonb_build_object('id', p, 'organisation_id', org, 'title', 't', 'body', 'edit A', 'base_revision', 1)),
  jsonb_build_object('id', gen_random_uuid(), 'table', 'prompts', 'op', 'upsert',
    'row', jsonb_build_object('id', p, 'organisation_id', org, 'title', 't', 'body', 'edit B', 'base_revision', 1))
))) from ids;
select results_eq(
  $$select revision, body, based_on_revision from public.prompt_revisions
    where prompt_id = (select p from ids) order by revision$$,
  $$values (1, 'v1', null::integer), (2, 'edit A', 1), (3, 'edit B', 1)$$,
  'an edit based on an old revision becomes a new one; the overtaken edit stays in history');

-- Pull is tested with committed data in 03_late_commit.sql: in this one open transaction every
-- row carries our own, still running, transaction id, which pull rightly holds back.
select is(
  (select jsonb_array_length(tests.json_as(me, 'select public.sync_pull(null, 500)') -> 'changes') from ids),
  0, 'pull holds back rows of a transaction that is still running (here: our own)');

-- invites
insert into public.invites (code, organisation_id, role, expires_at, max_uses, uses)
select 'GOOD-CODE-1', org, 'member', now() + interval '1 day', 1, 0 from ids
union all select 'OLD-CODE-1', org, 'member', now() - interval '1 day', null, 0 from ids;
select tests.create_user('joiner@example.test');
select is(
  tests.json_as((select id from auth.users where email = 'joiner@example.test'), $$select public.redeem_invite('GOOD-CODE-1')$$),
  (select jsonb_build_object('organisation_id', org) from ids), 'a valid invite joins the organisation');
-- One answer for every failure (11_invites.sql has more).
select is(
  tests.json_as(tests.create_user(), $$select public.redeem_invite('GOOD-CODE-1')$$),
  '{"error": "invalid_invite"}'::jsonb, 'a used-up invite is refused');
select is(
  tests.json_as(tests.create_user(), $$select public.redeem_invite('OLD-CODE-1')$$),
  '{"error": "invalid_invite"}'::jsonb, 'an expired invite is refused');
select is(
  tests.json_as(tests.create_user(), $$select public.redeem_invite('NOPE')$$),
  '{"error": "invalid_invite"}'::jsonb, 'an unknown code is refused');

select * from finish();
rollback;
