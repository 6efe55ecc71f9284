-- Audience of deletes and revocations (20261207100000_sync_audience.sql): who is sent a tombstone.
-- Pulls hold back rows of the running transaction, so this reads the tombstones the caller would
-- be sent through private.sync_tombstones_since with an open horizon.
begin;
select plan(12);

create temp table ids as select tests.create_org('A') as org;
alter table ids add column learner uuid, add column amb uuid, add column memamb uuid,
  add column member uuid, add column admin uuid, add column att uuid, add column p uuid;
update ids set learner = tests.create_member(org), amb = tests.create_member(org, array['ambassador']),
  memamb = tests.create_member(org, array['member', 'ambassador']), member = tests.create_member(org),
  admin = tests.create_member(org, array['admin']), att = gen_random_uuid(), p = gen_random_uuid();
grant select on ids to authenticated;

-- The ids of `tbl` whose tombstones `uid` is sent (everything recorded so far).
create function pg_temp.sent(uid uuid, tbl text) returns uuid[] language plpgsql as $$
declare
  got uuid[];
begin
  perform set_config('request.jwt.claims', json_build_object('sub', uid, 'role', 'authenticated')::text, true);
  set local role authenticated;
  select coalesce(array_agg(row_id order by row_id), '{}') into got
  from private.sync_tombstones_since('9223372036854775807'::xid8, '0'::xid8, -1, '',
    '00000000-0000-0000-0000-000000000000'::uuid, 1000)
  where table_name = tbl;
  reset role;
  perform set_config('request.jwt.claims', '', true);
  return got;
end
$$;

insert into public.challenge_attempts (id, user_id, organisation_id, challenge_id, submitted_for_review)
select att, learner, org, 'c1', true from ids;

-- Withdrawn from review: a revocation for the ambassadors, not for the learner.
update public.challenge_attempts set submitted_for_review = false where id = (select att from ids);
select is((select pg_temp.sent(amb, 'challenge_attempts') from ids), (select array[att] from ids),
  'withdrawing an attempt from review revokes it from the ambassadors');
select is((select pg_temp.sent(learner, 'challenge_attempts') from ids), '{}'::uuid[],
  'but not from the learner, who still reads it');
select is((select pg_temp.sent(member, 'challenge_attempts') from ids), '{}'::uuid[],
  'and a plain member is told nothing');
select is((select pg_temp.sent(admin, 'challenge_attempts') from ids), '{}'::uuid[],
  'nor an admin (admins do not read attempts)');

-- Shared again and deleted: everyone who could read it.
update public.challenge_attempts set submitted_for_review = true where id = (select att from ids);
delete from public.challenge_attempts where id = (select att from ids);
select is((select pg_temp.sent(memamb, 'challenge_attempts') from ids), (select array[att] from ids),
  'a deleted shared attempt reaches the ambassadors');
select is((select pg_temp.sent(learner, 'challenge_attempts') from ids), (select array[att] from ids),
  'and its owner');
select is((select pg_temp.sent(member, 'challenge_attempts') from ids), '{}'::uuid[],
  'and no plain member');

-- A prompt from approved back to submitted.
insert into public.prompts (id, organisation_id, author_id, title, body, status)
select p, org, learner, 'T', 'B', 'approved' from ids;
update public.prompts set status = 'submitted' where id = (select p from ids);
select is((select pg_temp.sent(member, 'prompts') from ids), (select array[p] from ids),
  'a prompt sent back to submitted is revoked from plain members');
select is((select pg_temp.sent(memamb, 'prompts') from ids), '{}'::uuid[],
  'not from an ambassador who is also a member');
select is((select pg_temp.sent(learner, 'prompts') from ids), '{}'::uuid[],
  'nor from its author');
select is(
  (select pg_temp.sent(member, 'prompt_revisions') from ids),
  (select array_agg(id order by id) from public.prompt_revisions
    where prompt_id = (select p from ids) and status = 'approved'),
  'its history the members read is revoked with it');

create table public.t08_shared (id uuid primary key, organisation_id uuid,
  sync_xid xid8 not null default pg_current_xact_id());
select throws_like(
  $$select private.register_synced_table('t08_shared', 'org', null, 'organisation_id')$$,
  '%give its audience%', 'registering a table with an organisation column needs its audience');

select * from finish();
rollback;
