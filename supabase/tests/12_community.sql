-- Community (20261208100000_community.sql): the RLS matrix of the five tables (member /
-- ambassador / hr / admin × own / other organisation × select / insert / update / delete, and
-- hide), the server-owned columns and aggregates, sync_push refusals, and who is sent a tombstone
-- when a post or comment is hidden or deleted.
begin;
select plan(31);

create temp table ids as select tests.create_org('A') as a, tests.create_org('B') as b;
alter table ids add column author uuid, add column member uuid, add column commenter uuid,
  add column amb uuid, add column hr uuid, add column admin uuid, add column bauthor uuid,
  add column pa uuid, add column pb uuid, add column ca uuid, add column cb uuid;
update ids set author = tests.create_member(a), member = tests.create_member(a),
  commenter = tests.create_member(a), amb = tests.create_member(a, array['member', 'ambassador']),
  hr = tests.create_member(a, array['hr']), admin = tests.create_member(a, array['admin']),
  bauthor = tests.create_member(b), pa = gen_random_uuid(), pb = gen_random_uuid(),
  ca = gen_random_uuid(), cb = gen_random_uuid();
grant select on ids to authenticated;

-- Fixtures, written as a data import (no caller): a post and a comment by a colleague per org.
insert into public.community_posts (id, organisation_id, author_id, kind, title, body)
select pa, a, author, 'use_case', 'Tilbud', 'Slik gjør jeg det' from ids
union all select pb, b, bauthor, 'question', 'Møtereferat?', '' from ids;
insert into public.community_comments (id, organisation_id, post_id, author_id, body)
select ca, a, pa, commenter, 'Takk!' from ids
union all select cb, b, pb, bauthor, 'Hei' from ids;
insert into public.community_reactions (id, organisation_id, post_id, user_id, kind)
select gen_random_uuid(), a, pa, commenter, 'useful' from ids
union all select gen_random_uuid(), b, pb, bauthor, 'useful' from ids;
insert into public.community_replications (id, organisation_id, post_id, user_id, minutes_before, minutes_after)
select gen_random_uuid(), a, pa, commenter, 60, 20 from ids
union all select gen_random_uuid(), b, pb, bauthor, 60, 20 from ids;
insert into public.community_reports (id, organisation_id, target_table, target_id, reporter_id, reason)
select gen_random_uuid(), a, 'community_posts', pa, commenter, 'wrong' from ids
union all select gen_random_uuid(), b, 'community_posts', pb, bauthor, 'wrong' from ids;

-- Whether `stmt` run as `uid` took effect (`check_sql` as the superuser); always rolled back.
create function pg_temp.effect(uid uuid, stmt text, check_sql text) returns boolean
language plpgsql as $$
declare
  ok boolean := false;
begin
  begin
    perform tests.run_as(uid, stmt);
    execute check_sql into ok;
    raise exception 'undo' using errcode = 'P0999';
  exception
    when sqlstate 'P0999' then return coalesce(ok, false);
    when insufficient_privilege then return false;
  end;
end
$$;

-- The cells of the grid where a colleague's row `target_{a,b}` of `tbl` allows the operation:
-- 'role/org/op'. `ins` inserts a new row: {org} and {post} are replaced.
create function pg_temp.grid(tbl text, ins text, upd text, upd_check text, with_hide boolean)
returns text[] language plpgsql as $$
declare
  r record;
  o text;
  target uuid;
  org uuid;
  post uuid;
  got text[] := '{}';
