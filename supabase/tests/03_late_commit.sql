-- Pull cursors are safe against late commits, proven with real concurrent sessions (dblink):
-- a push that starts first and commits last is still delivered to a device that pulled between.
-- All writes and pulls go through their own connections and commit; this session only watches
-- No enclosing transaction: an open one here would (rightly) hold every later write back from
-- the pulls. Each statement commits on its own; the fixtures are deleted at the end.
\set ON_ERROR_STOP 1
select gen_random_uuid() as org, gen_random_uuid() as slow, gen_random_uuid() as fast,
  gen_random_uuid() as reader, gen_random_uuid() as late_prompt, gen_random_uuid() as early_prompt \gset

select plan(6);

select dblink_connect('setup', 'dbname=' || current_database());
select dblink_connect('slow', 'dbname=' || current_database());
select dblink_connect('reader', 'dbname=' || current_database());

select dblink_exec('setup', format($$
  insert into auth.users (id, email) values (%1$L, null), (%2$L, null), (%3$L, null);
  insert into public.organisations (id, name) values (%4$L, 'Late commit AS');
  insert into public.memberships (user_id, organisation_id, roles) values
    (%1$L, %4$L, array['ambassador']), (%2$L, %4$L, array['ambassador']), (%3$L, %4$L, array['member']);
  $$, :'slow', :'fast', :'reader', :'org'));

-- A pull as `reader` in its own transaction; returns the answer.
create function pg_temp.pull(reader uuid, cursor jsonb) returns jsonb language sql as $$
  select r::jsonb from dblink('reader', format('select tests.json_as(%L, %L)::text', reader,
    format('select public.sync_pull(%L::jsonb, 500)', cursor))) as t(r text)
$$;
create function pg_temp.push_sql(uid uuid, org uuid, prompt uuid, title text) returns text language sql as $$
  select format('select tests.json_as(%L, %L)', uid, format('select public.sync_push(%L::jsonb)',
    jsonb_build_array(jsonb_build_object('id', gen_random_uuid(), 'table', 'prompts', 'op', 'upsert',
      'row', jsonb_build_object('id', prompt, 'organisation_id', org, 'title', title, 'body', 'b', 'status', 'approved')))))
$$;
create function pg_temp.prompt_ids(answer jsonb) returns jsonb language sql as $$
  select coalesce(jsonb_agg(c -> 'row' -> 'id' order by c -> 'row' ->> 'title'), '[]')
  from jsonb_array_elements(answer -> 'changes') c where c ->> 'table' = 'prompts'
$$;

create temp table answers (step text primary key, answer jsonb);
insert into answers values ('base', pg_temp.pull(:'reader', null));

-- The slow push takes its transaction id first and stays open.
select dblink_exec('slow', 'begin');
select count(*) from dblink('slow', pg_temp.push_sql(:'slow', :'org', :'late_prompt', 'Late')) as t(r jsonb);
-- A later push commits first.
select count(*) from dblink('setup', pg_temp.push_sql(:'fast', :'org', :'early_prompt', 'Early')) as t(r jsonb);
select is(
  (select count(*) from public.prompts where id = :'early_prompt'), 1::bigint,
  'the later push is committed and visible');

insert into answers select 'between', pg_temp.pull(:'reader', answer -> 'cursor') from answers where step = 'base';
select is(
  (select pg_temp.prompt_ids(answer) from answers where step = 'between'), '[]'::jsonb,
  'while the earlier transaction is open, pull holds back what committed after it began');
select is(
  (select answer -> 'cursor' from answers where step = 'between'),
  (select answer -> 'cursor' from answers where step = 'base'),
  'and its cursor does not move past the open transaction');

select dblink_exec('slow', 'commit');
insert into answers select 'after', pg_temp.pull(:'reader', answer -> 'cursor') from answers where step = 'between';
select is(
  (select pg_temp.prompt_ids(answer) from answers where step = 'after'),
  jsonb_build_array(:'early_prompt'::uuid, :'late_prompt'::uuid),
  'after the late commit both pushes are delivered');
insert into answers select 'again', pg_temp.pull(:'reader', answer -> 'cursor') from answers where step = 'after';
select is(
  (select answer -> 'changes' from answers where step = 'again'), '[]'::jsonb,
  'and never twice');

-- What a naive "since now()" cursor would have lost: the late row was written before the early one.
select ok(
  (select sync_xid from public.prompts where id = :'late_prompt') < (select sync_xid from public.prompts where id = :'early_prompt'),
  'the late-committing row has the older transaction id');

select dblink_exec('setup', format($$
  delete from public.organisations where id = %1$L;
  delete from auth.users where id in (%2$L, %3$L, %4$L);
  $$, :'org', :'slow', :'fast', :'reader'));
select dblink_disconnect('setup');
select dblink_disconnect('slow');
select dblink_disconnect('reader');

select * from finish();
