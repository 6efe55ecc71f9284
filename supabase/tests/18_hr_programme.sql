-- HR's programme tracker and ROI model on a real PostgreSQL 15 (the full role × org × operation
-- matrix, sizes and sync runs in test/db/hrProgramme.test.ts).
begin;
select plan(18);

create temp table ids as
select tests.create_org('A') as org_a, tests.create_org('B') as org_b;
alter table ids add column member uuid, add column hr uuid, add column amb uuid, add column admin uuid,
  add column hr_b uuid;
update ids set member = tests.create_member(org_a), hr = tests.create_member(org_a, array['hr']),
  amb = tests.create_member(org_a, array['ambassador']),
  admin = tests.create_member(org_a, array['member', 'admin']),
  hr_b = tests.create_member(org_b, array['hr']);
grant select on ids to anon, authenticated;

insert into public.hr_programmes (id, organisation_id, start_date, pilot_note)
select org_a, org_a, date '2026-09-07', 'Prosjektledere' from ids
union all select org_b, org_b, null, '' from ids;
insert into public.roi_models (id, organisation_id, inputs)
select org_a, org_a, '{"hourlyCost": "650"}'::jsonb from ids
union all select org_b, org_b, '{}'::jsonb from ids;

select ok((select relrowsecurity from pg_class where oid = 'public.hr_programmes'::regclass),
  'row level security is on (programmes)');
select ok((select relrowsecurity from pg_class where oid = 'public.roi_models'::regclass),
  'row level security is on (ROI)');
select is((select audience from private.synced_tables where table_name = 'hr_programmes'),
  'array[''hr'', ''admin'']', 'the programme syncs to HR and admins only');

select throws_ok($$select tests.run_as(null, 'select * from public.hr_programmes')$$, '42501', null,
  'anon has no access');
select is(tests.run_as((select member from ids), 'select * from public.hr_programmes'), 0::bigint,
  'a member reads no programme');
select is(tests.run_as((select amb from ids), 'select * from public.roi_models'), 0::bigint,
  'an ambassador reads no ROI model');
select is(tests.run_as((select hr from ids), 'select * from public.hr_programmes'), 1::bigint,
  'HR reads their organisation''s programme only');
select is(tests.run_as((select admin from ids), 'select * from public.roi_models'), 1::bigint,
  'an admin reads their organisation''s ROI model only');
select is(tests.run_as((select member from ids), 'update public.hr_programmes set pilot_note = ''x'''), 0::bigint,
  'a member cannot change the programme');
select is(tests.run_as((select hr from ids), 'update public.hr_programmes set pilot_note = ''Salg'''), 1::bigint,
  'HR changes their own programme');
select is((select updated_by from public.hr_programmes where id = (select org_a from ids)), (select hr from ids),
  'the server records who changed it');
select is(tests.run_as((select hr_b from ids),
  format('delete from public.roi_models where id = %L', (select org_a from ids))), 0::bigint,
  'HR of another organisation cannot delete A''s ROI model');
select throws_ok(
  format('select tests.run_as(%L, %L)', (select member from ids),
    'insert into public.roi_models (id, organisation_id) select org_b, org_b from ids on conflict do nothing'),
  '42501', null, 'nobody inserts a model for an organisation where they are not HR or admin');

select throws_ok(
  $$update public.hr_programmes set steps = '[{"status":"done"}]' where id = (select org_a from ids)$$,
  '23514', null, 'the programme has exactly five steps');
select throws_ok(
  $$update public.hr_programmes set pitfalls = '{"made_up": true}' where id = (select org_a from ids)$$,
  '23514', null, 'only the known pitfalls');
select throws_ok(
  $$update public.roi_models set inputs = '{"people": 100}' where id = (select org_a from ids)$$,
  '23514', null, 'ROI fields are text as typed');

select is(
  (select tests.json_as(hr, format($$select public.sync_push(%L::jsonb)$$, jsonb_build_array(
    jsonb_build_object('id', gen_random_uuid(), 'table', 'roi_models', 'op', 'upsert',
      'row', jsonb_build_object('id', org_a, 'organisation_id', org_a, 'currency', 'EUR',
        'inputs', '{"people": "100"}'::jsonb))))) -> 0 ->> 'status' from ids),
  'applied', 'HR pushes the ROI model');
select is(
  (select tests.json_as(member, format($$select public.sync_push(%L::jsonb)$$, jsonb_build_array(
    jsonb_build_object('id', gen_random_uuid(), 'table', 'roi_models', 'op', 'upsert',
      'row', jsonb_build_object('id', org_a, 'organisation_id', org_a, 'currency', 'EUR',
        'inputs', '{}'::jsonb))))) -> 0 ->> 'reason' from ids),
  'forbidden', 'a member''s push is forbidden');

select * from finish();
rollback;