begin
  for r in select * from (values ('member', (select member from ids)), ('ambassador', (select amb from ids)),
    ('hr', (select hr from ids)), ('admin', (select admin from ids))) as x (role, uid) loop
    foreach o in array array['A', 'B'] loop
      org := case o when 'A' then (select a from ids) else (select b from ids) end;
      post := case o when 'A' then (select pa from ids) else (select pb from ids) end;
      execute format('select id from public.%I where organisation_id = $1 order by created_at limit 1', tbl)
        into target using org;
      if pg_temp.effect(r.uid, format('select 1 from public.%I where id = %L', tbl, target),
        'select true') and tests.run_as(r.uid, format('select 1 from public.%I where id = %L', tbl, target)) = 1 then
        got := got || (r.role || '/' || o || '/select');
      end if;
      if pg_temp.effect(r.uid, replace(replace(ins, '{org}', org::text), '{post}', post::text), 'select true') then
        got := got || (r.role || '/' || o || '/insert');
      end if;
      if pg_temp.effect(r.uid, format('update public.%I set %s where id = %L', tbl, upd, target),
        format('select exists (select 1 from public.%I where id = %L and %s)', tbl, target, upd_check)) then
        got := got || (r.role || '/' || o || '/update');
      end if;
      if with_hide and pg_temp.effect(r.uid,
        format('update public.%I set status = ''hidden'', moderation_reason = ''x'' where id = %L', tbl, target),
        format('select exists (select 1 from public.%I where id = %L and status = ''hidden'' and moderated_by is not null)', tbl, target)) then
        got := got || (r.role || '/' || o || '/hide');
      end if;
      if pg_temp.effect(r.uid, format('delete from public.%I where id = %L', tbl, target),
        format('select not exists (select 1 from public.%I where id = %L)', tbl, target)) then
        got := got || (r.role || '/' || o || '/delete');
      end if;
    end loop;
  end loop;
  return got;
end
$$;

select is(pg_temp.grid('community_posts',
    $$insert into public.community_posts (id, organisation_id, kind, title) values (gen_random_uuid(), '{org}', 'use_case', 'Ny')$$,
    $$title = 'Endret'$$, $$title = 'Endret'$$, true),
  array['member/A/select', 'member/A/insert', 'ambassador/A/select', 'ambassador/A/insert',
    'ambassador/A/hide', 'hr/A/select', 'hr/A/insert', 'admin/A/select', 'admin/A/insert',
    'admin/A/hide', 'admin/A/delete'],
  'posts: everyone in the organisation reads and posts; only the author edits; moderators hide; admins delete');
select is(pg_temp.grid('community_comments',
    $$insert into public.community_comments (id, organisation_id, post_id, body) values (gen_random_uuid(), '{org}', '{post}', 'Ny')$$,
    $$body = 'Endret'$$, $$body = 'Endret'$$, true),
  array['member/A/select', 'member/A/insert', 'ambassador/A/select', 'ambassador/A/insert',
    'ambassador/A/hide', 'hr/A/select', 'hr/A/insert', 'admin/A/select', 'admin/A/insert',
    'admin/A/hide', 'admin/A/delete'],
  'comments: as posts');
select is(pg_temp.grid('community_reactions',
    $$insert into public.community_reactions (id, organisation_id, post_id, kind) values (gen_random_uuid(), '{org}', '{post}', 'thanks')$$,
    $$kind = 'tried'$$, $$kind = 'tried'$$, false),
  array['member/A/insert', 'ambassador/A/insert', 'hr/A/insert', 'admin/A/insert'],
  'reactions: nobody reads, changes or deletes a colleague''s reaction (HR neither)');
select is(pg_temp.grid('community_replications',
    $$insert into public.community_replications (id, organisation_id, post_id, minutes_before, minutes_after) values (gen_random_uuid(), '{org}', '{post}', 30, 10)$$,
    $$minutes_after = 1$$, $$minutes_after = 1$$, false),
  array['member/A/insert', 'ambassador/A/insert', 'hr/A/insert', 'admin/A/insert'],
  'replications: as reactions');
select is(pg_temp.grid('community_reports',
    $$insert into public.community_reports (id, organisation_id, target_table, target_id, reason) values (gen_random_uuid(), '{org}', 'community_posts', '{post}', 'spam')$$,
    $$resolution = 'kept'$$, $$resolution = 'kept' and resolved_at is not null$$, false),
  array['member/A/insert', 'ambassador/A/select', 'ambassador/A/insert', 'ambassador/A/update',
    'hr/A/insert', 'admin/A/select', 'admin/A/insert', 'admin/A/update', 'admin/A/delete'],
  'reports: the moderators read and resolve them, HR does not');

