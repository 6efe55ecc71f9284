-- The ideas board (F4) and organisation challenges (F3) on a real PostgreSQL 15 (the full role ×
-- org × operation matrix also runs in test/db/ideas.test.ts): the RLS matrix for ideas, votes only
-- their owner reads (HR none), an anonymous idea leaves no trace of its author in any table or
-- column (scanned as the superuser over information_schema), the daily limit, replays, the
-- release, and the consent and retirement of a challenge made from a post.
begin;
select plan(43);

create temp table ids as
select tests.create_org('A') as org_a, tests.create_org('B') as org_b;
alter table ids add column author uuid, add column member uuid, add column amb uuid, add column hr uuid,
  add column admin uuid, add column member_b uuid, add column amb_b uuid, add column hr_b uuid,
  add column admin_b uuid, add column idea uuid, add column writer uuid, add column anon uuid,
  add column post uuid, add column oc uuid;
update ids set author = tests.create_member(org_a), member = tests.create_member(org_a),
  amb = tests.create_member(org_a, array['ambassador']), hr = tests.create_member(org_a, array['hr']),
  admin = tests.create_member(org_a, array['admin']), member_b = tests.create_member(org_b),
  amb_b = tests.create_member(org_b, array['ambassador']), hr_b = tests.create_member(org_b, array['hr']),
  admin_b = tests.create_member(org_b, array['admin']), writer = tests.create_member(org_a),
  idea = gen_random_uuid(), anon = gen_random_uuid(), post = gen_random_uuid(), oc = gen_random_uuid();
grant select on ids to authenticated;

-- A named idea by `author`, as the API would insert it.
select is((select tests.run_as(author, format(
  $$insert into public.ideas (id, organisation_id, author_id, kind, title, body, status, vote_count)
    values (%L, %L, %L, 'idea', 'Felles maler for tilbud', 'Vi skriver det samme om igjen.', 'done', 40)$$,
  idea, org_a, author)) from ids), 1::bigint, 'a member posts a named idea');
select is((select status || ':' || vote_count || ':' || (author_id = ids.author)::text
  from public.ideas, ids where id = ids.idea), 'new:0:true',
  'status, vote count and author are the server''s');

-- select
select is((select tests.run_as(r, format('select 1 from public.ideas where id = %L', idea)) from ids,
  unnest(array[member, amb, hr, admin]) as r limit 1), 1::bigint, 'a member of A reads it');
select is((select sum(tests.run_as(r, format('select 1 from public.ideas where id = %L', idea)))::bigint from ids,
  unnest(array[member, amb, hr, admin]) as r), 4::bigint, 'member, ambassador, HR and admin of A read it');
select is((select sum(tests.run_as(r, format('select 1 from public.ideas where id = %L', idea)))::bigint from ids,
  unnest(array[member_b, amb_b, hr_b, admin_b]) as r), 0::bigint, 'nobody of B reads it');

-- insert
select throws_ok(format('select tests.run_as(%L, %L)', member_b, format($$insert into public.ideas
  (id, organisation_id, author_id, kind, title) values (gen_random_uuid(), %L, %L, 'idea', 'x')$$, org_a, member_b)),
  '42501', null, 'someone of B cannot post to A') from ids;
select throws_ok(format('select tests.run_as(%L, %L)', member, format($$insert into public.ideas
  (id, organisation_id, author_id, anonymous, kind, title) values (gen_random_uuid(), %L, null, true, 'idea', 'x')$$, org_a)),
  '42501', null, 'an anonymous idea cannot be inserted directly') from ids;
select throws_ok(format('select tests.run_as(%L, %L)', member, format($$insert into public.ideas
  (id, organisation_id, author_id, kind, title) values (gen_random_uuid(), %L, %L, 'idea', repeat('x', 141))$$, org_a, member)),
  '23514', null, 'a title over 140 characters is refused') from ids;

-- update: stewards set status/answer; a member's update touches nothing; B's nothing
select is((select tests.run_as(member, format(
  $$update public.ideas set status = 'planned' where id = %L$$, idea)) from ids), 0::bigint,
  'a member (not the author) updates nothing');
