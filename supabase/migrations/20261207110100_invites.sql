-- Invites that cannot be guessed (issue 13, finding 8).
--
-- * Codes are made by the server: 28 characters of Crockford's base-32 alphabet (140 random bits
--   from gen_random_uuid()), shown in four groups of seven: `7K3QX9M-…`. Every invite an API user
--   writes gets one (public.create_invite, or a direct INSERT whose code is replaced); a code never
--   changes afterwards. Only the service role and the database owner (e.g. supabase/seed.sql's
--   demo invite) may still name a code.
-- * Redeeming is capped: at most 10 attempts per person in any hour (private.invite_attempts),
--   whether they succeed or not; the 11th is answered 'too_many_attempts' without looking at the
--   code. With 2^140 codes, guessing one is hopeless.
-- * Every failure gets the same answer: an unknown, expired or used-up code is 'invalid_invite'.
--   A failure is answered, not raised ({"error": "invalid_invite" | "too_many_attempts"}), so
--   that the attempt is recorded (a raised error would roll it back). A success answers
--   {"organisation_id": …} as before. Typing is forgiving: case, spaces and dashes do not matter,
--   and O / I / L are read as 0 / 1 / 1.

create table private.invite_attempts (
  id bigint generated always as identity primary key,
  user_id uuid not null,
  attempted_at timestamptz not null default now()
);
create index invite_attempts_user_time on private.invite_attempts (user_id, attempted_at);
alter table private.invite_attempts enable row level security;
create policy no_direct_access on private.invite_attempts as restrictive for all to public using (false);

-- redeem_invite drops a person's attempts older than an hour when they try again; this drops
-- everyone's. Run it with private.prune_sync_log (e.g. daily with pg_cron).
create function private.prune_invite_attempts() returns void
language sql
security definer
set search_path = ''
as $$
  delete from private.invite_attempts where attempted_at <= now() - interval '1 hour'
$$;
revoke execute on function private.prune_invite_attempts() from public, anon, authenticated;

-- `n` random hex digits (at most 54), from version-4 UUIDs without their fixed digits.
create function private.random_hex(n integer) returns text
language sql volatile
set search_path = ''
as $$
  select left(string_agg(substr(h, 1, 12) || substr(h, 18, 15), ''), n)
  from (
    select replace(gen_random_uuid()::text, '-', '') as h
    from generate_series(1, (n + 26) / 27)
  ) as u
$$;

create function private.new_invite_code() returns text
language sql volatile
set search_path = ''
as $$
  select string_agg(
    case when i > 0 and i % 7 = 0 then '-' else '' end
      || substr('0123456789ABCDEFGHJKMNPQRSTVWXYZ',
           1 + substring(r.b from i * 5 + 1 for 5)::bit(5)::integer, 1),
    '' order by i)
  from (select ('x' || private.random_hex(35))::bit(140) as b) as r,
    generate_series(0, 27) as i
$$;

-- What a person typed, in the form the server writes codes.
create function private.normalised_invite_code(p_code text) returns text
language sql immutable
set search_path = ''
as $$
  select case when length(s) = 28
    then substr(s, 1, 7) || '-' || substr(s, 8, 7) || '-' || substr(s, 15, 7) || '-' || substr(s, 22, 7)
    else s end
  from (
    select translate(upper(regexp_replace(coalesce(p_code, ''), '[^0-9A-Za-z]', '', 'g')), 'OIL', '011') as s
  ) as t
$$;

do $$
declare
  f text;
begin
  foreach f in array array['private.random_hex(integer)', 'private.new_invite_code()',
    'private.normalised_invite_code(text)']
  loop
    execute format('revoke execute on function %s from public, anon', f);
    execute format('grant execute on function %s to authenticated, service_role', f);
  end loop;
end
$$;