-- The author's own post: edit and delete, never hide.
select ok(pg_temp.effect((select author from ids),
    $$update public.community_posts set title = 'Ny tittel' where id = (select pa from ids)$$,
    $$select title = 'Ny tittel' and revision = 2 from public.community_posts where id = (select pa from ids)$$),
  'the author edits their post: revision 2');
select ok(not pg_temp.effect((select author from ids),
    $$update public.community_posts set status = 'hidden' where id = (select pa from ids)$$,
    $$select status = 'hidden' from public.community_posts where id = (select pa from ids)$$),
  'the author cannot hide (or un-hide) through the status');
select ok(pg_temp.effect((select author from ids),
    $$delete from public.community_posts where id = (select pa from ids)$$,
    $$select not exists (select 1 from public.community_posts where id = (select pa from ids))$$),
  'the author deletes their post');

-- Through sync_push.
create function pg_temp.push(uid uuid, mutations jsonb) returns jsonb language sql as $$
  select jsonb_path_query_array(
    tests.json_as(uid, format('select public.sync_push(%L::jsonb)', mutations)), '$[*].reason')
$$;
create function pg_temp.m(tbl text, r jsonb, op text default 'upsert') returns jsonb language sql as $$
  select jsonb_build_object('id', gen_random_uuid(), 'table', tbl, 'op', op, 'row', r)
$$;
create function pg_temp.p(id uuid, extra jsonb default '{}') returns jsonb language sql as $$
  select jsonb_build_object('id', id, 'organisation_id', (select a from ids), 'kind', 'use_case',
    'title', 'Kundesvar på 5 minutter', 'body', 'Mal og prompt', 'minutes_before', 30,
    'minutes_after', 5) || extra
$$;

alter table ids add column p uuid, add column q uuid;
update ids set p = gen_random_uuid(), q = gen_random_uuid();

select is(pg_temp.push((select author from ids), jsonb_build_array(
    pg_temp.m('community_posts', pg_temp.p((select p from ids), jsonb_build_object(
      'created_at', '2001-01-01T00:00:00Z', 'revision', 50, 'status', 'hidden',
      'reaction_counts', '{"useful": 900, "tried": 0, "thanks": 0}'::jsonb, 'comment_count', 9))),
    pg_temp.m('community_posts', pg_temp.p(gen_random_uuid(), jsonb_build_object('author_id', (select member from ids)))),
    pg_temp.m('community_posts', pg_temp.p(gen_random_uuid(), jsonb_build_object('organisation_id', (select b from ids)))),
    pg_temp.m('community_posts', pg_temp.p(gen_random_uuid(), jsonb_build_object('body', repeat('x', 8001)))),
    pg_temp.m('community_posts', pg_temp.p(gen_random_uuid(), jsonb_build_object('body', repeat('x', 100000)))),
    pg_temp.m('community_posts', pg_temp.p(gen_random_uuid(), jsonb_build_object('tags', '["a","b","c","d","e","f","g","h","i"]'::jsonb))),
    pg_temp.m('community_posts', pg_temp.p(gen_random_uuid(), jsonb_build_object('minutes_after', 10001)))
  )),
  '[null, "forbidden_author", "not_member", "invalid_row", "too_large", "invalid_row", "invalid_row"]'::jsonb,
  'a post: forged authors, other organisations and oversize values are refused with their reason');
select is((select jsonb_build_object('created', created_at > now() - interval '1 minute', 'revision', revision,
    'status', status, 'counts', reaction_counts, 'comments', comment_count, 'author', author_id = (select author from ids))
    from public.community_posts where id = (select p from ids)),
  '{"created": true, "revision": 1, "status": "published", "counts": {"useful": 0, "tried": 0, "thanks": 0}, "comments": 0, "author": true}'::jsonb,
  'and the server-owned columns of the accepted one are the server''s');

