-- The organisation's data rules and custom terms on a real PostgreSQL 15 (the full role × org ×
-- operation matrix runs in test/db/dataRules.test.ts).
begin;
select plan(20);

create temp table ids as
select tests.create_org('A') as org_a, tests.create_org('B') as org_b;
alter table ids add column member uuid, add column hr uuid, add column amb uuid, add column admin uuid,
  add column admin_b uuid;
update ids set member = tests.create_member(org_a), hr = tests.create_member(org_a, array['hr']),
  amb = tests.create_member(org_a, array['ambassador']),
  admin = tests.create_member(org_a, array['member', 'admin']),
  admin_b = tests.create_member(org_b, array['admin']);
grant select on ids to anon, authenticated;

insert into public.organisation_data_rules (id, organisation_id, tools, allowed, custom_terms)
select org_a, org_a, '[{"id": "copilot", "name": "Copilot"}]'::jsonb, '{"copilot": ["green"]}'::jsonb, array['Prosjekt Fjellvann']
from ids
union all
select org_b, org_b, '[]', '{}', array['Kunde B'] from ids;

select has_table('public', 'organisation_data_rules', 'the table exists');
select ok((select relrowsecurity from pg_class where oid = 'public.organisation_data_rules'::regclass),
  'row level security is on');
select ok(exists (select 1 from private.synced_tables where table_name = 'organisation_data_rules' and kind = 'org'
  and org_column = 'organisation_id'), 'registered as an org synced table');

-- anon: nothing
select throws_ok($$select tests.run_as(null, 'select * from public.organisation_data_rules')$$, '42501', null,
  'anon has no access');

-- read: every member of the organisation, nobody else
select is(tests.run_as((select member from ids), 'select * from public.organisation_data_rules'), 1::bigint,
  'a member reads their organisation''s rules, not another''s');
select is(tests.run_as((select hr from ids), 'select * from public.organisation_data_rules'), 1::bigint,
  'HR reads them too (as a member)');
select is(tests.run_as((select admin_b from ids),
  format('select * from public.organisation_data_rules where organisation_id = %L', (select org_a from ids))), 0::bigint,
  'an admin of another organisation reads nothing of A');

-- write: admins of the organisation only
select is(tests.run_as((select member from ids), 'update public.organisation_data_rules set custom_terms = array[''x1'']'), 0::bigint,
  'a member cannot change the rules');
select is(tests.run_as((select amb from ids), 'update public.organisation_data_rules set allowed = ''{}'''), 0::bigint,
  'an ambassador cannot change the rules');
select is(tests.run_as((select admin from ids), 'update public.organisation_data_rules set custom_terms = array[''Kunde Nord'']'), 1::bigint,
  'an admin changes the rules of their organisation only');
select is((select updated_by from public.organisation_data_rules where id = (select org_a from ids)), (select admin from ids),
  'the server records who changed them');
select is(tests.run_as((select admin_b from ids),
  format('delete from public.organisation_data_rules where id = %L', (select org_a from ids))), 0::bigint,
  'an admin cannot delete another organisation''s rules');
select throws_ok(
  format('select tests.run_as(%L, %L)', (select member from ids),
    'insert into public.organisation_data_rules (id, organisation_id) select org_b, org_b from ids on conflict do nothing'),
  '42501', null, 'nobody inserts rules for an organisation they do not administer');

-- sizes and shape
select throws_ok(
  $$update public.organisation_data_rules set custom_terms = array['x'] where id = (select org_a from ids)$$,
  '23514', null, 'a one-character term is refused');
select throws_ok(
  $$update public.organisation_data_rules set custom_terms = array[' padded '] where id = (select org_a from ids)$$,
  '23514', null, 'an untrimmed term is refused');
select throws_ok(
  $$update public.organisation_data_rules set tools = '{"not": "a list"}' where id = (select org_a from ids)$$,
  '23514', null, 'tools must be a list');
select throws_ok(
  $$update public.organisation_data_rules
    set tools = (select jsonb_agg(jsonb_build_object('id', 't' || i, 'name', 'T')) from generate_series(1, 31) i)
    where id = (select org_a from ids)$$,
  '23514', null, 'at most 30 tools');
select throws_ok(
  $$insert into public.organisation_data_rules (id, organisation_id) select gen_random_uuid(), org_a from ids$$,
  '23514', null, 'the row''s id is the organisation''s id: one row per organisation');

-- through sync_push
select is(
  (select tests.json_as(admin, format($$select public.sync_push(%L::jsonb)$$, jsonb_build_array(
    jsonb_build_object('id', gen_random_uuid(), 'table', 'organisation_data_rules', 'op', 'upsert',
      'row', jsonb_build_object('id', org_a, 'organisation_id', org_a, 'tools', '[]'::jsonb,
        'allowed', '{}'::jsonb, 'custom_terms', array['Pushed term']))))) -> 0 ->> 'status' from ids),
  'applied', 'an admin pushes the rules');
select is(
  (select tests.json_as(member, format($$select public.sync_push(%L::jsonb)$$, jsonb_build_array(
    jsonb_build_object('id', gen_random_uuid(), 'table', 'organisation_data_rules', 'op', 'upsert',
      'row', jsonb_build_object('id', org_a, 'organisation_id', org_a, 'tools', '[]'::jsonb,
        'allowed', '{}'::jsonb, 'custom_terms', array['Member term']))))) -> 0 ->> 'reason' from ids),
  'forbidden', 'a member''s push is rejected as forbidden');

select * from finish();
rollback;
