-- Helpers for the pgTAP tests in supabase/tests (loaded by scripts/pgtap.sh, never a migration).
create schema if not exists tests;

create or replace function tests.create_user(p_email text default null) returns uuid
language plpgsql as $$
declare
  uid uuid := gen_random_uuid();
begin
  insert into auth.users (id, email) values (uid, coalesce(p_email, uid || '@example.test'));
  return uid;
end
$$;

create or replace function tests.create_org(p_name text default 'Org') returns uuid
language sql as $$
  insert into public.organisations (name) values (p_name) returning id
$$;

create or replace function tests.create_member(p_org uuid, p_roles text[] default array['member']) returns uuid
language plpgsql as $$
declare
  uid uuid := tests.create_user();
begin
  insert into public.memberships (user_id, organisation_id, roles) values (uid, p_org, p_roles);
  return uid;
end
$$;

-- Runs `sql` as the API would for user `uid` (null: anon); returns the number of rows it
-- returned or changed. Errors propagate (use throws_ok).
create or replace function tests.run_as(uid uuid, sql text) returns bigint
language plpgsql as $$
declare
  n bigint;
begin
  perform set_config('request.jwt.claims',
    case when uid is null then '{"role":"anon"}'
         else json_build_object('sub', uid, 'role', 'authenticated')::text end, true);
  execute case when uid is null then 'set local role anon' else 'set local role authenticated' end;
  execute sql;
  get diagnostics n = row_count;
  execute 'set local role none';
  return n;
end
$$;

-- Runs a query returning one jsonb value (an RPC call) as user `uid`.
create or replace function tests.json_as(uid uuid, sql text) returns jsonb
language plpgsql as $$
declare
  result jsonb;
begin
  perform set_config('request.jwt.claims', json_build_object('sub', uid, 'role', 'authenticated')::text, true);
  execute 'set local role authenticated';
  execute sql into result;
  execute 'set local role none';
  return result;
end
$$;