select is(pg_temp.push((select member from ids), jsonb_build_array(
    pg_temp.m('community_posts', pg_temp.p((select p from ids), '{"status": "hidden"}')),
    pg_temp.m('community_posts', pg_temp.p((select p from ids), '{"title": "Kapret"}')),
    pg_temp.m('community_posts', jsonb_build_object('id', (select p from ids)), 'delete'))),
  '["forbidden", "forbidden", "forbidden"]'::jsonb,
  'a member cannot hide, edit or delete a colleague''s post');
select is(pg_temp.push((select amb from ids), jsonb_build_array(
    pg_temp.m('community_posts', pg_temp.p((select p from ids), '{"status": "hidden", "moderation_reason": "Kundenavn", "title": "Annen"}')))),
  '[null]'::jsonb, 'an ambassador hides it');
select is((select jsonb_build_object('status', status, 'reason', moderation_reason, 'by', moderated_by = (select amb from ids),
    'title', title, 'revision', revision) from public.community_posts where id = (select p from ids)),
  '{"status": "hidden", "reason": "Kundenavn", "by": true, "title": "Kundesvar på 5 minutter", "revision": 1}'::jsonb,
  'stamped with who and why; the ambassador''s copy of the text is not written');
select is(pg_temp.push((select author from ids), jsonb_build_array(
    pg_temp.m('community_posts', pg_temp.p((select p from ids), '{"status": "published", "title": "Uten kundenavn"}')))),
  '[null]'::jsonb, 'the author pushes an edit with status published');
select is((select status || ' ' || title || ' ' || revision from public.community_posts where id = (select p from ids)),
  'hidden Uten kundenavn 2', 'the edit is kept, the post stays hidden');
select is((select array_agg(title order by revision) from private.community_post_revisions where post_id = (select p from ids)),
  array['Kundesvar på 5 minutter'], 'the replaced text is in the server-only history');

-- Reactions, comments and replications on a hidden post: refused for a member.
select is(pg_temp.push((select member from ids), jsonb_build_array(
    pg_temp.m('community_reactions', jsonb_build_object('id', gen_random_uuid(), 'organisation_id', (select a from ids), 'post_id', (select p from ids), 'kind', 'useful')),
    pg_temp.m('community_comments', jsonb_build_object('id', gen_random_uuid(), 'organisation_id', (select a from ids), 'post_id', (select p from ids), 'body', 'Hei')),
    pg_temp.m('community_replications', jsonb_build_object('id', gen_random_uuid(), 'organisation_id', (select a from ids), 'post_id', (select p from ids), 'minutes_before', 5, 'minutes_after', 1)))),
  '["forbidden", "forbidden", "forbidden"]'::jsonb, 'nothing is added under a hidden post by a member');

-- Aggregates on a published post q.
select is(pg_temp.push((select author from ids), jsonb_build_array(pg_temp.m('community_posts', pg_temp.p((select q from ids))))),
  '[null]'::jsonb, 'a second post');
create temp table r as select pg_temp.m('community_reactions', jsonb_build_object('id', gen_random_uuid(),
  'organisation_id', (select a from ids), 'post_id', (select q from ids), 'kind', 'useful')) as m;
grant select on r to authenticated;
select is(pg_temp.push((select member from ids), jsonb_build_array((select m from r), (select m from r),
    pg_temp.m('community_reactions', jsonb_build_object('id', gen_random_uuid(), 'organisation_id', (select a from ids), 'post_id', (select q from ids), 'kind', 'useful')),
    pg_temp.m('community_reactions', jsonb_build_object('id', gen_random_uuid(), 'organisation_id', (select a from ids), 'post_id', (select q from ids), 'kind', 'thanks')))),
  '[null, null, "duplicate", null]'::jsonb, 'one reaction of each kind per person; a repeated mutation is answered alike');
