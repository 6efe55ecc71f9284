-- "Delete my data" and a push in flight, as real concurrent sessions (dblink): the push that waits
-- for the delete to commit must not bring the deleted row back. As 03_late_commit.sql, no
-- enclosing transaction; the fixtures are deleted at the end.
\set ON_ERROR_STOP 1
select gen_random_uuid() as person, gen_random_uuid() as ev \gset

select plan(3);

select dblink_connect('setup', 'dbname=' || current_database());
select dblink_connect('eraser', 'dbname=' || current_database());
select dblink_connect('late', 'dbname=' || current_database());

select dblink_exec('setup', format($$
  insert into auth.users (id, email) values (%1$L, null);
  insert into public.progress_events (id, user_id, lesson_id, kind) values (%2$L, %1$L, 'l', 'k');
  $$, :'person', :'ev'));

create function pg_temp.push_sql(uid uuid, op text, ev uuid) returns text language sql as $$
  select format('select tests.json_as(%L, %L)::text', uid, format('select public.sync_push(%L::jsonb)',
    jsonb_build_array(jsonb_build_object('id', gen_random_uuid(), 'table', 'progress_events', 'op', op,
      'row', jsonb_build_object('id', ev, 'lesson_id', 'l', 'kind', 'late')))))
$$;

-- The delete runs first and stays open (it holds the person's push lock).
select dblink_exec('eraser', 'begin');
select count(*) from dblink('eraser', pg_temp.push_sql(:'person', 'delete', :'ev')) as t(r text);
-- A late upsert of the same row starts meanwhile; it waits for the lock.
select dblink_send_query('late', pg_temp.push_sql(:'person', 'upsert', :'ev'));
select pg_sleep(0.3);
select dblink_exec('eraser', 'commit');

select is(
  (select (r::jsonb) -> 0 ->> 'reason' from dblink_get_result('late') as t(r text)),
  'deleted', 'a push that waited for "delete my data" is refused');
select * from dblink_get_result('late') as t(r text);
select is((select count(*) from public.progress_events where id = :'ev'), 0::bigint,
  'and the row stays deleted');
select is((select count(*) from public.progress_events where user_id = :'person'), 0::bigint,
  'nothing of the person is left');

select dblink_exec('setup', format($$ delete from auth.users where id = %1$L; $$, :'person'));
select dblink_disconnect('setup');
select dblink_disconnect('eraser');
select dblink_disconnect('late');

select * from finish();