create function private.stamp_invite() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  uid uuid := (select auth.uid());
begin
  if tg_op = 'INSERT' then
    -- An API user (the roles PostgREST runs requests as) never chooses the code.
    if current_user in ('authenticated', 'anon') or new.code is null or new.code = '' then
      new.code := private.new_invite_code();
    end if;
    new.created_by := coalesce(uid, new.created_by);
  else
    new.code := old.code;
    new.created_by := private.kept_user(old.created_by, new.created_by);
  end if;
  return new;
end
$$;
revoke execute on function private.stamp_invite() from public, anon;

create trigger stamp_invite before insert or update on public.invites
  for each row execute function private.stamp_invite();

-- Creates an invite to `organisation_id` (the caller must be one of its admins) and answers it
-- with its code: {id, code, organisation_id, role, expires_at, max_uses}.
create function public.create_invite(
  organisation_id uuid,
  role text default 'member',
  expires_at timestamptz default null,
  max_uses integer default null
) returns jsonb
language plpgsql
security invoker
set search_path = ''
as $$
declare
  inv public.invites;
begin
  if (select auth.uid()) is null then
    raise exception 'not_authenticated' using errcode = '28000';
  end if;
  insert into public.invites (organisation_id, role, expires_at, max_uses, code)
  values (
    create_invite.organisation_id,
    coalesce(create_invite.role, 'member'),
    coalesce(create_invite.expires_at, now() + interval '30 days'),
    create_invite.max_uses,
    '')
  returning * into inv;
  return jsonb_build_object('id', inv.id, 'code', inv.code, 'organisation_id', inv.organisation_id,
    'role', inv.role, 'expires_at', inv.expires_at, 'max_uses', inv.max_uses);
end
$$;
revoke execute on function public.create_invite(uuid, text, timestamptz, integer) from public, anon;
grant execute on function public.create_invite(uuid, text, timestamptz, integer) to authenticated;

-- Joins the caller to the invite's organisation with the invite's role.
-- Answers {organisation_id} or {error: 'invalid_invite' | 'too_many_attempts'}.
create or replace function private.redeem_invite(p_code text) returns jsonb
language plpgsql
security definer
set search_path = ''
as $$
declare
  uid uuid := (select auth.uid());
  inv public.invites;
  current_roles text[];
  recent integer;
begin
  if uid is null then
    raise exception 'not_authenticated' using errcode = '28000';
  end if;
  -- One person's attempts take turns, so parallel guesses cannot slip past the count.
  perform pg_catalog.pg_advisory_xact_lock(
    pg_catalog.hashtext('loft.redeem_invite'), pg_catalog.hashtext(uid::text));
  delete from private.invite_attempts
  where user_id = uid and attempted_at <= now() - interval '1 hour';
  select count(*) into recent from private.invite_attempts where user_id = uid;
  if recent >= 10 then
    return jsonb_build_object('error', 'too_many_attempts');
  end if;
  insert into private.invite_attempts (user_id) values (uid);

  select * into inv from public.invites
  where code in (btrim(p_code), private.normalised_invite_code(p_code))
  for update;
  if not found then
    return jsonb_build_object('error', 'invalid_invite');
  end if;
  select roles into current_roles from public.memberships
  where user_id = uid and organisation_id = inv.organisation_id for update;
  if current_roles is not null and inv.role = any (current_roles) then
    return jsonb_build_object('organisation_id', inv.organisation_id);
  end if;
  if inv.expires_at <= now() or (inv.max_uses is not null and inv.uses >= inv.max_uses) then
    return jsonb_build_object('error', 'invalid_invite');
  end if;
  if current_roles is null then
    insert into public.memberships (user_id, organisation_id, roles)
    values (uid, inv.organisation_id, array[inv.role]);
  else
    update public.memberships set roles = roles || inv.role
    where user_id = uid and organisation_id = inv.organisation_id;
  end if;
  update public.invites set uses = uses + 1 where id = inv.id;
  return jsonb_build_object('organisation_id', inv.organisation_id);
end
$$;
revoke execute on function private.redeem_invite(text) from public, anon;
grant execute on function private.redeem_invite(text) to authenticated;
