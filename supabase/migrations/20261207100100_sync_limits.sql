-- Limits in the schema (ARCHITECTURE.md, "The sync contract"): every synced text, jsonb and array
-- column has a limit, and every timestamp a range, whoever writes the row — sync_push or a direct
-- table write through the API (granted to `authenticated`, so no limit may live in sync_push
-- alone). One row can then never grow so large that a pull page holding it fails for everyone
-- who reads it. sync_pull also stops a page at a byte budget (20261207100200_sync_pull_budget.sql).
--
-- Timestamps: between 2000-01-01 and 2100-01-01 (a CHECK must be immutable, so the range is
-- fixed, not now() ± something); this refuses ±infinity and years like 294276.
-- A NEW SYNCED TABLE gives each of its text, jsonb, array and timestamp columns such a check.

-- Every element of a text array: not null, 1..max_len characters. Immutable: used in checks.
create function private.valid_text_items(items text[], max_len integer) returns boolean
language sql immutable
set search_path = ''
as $$
  select coalesce(bool_and(t is not null and char_length(t) between 1 and max_len), true)
  from unnest(items) as t
$$;
revoke execute on function private.valid_text_items(text[], integer) from public, anon;
grant execute on function private.valid_text_items(text[], integer) to authenticated, service_role;

-- Timestamps of every synced table.
do $$
declare
  c record;
begin
  for c in
    select a.attrelid::regclass as tbl, a.attname as col, cl.relname
    from private.synced_tables s
    join pg_catalog.pg_class cl on cl.relname = s.table_name
      and cl.relnamespace = 'public'::regnamespace
    join pg_catalog.pg_attribute a on a.attrelid = cl.oid
    where a.attnum > 0 and not a.attisdropped
      and a.atttypid = 'timestamptz'::regtype
  loop
    execute format(
      'alter table %s add constraint %I check (%I >= %L::timestamptz and %I < %L::timestamptz)',
      c.tbl, c.relname || '_' || c.col || '_range',
      c.col, '2000-01-01 00:00:00+00', c.col, '2100-01-01 00:00:00+00');
  end loop;
end
$$;

alter table public.challenge_attempts
  add constraint challenge_attempts_prompt_size check (char_length(prompt) <= 20000),
  add constraint challenge_attempts_output_size check (char_length(output) <= 20000),
  add constraint challenge_attempts_checklist_size check (
    jsonb_typeof(checklist) = 'object' and octet_length(checklist::text) <= 4096);

alter table public.progress_events
  add constraint progress_events_data_size check (
    jsonb_typeof(data) = 'object' and octet_length(data::text) <= 4096);

alter table public.prompts
  add constraint prompts_tools_size check (
    cardinality(tools) <= 30 and private.valid_text_items(tools, 100)),
  add constraint prompts_tags_size check (
    cardinality(tags) <= 30 and private.valid_text_items(tags, 60));

-- History holds what a prompt held: the same limits.
alter table public.prompt_revisions
  add constraint prompt_revisions_title_size check (char_length(title) between 1 and 200),
  add constraint prompt_revisions_body_size check (char_length(body) between 1 and 20000),
  add constraint prompt_revisions_department_size check (char_length(department) <= 60),
  add constraint prompt_revisions_task_size check (char_length(task) <= 200),
  add constraint prompt_revisions_level_value check (level in ('basic', 'intermediate', 'expert')),
  add constraint prompt_revisions_data_class_value check (data_class in ('green', 'yellow', 'red')),
  add constraint prompt_revisions_status_value check (status in ('submitted', 'approved', 'retired')),
  add constraint prompt_revisions_tools_size check (
    cardinality(tools) <= 30 and private.valid_text_items(tools, 100)),
  add constraint prompt_revisions_tags_size check (
    cardinality(tags) <= 30 and private.valid_text_items(tags, 60));
