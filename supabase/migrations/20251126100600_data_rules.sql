-- Approved AI tools and data rules (PRODUCT.md X3) and the organisation's own sensitive words for
-- the privacy guard (P3): one row per organisation. Every member reads it (it is synced to every
-- phone, where the guard and the tool lists run, offline); only the organisation's admins write it.
--
-- The row's id is the organisation's id, so every admin device writes the same row and the last
-- push wins (an 'org' table: plain upsert under RLS). The meaning of `tools` and `allowed` is
-- checked on the device before saving (src/domain/dataRules.ts, validateRules); the server
-- enforces their types and sizes, so no client can store more than a phone should sync.

-- Each word 2–80 characters, trimmed (the guard ignores shorter words). Immutable: used in a check.
create function private.valid_custom_terms(terms text[]) returns boolean
language sql immutable
set search_path = ''
as $$
  select coalesce(bool_and(t is not null and char_length(t) between 2 and 80 and t = btrim(t)), true)
  from unnest(terms) as t
$$;
revoke execute on function private.valid_custom_terms(text[]) from public, anon;
grant execute on function private.valid_custom_terms(text[]) to authenticated, service_role;

create table public.organisation_data_rules (
  id uuid primary key,
  organisation_id uuid not null unique references public.organisations (id) on delete cascade,
  -- [{id, name, url?, retired?, dataProcessingAgreement?}] as in src/domain/dataRules.ts
  tools jsonb not null default '[]'::jsonb,
  -- {toolId: ['green', 'yellow', ...]}
  allowed jsonb not null default '{}'::jsonb,
  -- Customer names, project code names: caught on every phone before text is copied or shared.
  custom_terms text[] not null default array[]::text[],
  -- Set by the server on every write (never the device's clock or claim).
  updated_at timestamptz not null default now(),
  updated_by uuid references auth.users (id) on delete set null,
  sync_xid xid8 not null default pg_current_xact_id(),
  constraint organisation_data_rules_one_per_organisation check (id = organisation_id),
  constraint organisation_data_rules_tools_size check (
    case when jsonb_typeof(tools) = 'array'
      then jsonb_array_length(tools) <= 30 and octet_length(tools::text) <= 16384
      else false end),
  constraint organisation_data_rules_allowed_size check (
    case when jsonb_typeof(allowed) = 'object'
      then octet_length(allowed::text) <= 8192
      else false end),
  constraint organisation_data_rules_custom_terms_size check (
    cardinality(custom_terms) <= 300 and private.valid_custom_terms(custom_terms))
);
create index organisation_data_rules_updated_by on public.organisation_data_rules (updated_by);

create function private.stamp_data_rules_update() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.updated_at := now();
  new.updated_by := coalesce((select auth.uid()), new.updated_by);
  return new;
end
$$;
revoke execute on function private.stamp_data_rules_update() from public, anon;

create trigger stamp_data_rules_update before insert or update on public.organisation_data_rules
  for each row execute function private.stamp_data_rules_update();

alter table public.organisation_data_rules enable row level security;

create policy organisation_data_rules_select on public.organisation_data_rules
  for select to authenticated
  using (organisation_id in (select private.my_org_ids()));
create policy organisation_data_rules_insert on public.organisation_data_rules
  for insert to authenticated
  with check (organisation_id in (select private.my_org_ids_with_role(array['admin'])));
create policy organisation_data_rules_update on public.organisation_data_rules
  for update to authenticated
  using (organisation_id in (select private.my_org_ids_with_role(array['admin'])))
  with check (organisation_id in (select private.my_org_ids_with_role(array['admin'])));
create policy organisation_data_rules_delete on public.organisation_data_rules
  for delete to authenticated
  using (organisation_id in (select private.my_org_ids_with_role(array['admin'])));

revoke all on public.organisation_data_rules from anon;
grant select, insert, update, delete on public.organisation_data_rules to authenticated;

select private.register_synced_table('organisation_data_rules', 'org', null, 'organisation_id');
