-- Invites and memberships (issue 13, finding 8) on a real PostgreSQL 15. More cases run in
-- test/db/invites.test.ts (PGlite).
begin;
select plan(16);

create temp table ids as select tests.create_org('A') as org, tests.create_org('B') as other;
alter table ids add column admin uuid, add column other_admin uuid, add column member uuid,
  add column guesser uuid, add column joiner uuid, add column dept_b uuid, add column code text,
  add column old_code text;
update ids set admin = tests.create_member(org, array['admin']), other_admin = tests.create_member(other, array['admin']),
  member = tests.create_member(org), guesser = tests.create_user(), joiner = tests.create_user(),
  dept_b = gen_random_uuid();
grant select on ids to authenticated;

-- Codes are made by the server.
update ids set code = tests.json_as(admin, format($$select public.create_invite(%L, 'member')$$, org)) ->> 'code';
select matches((select code from ids), '^[0-9A-HJKMNP-TV-Z]{7}(-[0-9A-HJKMNP-TV-Z]{7}){3}$',
  'create_invite answers a 140-bit code in four groups of seven');
select throws_ok(
  format($$select tests.json_as(%L, %L)$$, (select member from ids),
    format('select public.create_invite(%L)', (select org from ids))),
  '42501', null, 'a member cannot create invites');
select throws_ok(
  format($$select tests.json_as(%L, %L)$$, (select other_admin from ids),
    format('select public.create_invite(%L)', (select org from ids))),
  '42501', null, 'nor can another organisation''s admin');
select is(tests.run_as((select admin from ids), format(
  $$insert into public.invites (code, organisation_id) values ('SHORT-1', %L)$$, (select org from ids))),
  1::bigint, 'an admin''s direct insert is accepted');
select is((select count(*) from public.invites where code = 'SHORT-1'), 0::bigint,
  'but the code it chose is replaced by one the server made');
select is(tests.run_as((select admin from ids), format(
  $$update public.invites set code = 'SHORT-2' where code = %L$$, (select code from ids))), 1::bigint,
  'an update of the code runs');
select is((select count(*) from public.invites where code = (select code from ids)), 1::bigint,
  'and leaves the code as it was');

-- One answer for every failure.
insert into public.invites (code, organisation_id, expires_at) select 'EXPIRED-CODE-1', org, now() - interval '1 day' from ids;
select is(
  (select tests.json_as(guesser, $$select public.redeem_invite('EXPIRED-CODE-1')$$) from ids),
  (select tests.json_as(guesser, $$select public.redeem_invite('NO-SUCH-CODE-1')$$) from ids),
  'an expired and an unknown code get the same answer');
select is((select tests.json_as(guesser, $$select public.redeem_invite('NO-SUCH-CODE-2')$$) from ids),
  '{"error": "invalid_invite"}'::jsonb, 'which is invalid_invite');

-- At most 10 attempts per person and hour (this is the guesser's 4th to 10th).
select tests.json_as(guesser, format($$select public.redeem_invite('GUESS-%s')$$, n)) from ids, generate_series(4, 10) n;
select is((select tests.json_as(guesser, format($$select public.redeem_invite(%L)$$, code)) from ids),
  '{"error": "too_many_attempts"}'::jsonb, 'the 11th attempt in an hour is refused, even with a good code');
select is((select count(*) from public.memberships where user_id = (select guesser from ids)), 0::bigint,
  'and joins nothing');
select is((select tests.json_as(joiner, format($$select public.redeem_invite(%L)$$, lower(code))) from ids),
  (select jsonb_build_object('organisation_id', org) from ids), 'someone else joins with the code, typed in lower case');

-- Memberships come only from invites.
select throws_ok(
  format($$select tests.run_as(%L, %L)$$, (select admin from ids), format(
    $q$insert into public.memberships (user_id, organisation_id, roles) values (%L, %L, array['admin'])$q$,
    (select other_admin from ids), (select org from ids))),
  '42501', null, 'an admin cannot add another organisation''s admin');
select is(tests.run_as((select admin from ids), format(
  $$update public.memberships set roles = array['member', 'ambassador'] where user_id = %L$$, (select member from ids))),
  1::bigint, 'an admin changes a member''s roles');
select throws_ok(
  format($$select tests.run_as(%L, %L)$$, (select admin from ids), format(
    $q$update public.memberships set user_id = %L where user_id = %L$q$, (select other_admin from ids), (select member from ids))),
  '42501', null, 'but cannot hand the membership to someone else');
insert into public.departments (id, organisation_id, name) select dept_b, other, 'Salg' from ids;
select throws_ok(
  format($$select tests.run_as(%L, %L)$$, (select admin from ids), format(
    $q$update public.memberships set department_id = %L where user_id = %L$q$, (select dept_b from ids), (select member from ids))),
  '23503', null, 'a membership cannot point at another organisation''s department');

select * from finish();
rollback;