select is((select tests.run_as(amb_b, format(
  $$update public.ideas set status = 'planned' where id = %L$$, idea)) from ids), 0::bigint,
  'an ambassador of B updates nothing');
select is((select tests.run_as(hr, format(
  $$update public.ideas set status = 'under_consideration', answer = 'Vi ser på det.', title = 'Kapret' where id = %L$$, idea)) from ids),
  1::bigint, 'HR sets a status');
select is((select status || '|' || answer || '|' || title || '|' || (answered_by = ids.hr)::text
  from public.ideas, ids where id = ids.idea),
  'under_consideration|Vi ser på det.|Felles maler for tilbud|true', 'HR''s status and answer stick, the title does not');
select is((select tests.run_as(author, format(
  $$update public.ideas set status = 'done', title = 'Felles maler' where id = %L$$, idea)) from ids),
  1::bigint, 'the author edits');
select is((select status || '|' || title from public.ideas, ids where id = ids.idea),
  'under_consideration|Felles maler', 'the author''s title sticks, the status does not');
select throws_ok(format('select tests.run_as(%L, %L)', amb,
  format($$update public.ideas set answer = repeat('x', 501) where id = %L$$, idea)),
  '23514', null, 'an answer over 500 characters is refused') from ids;

-- votes
select is((select sum(tests.run_as(r, format(
  'insert into public.idea_votes (id, idea_id, user_id, organisation_id) values (gen_random_uuid(), %L, %L, %L)',
  idea, r, org_a)))::bigint from ids, unnest(array[member, amb, hr, admin]) as r), 4::bigint,
  'four members of A vote');
select is((select vote_count from public.ideas, ids where id = ids.idea), 4, 'the count is four');
select throws_ok(format('select tests.run_as(%L, %L)', member, format($$insert into public.idea_votes
  (id, idea_id, user_id, organisation_id) values (gen_random_uuid(), %L, %L, %L)$$, idea, member, org_a)),
  '23505', null, 'one vote per person') from ids;
select throws_ok(format('select tests.run_as(%L, %L)', member_b, format($$insert into public.idea_votes
  (id, idea_id, user_id, organisation_id) values (gen_random_uuid(), %L, %L, %L)$$, idea, member_b, org_a)),
  '42501', null, 'B cannot vote on A''s idea') from ids;
select is((select tests.run_as(hr, format('select 1 from public.idea_votes where idea_id = %L', idea)) from ids), 1::bigint,
  'HR reads only their own vote');
select is((select tests.run_as(admin, format('select 1 from public.idea_votes where idea_id = %L and user_id <> %L', idea, admin)) from ids),
  0::bigint, 'an admin reads no other vote');
select is((select tests.run_as(author, format('select 1 from public.idea_votes where idea_id = %L', idea)) from ids), 0::bigint,
  'the idea''s author reads no vote');
select is((select tests.run_as(admin, format('delete from public.idea_votes where idea_id = %L and user_id = %L', idea, member)) from ids),
  0::bigint, 'nobody deletes another''s vote');
select is((select tests.run_as(member, format('delete from public.idea_votes where idea_id = %L', idea)) from ids), 1::bigint,
  'un-voting deletes my vote');
select is((select vote_count from public.ideas, ids where id = ids.idea), 3, 'the count is three');

-- delete: the author or an admin of A
select is((select sum(tests.run_as(r, format('delete from public.ideas where id = %L', idea)))::bigint from ids,
  unnest(array[member, amb, hr, admin_b]) as r), 0::bigint, 'member, ambassador, HR and B''s admin delete nothing');

-- Anonymous: no trace of the writer. Every column of every table, as text, before and after.
create function pg_temp.traces(needle text) returns text[] language plpgsql as $$
declare
  c record;
  n bigint;
  found text[] := '{}';
begin
  for c in
    select cl.table_schema, cl.table_name, cl.column_name
    from information_schema.columns cl
    join information_schema.tables t using (table_schema, table_name)
    where t.table_type = 'BASE TABLE'
      and cl.table_schema not in ('pg_catalog', 'information_schema', 'pg_toast')
      and cl.table_schema not like 'pg_temp%'
  loop
    execute format('select count(*) from %I.%I where %I::text like %L', c.table_schema, c.table_name,
      c.column_name, '%' || needle || '%') into n;
    if n > 0 then
      found := found || (c.table_schema || '.' || c.table_name || '.' || c.column_name || ':' || n);
    end if;
  end loop;
  return found;
