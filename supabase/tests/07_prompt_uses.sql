-- prompt_uses on a real PostgreSQL 15: uses of starter prompts and of the organisation's prompts,
-- and uses outside any organisation (20251127100200_prompt_uses_starter.sql). The PGlite twin with
-- more cases is test/db/promptUses.test.ts.
begin;
select plan(16);

create temp table ids as select tests.create_org('A') as org, tests.create_org('B') as other;
alter table ids add column me uuid, add column colleague uuid, add column hr uuid, add column loner uuid,
  add column p uuid, add column foreign_p uuid;
update ids set me = tests.create_member(org), colleague = tests.create_member(org),
  hr = tests.create_member(org, array['hr']), loner = tests.create_user(),
  p = gen_random_uuid(), foreign_p = gen_random_uuid();
insert into public.prompts (id, organisation_id, title, body, status)
select p, org, 'T', 'B', 'approved' from ids
union all
select foreign_p, other, 'T', 'B', 'approved' from ids;
grant select on ids to authenticated;

-- A push of one use as `uid`; answers [status, reason].
create function pg_temp.push_use(uid uuid, r jsonb) returns text[]
language sql as $$
  select array[a -> 0 ->> 'status', a -> 0 ->> 'reason']
  from (select tests.json_as(uid, format($q$select public.sync_push(%L::jsonb)$q$, jsonb_build_array(
    jsonb_build_object('id', gen_random_uuid(), 'table', 'prompt_uses', 'op', 'upsert',
      'row', jsonb_build_object('id', gen_random_uuid(), 'minutes_saved', 15) || r)))) as a) s
$$;

select ok(exists (select 1 from private.synced_tables where table_name = 'prompt_uses' and kind = 'personal'
  and owner_column = 'user_id' and org_column = 'organisation_id'), 'still a registered personal synced table');
select ok((select relrowsecurity from pg_class where oid = 'public.prompt_uses'::regclass), 'row level security is on');
select col_is_null('public', 'prompt_uses', 'organisation_id', 'organisation_id may be null');

select is(pg_temp.push_use((select me from ids), jsonb_build_object(
    'starter_prompt_id', 'lp-cs-complaint-reply', 'organisation_id', (select org from ids))),
  array['applied', null], 'a use of a starter prompt is applied');
select is(pg_temp.push_use((select me from ids), jsonb_build_object(
    'prompt_id', (select p from ids), 'organisation_id', (select org from ids))),
  array['applied', null], 'a use of an organisation''s prompt is applied');
select is(pg_temp.push_use((select me from ids), jsonb_build_object(
    'starter_prompt_id', 'lp-hr-job-ad', 'organisation_id', null)),
  array['applied', null], 'a use outside any organisation (organisation_id null) is applied');
select is(pg_temp.push_use((select loner from ids), jsonb_build_object('starter_prompt_id', 'lp-hr-job-ad')),
  array['applied', null], 'also by a person with no organisation at all');
select is((select count(*) from public.prompt_uses where user_id = (select me from ids)), 3::bigint,
  'the applied uses are stored, as the pusher''s own');

select is(pg_temp.push_use((select me from ids), jsonb_build_object('organisation_id', (select org from ids))),
  array['rejected', 'invalid_row'], 'a use naming no prompt is invalid_row');
select is(pg_temp.push_use((select me from ids), jsonb_build_object('prompt_id', (select p from ids),
    'starter_prompt_id', 'lp-cs-complaint-reply', 'organisation_id', (select org from ids))),
  array['rejected', 'invalid_row'], 'a use naming both kinds of prompt is invalid_row');
select is(pg_temp.push_use((select me from ids), jsonb_build_object('starter_prompt_id', 'not-a-starter')),
  array['rejected', 'invalid_row'], 'a starter id not of the form lp-… is invalid_row');
select is(pg_temp.push_use((select me from ids), jsonb_build_object(
    'starter_prompt_id', 'lp-cs-complaint-reply', 'organisation_id', (select other from ids))),
  array['rejected', 'not_member'], 'a use in an organisation the person is not in is refused');
select is(pg_temp.push_use((select me from ids), jsonb_build_object(
    'prompt_id', (select foreign_p from ids), 'organisation_id', (select org from ids))),
  array['rejected', 'forbidden'], 'another organisation''s prompt cannot be used under one''s own');

select is(tests.run_as((select colleague from ids), 'select * from public.prompt_uses'), 0::bigint,
  'a colleague sees none of my uses');
select is(tests.run_as((select hr from ids), 'select * from public.prompt_uses'), 0::bigint,
  'HR reads no one''s uses');
select throws_ok($$select tests.run_as(null, 'select * from public.prompt_uses')$$, '42501', null,
  'anon has no access');

select * from finish();
rollback;
