-- The server owns history and bookkeeping (ARCHITECTURE.md, "The sync contract"; issue 13,
-- finding 3), and a review pins what it reviewed (finding 8).
--
-- Prompts. Whatever writes a prompt — sync_push (private.apply_prompt_edit) or a direct
-- INSERT / UPDATE through the API — goes through the same two triggers, the one place where a
-- prompt's bookkeeping is decided:
--   * before insert / update (private.stamp_prompt): revision is 1 on insert and the old one + 1
--     on every edit; updated_at is the server clock; updated_by is the caller; author_id is the
--     caller on insert and never changes afterwards (except to null when that person's account
--     is deleted: the foreign key's `on delete set null`); organisation_id never changes
--     (refused, 42501). An update that changes no content (and is not a pushed edit) is no edit:
--     revision and stamps stay as they were.
--   * after insert / update (private.record_prompt_revision): writes the prompt_revisions row of
--     the new revision. A pushed edit names the revision it was based on and its mutation id
--     (the revision row's id) through the transaction-local setting loft.prompt_edit, which only
--     apply_prompt_edit sets (and clears again); a direct edit is based on the revision it
--     replaced.
-- prompt_revisions is history: the API roles may only read it (no INSERT / UPDATE / DELETE
-- privilege, no write policy). The service role may still load history (supabase/seed.sql).
--
-- Other shared rows: created_at is the server clock on insert and never changes afterwards
-- (organisations, departments, job_roles, memberships, invites, attempt_reviews); a profile's
-- updated_at is the server clock. organisation_data_rules was already stamped
-- (20251126100600_data_rules.sql). Personal events keep the times the device recorded (when the
-- person did it, offline); their ranges are checked elsewhere.
--
-- Reviews pin their attempt: once an attempt has a review, its prompt, output and challenge
-- cannot change (refused, 42501 — sync_push answers 'forbidden'); the learner may still withdraw
-- it from review or delete it (which deletes its reviews). The app never edits a saved attempt's
-- text, so nothing on the device changes.

-- The user `p_new` may replace `p_old` only when it is null because the person `p_old` is gone
-- (a foreign key's `on delete set null`); otherwise the old value stays.
create function private.kept_user(p_old uuid, p_new uuid) returns uuid
language sql stable
security definer
set search_path = ''
as $$
  select case
    when p_new is null and p_old is not null
      and not exists (select 1 from auth.users u where u.id = p_old) then null
    else p_old
  end
$$;
revoke execute on function private.kept_user(uuid, uuid) from public, anon;
grant execute on function private.kept_user(uuid, uuid) to authenticated, service_role;

-- The pushed edit in progress, set by apply_prompt_edit: {"id": mutation id, "base": revision}.
create function private.current_prompt_edit() returns jsonb
language sql stable
set search_path = ''
as $$
  select nullif(pg_catalog.current_setting('loft.prompt_edit', true), '')::jsonb
$$;
revoke execute on function private.current_prompt_edit() from public, anon;
grant execute on function private.current_prompt_edit() to authenticated, service_role;

create function private.stamp_prompt() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  uid uuid := (select auth.uid());
begin
  if tg_op = 'INSERT' then
    new.revision := 1;
    new.updated_at := now();
    if uid is not null then
      new.author_id := uid;
      new.updated_by := uid;
    else
      -- The service role (no caller), e.g. the seed: the author it names is the editor.
      new.updated_by := coalesce(new.updated_by, new.author_id);
    end if;
    return new;
  end if;

  if new.organisation_id is distinct from old.organisation_id then
    raise exception 'forbidden' using errcode = '42501',
      detail = 'A prompt stays in the organisation it was written in.';
  end if;
  new.author_id := private.kept_user(old.author_id, new.author_id);
  if private.current_prompt_edit() is not null
    or (new.title, new.body, new.department, new.task, new.tools, new.level, new.data_class,
        new.tags, new.status, new.featured)
      is distinct from
       (old.title, old.body, old.department, old.task, old.tools, old.level, old.data_class,
        old.tags, old.status, old.featured)
  then
    new.revision := old.revision + 1;
    new.updated_at := now();
    new.updated_by := coalesce(uid, new.updated_by);
  else
    new.revision := old.revision;
    new.updated_at := old.updated_at;
    new.updated_by := private.kept_user(old.updated_by, new.updated_by);
  end if;
  return new;
end
$$;
revoke execute on function private.stamp_prompt() from public, anon;

create trigger stamp_prompt before insert or update on public.prompts
  for each row execute function private.stamp_prompt();

-- Security definer: the API roles have no write access to prompt_revisions at all.
create function private.record_prompt_revision() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  edit jsonb := private.current_prompt_edit();
  base integer;
begin
  if tg_op = 'UPDATE' then
    if new.revision = old.revision then
      return null;
    end if;
    base := least(coalesce((edit ->> 'base')::integer, old.revision), old.revision);
  end if;
  insert into public.prompt_revisions (
    id, prompt_id, organisation_id, revision, author_id, title, body, department, task, tools,
    level, data_class, tags, status, featured, based_on_revision, created_at)
  values (
    coalesce((edit ->> 'id')::uuid, gen_random_uuid()), new.id, new.organisation_id, new.revision,
    coalesce((select auth.uid()), new.updated_by), new.title, new.body, new.department, new.task,
    new.tools, new.level, new.data_class, new.tags, new.status, new.featured, base, now());
  return null;
end
$$;
revoke execute on function private.record_prompt_revision() from public, anon;

create trigger record_prompt_revision after insert or update on public.prompts
  for each row execute function private.record_prompt_revision();

-- History is read-only for the API.
drop policy prompt_revisions_insert on public.prompt_revisions;
revoke insert, update, delete, truncate on public.prompt_revisions from authenticated, anon;

-- A prompt edit pushed through sync_push: always a new revision (even with the same content).
-- An edit based on an older revision than the current one still applies (answered 'conflict'),
-- and the revision it overtook stays in the history. The triggers above write the revision
-- number, the stamps and the history row; what the device sent for them is dropped.
create or replace function private.apply_prompt_edit(p_mutation_id uuid, r jsonb) returns text
language plpgsql
set search_path = ''
as $$
declare
  uid uuid := (select auth.uid());
  pid uuid := (r ->> 'id')::uuid;
  base integer := (r ->> 'base_revision')::integer;
  cur public.prompts;
  outcome text;
begin
  select * into cur from public.prompts where id = pid for update;
  if not found then
    if private.sync_row_exists('prompts', pid) then
      raise exception 'forbidden';
    end if;
    if r ->> 'author_id' is not null and (r ->> 'author_id')::uuid <> uid then
      raise exception 'forbidden_author';
    end if;
    base := null;
  else
    if base is not null and base < cur.revision then
      outcome := 'conflict';
    end if;
    r := r || jsonb_build_object('organisation_id', cur.organisation_id);
  end if;
  r := r - array['base_revision', 'revision', 'author_id', 'updated_by', 'updated_at'];
  perform pg_catalog.set_config('loft.prompt_edit',
    jsonb_build_object('id', p_mutation_id, 'base', base)::text, true);
  perform private.upsert_row('prompts', r);
  perform pg_catalog.set_config('loft.prompt_edit', '', true);
  return outcome;
end
$$;
revoke execute on function private.apply_prompt_edit(uuid, jsonb) from public, anon;
grant execute on function private.apply_prompt_edit(uuid, jsonb) to authenticated;

-- created_at: the server clock on insert, unchanged afterwards.
create function private.stamp_created_at() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    new.created_at := now();
  else
    new.created_at := old.created_at;
  end if;
  return new;
end
$$;
revoke execute on function private.stamp_created_at() from public, anon;

do $$
declare
  t text;
begin
  foreach t in array array['organisations', 'departments', 'job_roles', 'memberships', 'invites',
    'attempt_reviews']
  loop
    execute format('create trigger stamp_created_at before insert or update on public.%I
      for each row execute function private.stamp_created_at()', t);
  end loop;
end
$$;

create function private.stamp_updated_at() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.updated_at := now();
  return new;
end
$$;
revoke execute on function private.stamp_updated_at() from public, anon;

create trigger stamp_updated_at before insert or update on public.profiles
  for each row execute function private.stamp_updated_at();

-- Reviews pin their attempt. Security definer: reads whether a review exists, whoever may see it.
create function private.freeze_reviewed_attempt() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if (new.prompt, new.output, new.challenge_id) is distinct from (old.prompt, old.output, old.challenge_id)
    and exists (select 1 from public.attempt_reviews r where r.attempt_id = old.id)
  then
    raise exception 'forbidden' using errcode = '42501',
      detail = 'A reviewed attempt keeps the prompt and output that were reviewed.';
  end if;
  return new;
end
$$;
revoke execute on function private.freeze_reviewed_attempt() from public, anon;

create trigger freeze_reviewed_attempt before update on public.challenge_attempts
  for each row execute function private.freeze_reviewed_attempt();