end
$$;
create temp table before_traces as select pg_temp.traces(writer::text) as t from ids;

select is((select tests.json_as(writer, format(
  $$select public.submit_anonymous_idea(%L, %L, 'obstacle', 'Uklart hva vi får bruke', 'Vi tør ikke bruke verktøyet på kundedata.')$$,
  anon, org_a)) ->> 'status' from ids), 'queued', 'an anonymous obstacle is queued');
select is((select pg_temp.traces(writer::text) from ids), (select t from before_traces),
  'the writer''s id is nowhere new after the submission');
select is((select count(*)::int from private.sync_mutations, ids where user_id = ids.writer), 0,
  'nothing in sync_mutations for the writer');
select is((select count(*)::int from public.ideas, ids where id = ids.anon), 0, 'not public before the release');
select ok((select private.release_anonymous_ideas(current_date + 1) >= 1), 'the release publishes it');
select is((select (author_id is null and anonymous)::text || ':' || created_on::text from public.ideas, ids where id = ids.anon),
  'true:' || current_date::text, 'published with no author and the day only');
select is((select pg_temp.traces(writer::text) from ids), (select t from before_traces),
  'the writer''s id is nowhere new after the release');
select is((select tests.json_as(writer, format(
  $$select public.submit_anonymous_idea(%L, %L, 'obstacle', 'Igjen', '')$$, anon, org_a)) ->> 'status' from ids),
  'duplicate', 'a replay of the same id is a duplicate');
select is((select array_agg(tests.json_as(writer, format(
  $$select public.submit_anonymous_idea(gen_random_uuid(), %L, 'idea', 'Nr ' || %s, '')$$, org_a, i)) ->> 'status' order by i)
  from ids, generate_series(1, 5) as i),
  array['queued', 'queued', 'queued', 'queued', 'rate_limited'], 'the sixth of the day is refused');

-- Organisation challenge from a post by `author`: consent, audience, retire.
select is((select tests.run_as(author, format($$insert into public.community_posts (id, organisation_id, author_id, kind, title)
  values (%L, %L, %L, 'use_case', 'Kravspek på to timer')$$, post, org_a, author)) from ids), 1::bigint, 'the author posts a use case');
select is((select tests.run_as(amb, format($$insert into public.organisation_challenges
  (id, organisation_id, source_post_id, created_by, title, task, checklist, status)
  values (%L, %L, %L, %L, 'Kravspek', 'Skriv en kravspek', array['Ingen personopplysninger'], 'published')$$,
  oc, org_a, post, amb)) from ids), 1::bigint, 'an ambassador makes a challenge from the post');
select is((select status || ':' || (credited_user_id = ids.author)::text from public.organisation_challenges, ids where id = ids.oc),
  'awaiting_author:true', 'it awaits the author, credited to them');
select is((select sum(tests.run_as(r, format('select 1 from public.organisation_challenges where id = %L', oc)))::bigint
  from ids, unnest(array[member, hr, amb_b]) as r), 0::bigint, 'members, HR and B do not see it while it awaits');
select throws_ok(format('select tests.run_as(%L, %L)', amb,
  format($$update public.organisation_challenges set status = 'published' where id = %L$$, oc)),
  '42501', null, 'the ambassador cannot publish for the author') from ids;
select is((select tests.run_as(author, format($$update public.organisation_challenges set status = 'published' where id = %L$$, oc)) from ids),
  1::bigint, 'the author agrees');
select is((select sum(tests.run_as(r, format('select 1 from public.organisation_challenges where id = %L', oc)))::bigint
  from ids, unnest(array[member, hr]) as r), 2::bigint, 'published: every member sees it');
select is((select tests.run_as(amb, format($$update public.organisation_challenges set status = 'retired' where id = %L$$, oc)) from ids),
  1::bigint, 'the ambassador retires it');

select * from finish();
rollback;
