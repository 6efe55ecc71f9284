-- Live community (20261208100100_community_realtime.sql) against a stand-in for Supabase's
-- realtime schema (send, topic, messages), which plain PostgreSQL lacks: a write announces
-- `changed` on `org:<id>` once per organisation and transaction, never a row, and only members
-- of the organisation may receive it.
begin;
select plan(8);

create schema if not exists realtime;
create table realtime.messages (
  id bigserial primary key, topic text not null, extension text not null, event text,
  payload jsonb, private boolean);
create function realtime.send(payload jsonb, event text, topic text, private boolean) returns void
language sql as $$
  insert into realtime.messages (topic, extension, event, payload, private)
  values (topic, 'broadcast', event, payload, private)
$$;
create function realtime.topic() returns text language sql stable as $$
  select nullif(current_setting('realtime.topic', true), '')
$$;
grant usage on schema realtime to authenticated;
grant select on realtime.messages to authenticated;
grant execute on function realtime.topic() to authenticated;
alter table realtime.messages enable row level security;
select private.install_realtime_policy();

create temp table ids as select tests.create_org('A') as a, tests.create_org('B') as b;
alter table ids add column member uuid, add column other uuid, add column p uuid;
update ids set member = tests.create_member(a), other = tests.create_member(b), p = gen_random_uuid();
grant select on ids to authenticated;

create function pg_temp.push(uid uuid, mutations jsonb) returns jsonb language sql as $$
  select tests.json_as(uid, format('select public.sync_push(%L::jsonb)', mutations))
$$;
create function pg_temp.m(tbl text, r jsonb) returns jsonb language sql as $$
  select jsonb_build_object('id', gen_random_uuid(), 'table', tbl, 'op', 'upsert', 'row', r)
$$;

select pg_temp.push((select member from ids), jsonb_build_array(pg_temp.m('community_posts',
  jsonb_build_object('id', (select p from ids), 'organisation_id', (select a from ids),
    'kind', 'question', 'title', 'Noen som har prøvd?'))));
select results_eq(
  $$select topic, event, payload, private from realtime.messages$$,
  $$select 'org:' || a::text, 'changed', '{}'::jsonb, true from ids$$,
  'a new post announces "changed" on its organisation''s private channel, with no row in it');

-- A new transaction (as a new push would be): three reactions and a comment, one message.
select set_config('loft.announced_orgs', '', true);
delete from realtime.messages;
select pg_temp.push((select member from ids), jsonb_build_array(
  pg_temp.m('community_reactions', jsonb_build_object('id', gen_random_uuid(), 'organisation_id', (select a from ids), 'post_id', (select p from ids), 'kind', 'useful')),
  pg_temp.m('community_reactions', jsonb_build_object('id', gen_random_uuid(), 'organisation_id', (select a from ids), 'post_id', (select p from ids), 'kind', 'thanks')),
  pg_temp.m('community_comments', jsonb_build_object('id', gen_random_uuid(), 'organisation_id', (select a from ids), 'post_id', (select p from ids), 'body', 'Ja!'))));
select is((select count(*) from realtime.messages), 1::bigint,
  'a push of reactions and a comment is one message (the post''s figures changed)');

-- A refused write announces nothing.
select set_config('loft.announced_orgs', '', true);
delete from realtime.messages;
select is(pg_temp.push((select other from ids), jsonb_build_array(pg_temp.m('community_posts',
    jsonb_build_object('id', (select p from ids), 'organisation_id', (select b from ids), 'kind', 'question', 'title', 'x')))) -> 0 ->> 'reason',
  'forbidden', 'another organisation''s member cannot write over the post');
select is((select count(*) from realtime.messages), 0::bigint, 'and nothing is announced');

-- Who may receive: members of the organisation only.
select set_config('loft.announced_orgs', '', true);
select pg_temp.push((select member from ids), jsonb_build_array(pg_temp.m('community_posts',
  jsonb_build_object('id', gen_random_uuid(), 'organisation_id', (select a from ids), 'kind', 'question', 'title', 'Til'))));
create function pg_temp.receives(uid uuid, topic text) returns bigint language sql as $$
  select set_config('realtime.topic', topic, true);
  select tests.run_as(uid, 'select 1 from realtime.messages');
$$;
select is((select pg_temp.receives(member, 'org:' || a::text) from ids), 1::bigint,
  'a member receives their organisation''s broadcast');
select is((select pg_temp.receives(other, 'org:' || a::text) from ids), 0::bigint,
  'a member of another organisation does not');
select is((select pg_temp.receives(member, 'org:' || b::text) from ids), 0::bigint,
  'nor does anyone on a channel of an organisation they are not in');
select is((select pg_temp.receives(member, 'org:not-a-uuid') from ids), 0::bigint,
  'and a malformed topic reaches nobody');

select * from finish();
rollback;