select is(pg_temp.push((select member from ids), jsonb_build_array((select m from r))), '[null]'::jsonb,
  'a replay is answered from the log');
select is(pg_temp.push((select hr from ids), jsonb_build_array(
    pg_temp.m('community_reactions', jsonb_build_object('id', gen_random_uuid(), 'organisation_id', (select a from ids), 'post_id', (select q from ids), 'kind', 'useful')),
    pg_temp.m('community_replications', jsonb_build_object('id', gen_random_uuid(), 'organisation_id', (select a from ids), 'post_id', (select q from ids), 'minutes_before', 30, 'minutes_after', 20)))),
  '[null, null]'::jsonb, 'HR reacts and tries it too');
select is(pg_temp.push((select member from ids), jsonb_build_array(
    pg_temp.m('community_replications', jsonb_build_object('id', gen_random_uuid(), 'organisation_id', (select a from ids), 'post_id', (select q from ids), 'minutes_before', 30, 'minutes_after', 0)))),
  '[null]'::jsonb, 'and a member');
select is(pg_temp.push((select author from ids), jsonb_build_array(
    pg_temp.m('community_replications', jsonb_build_object('id', gen_random_uuid(), 'organisation_id', (select a from ids), 'post_id', (select q from ids), 'minutes_before', 30, 'minutes_after', 0)))),
  '["forbidden"]'::jsonb, 'not the author on their own post');
select is((select jsonb_build_object('counts', reaction_counts, 'n', replication_count, 'median', replication_median_saved)
    from public.community_posts where id = (select q from ids)),
  '{"counts": {"useful": 2, "tried": 0, "thanks": 1}, "n": 2, "median": 20}'::jsonb,
  'the post keeps the counts and the median minutes saved');
select is(tests.run_as((select hr from ids), 'select 1 from public.community_reactions'), 1::bigint,
  'HR reads only their own reaction');

-- Audience: who is sent a tombstone (open horizon, as 08_audience.sql).
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

-- Post p was hidden above (with no comment); a comment on q, then q hidden.
alter table ids add column cq uuid;
update ids set cq = gen_random_uuid();
select is(pg_temp.push((select commenter from ids), jsonb_build_array(pg_temp.m('community_comments',
    jsonb_build_object('id', (select cq from ids), 'organisation_id', (select a from ids), 'post_id', (select q from ids), 'body', 'Prøvde den!')))),
  '[null]'::jsonb, 'a comment on q');
select pg_temp.push((select amb from ids), jsonb_build_array(
  pg_temp.m('community_posts', pg_temp.p((select q from ids), '{"status": "hidden"}'))));
select is((select pg_temp.sent(member, 'community_posts') from ids), (select array(select unnest(array[p, q]) order by 1) from ids),
  'hidden posts are revoked from a member');
select is((select pg_temp.sent(hr, 'community_posts') || pg_temp.sent(author, 'community_posts') || pg_temp.sent(amb, 'community_posts') from ids),
  (select array(select unnest(array[p, q]) order by 1) from ids),
  'and from HR, not from the author or the ambassador');
select is((select pg_temp.sent(member, 'community_comments') || pg_temp.sent(commenter, 'community_comments') from ids),
  (select array[cq] from ids), 'the comment under it leaves a member''s devices, not its author''s');

-- Deleted by its author: the reactions' tombstones reach each reactor only.
select is(pg_temp.push((select author from ids), jsonb_build_array(
    pg_temp.m('community_posts', jsonb_build_object('id', (select q from ids)), 'delete'))),
  '[null]'::jsonb, 'the author deletes q');
select is((select cardinality(pg_temp.sent(member, 'community_reactions')) || '/' || cardinality(pg_temp.sent(hr, 'community_reactions'))
    || '/' || cardinality(pg_temp.sent(author, 'community_reactions')) from ids),
  '2/1/0', 'each reactor is sent the tombstones of their own reactions only');

select * from finish();
rollback;
