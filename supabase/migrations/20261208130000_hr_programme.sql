-- HR's programme (PRODUCT.md H1) and ROI model (H6): one row each per organisation, synced to the
-- devices of the organisation's HR people and admins, and edited by them.
--
-- Who reads: HR and admins only, not every member. The notes of a step name people ("Kari owns
-- the survey"), the pilot group says who starts first and who does not, and the ROI model holds
-- hourly costs and budgets: management working material. Members learn about the programme the
-- way the seed asks for — HR's open communication, the lessons and the community — not by
-- syncing HR's planning sheet to every phone. The leadership report is printed from these rows.
--
-- The row's id is the organisation's id (as organisation_data_rules): every HR device writes the
-- same row, the last push wins. The meaning of the fields is checked on the device
-- (src/data/repos/programme.repo.ts); the server enforces types and sizes so no client can
-- store more than a phone should sync. updated_at / updated_by are the server's.

-- Five steps, in order: {status, owner, notes}. Immutable: used in a check.
create function private.valid_programme_steps(steps jsonb) returns boolean
language sql immutable
set search_path = ''
as $$
  select jsonb_typeof(steps) = 'array' and jsonb_array_length(steps) = 5
    and coalesce((
      select bool_and(
        jsonb_typeof(s) = 'object'
        and (select count(*) from jsonb_object_keys(s) k where k not in ('status', 'owner', 'notes')) = 0
        and s ->> 'status' in ('not_started', 'in_progress', 'done')
        and jsonb_typeof(coalesce(s -> 'owner', '""')) = 'string'
        and jsonb_typeof(coalesce(s -> 'notes', '""')) = 'string'
        and char_length(coalesce(s ->> 'owner', '')) <= 80
        and char_length(coalesce(s ->> 'notes', '')) <= 2000)
      from jsonb_array_elements(steps) s), true)
$$;
revoke execute on function private.valid_programme_steps(jsonb) from public, anon;
grant execute on function private.valid_programme_steps(jsonb) to authenticated, service_role;

-- The pitfalls checklist: {key: true|false} for the known keys only.
create function private.valid_programme_pitfalls(pitfalls jsonb) returns boolean
language sql immutable
set search_path = ''
as $$
  select jsonb_typeof(pitfalls) = 'object'
    and coalesce((
      select bool_and(key in ('big_bang', 'no_practice', 'no_leaders', 'tool_sprawl',
          'expectations', 'data_rules_last', 'no_measurement', 'no_anchoring')
        and jsonb_typeof(value) = 'boolean')
      from jsonb_each(pitfalls)), true)
$$;
revoke execute on function private.valid_programme_pitfalls(jsonb) from public, anon;
grant execute on function private.valid_programme_pitfalls(jsonb) to authenticated, service_role;

-- The calculator's fields as typed: {field: "text"}, known fields, each at most 32 characters.
create function private.valid_roi_inputs(inputs jsonb) returns boolean
language sql immutable
set search_path = ''
as $$
  select jsonb_typeof(inputs) = 'object'
    and coalesce((
      select bool_and(key in ('trainingHours', 'hourlyCost', 'people', 'externalHelp', 'licences',
          'hrCoordination', 'otherCost', 'hoursSaved', 'hoursSavedSource', 'hoursSavedLow',
          'hoursSavedHigh', 'fewerRewrites', 'fasterProcesses', 'otherBenefit', 'lowPercent',
          'highPercent')
        and jsonb_typeof(value) = 'string' and char_length(value #>> '{}') <= 32)
      from jsonb_each(inputs)), true)
$$;
revoke execute on function private.valid_roi_inputs(jsonb) from public, anon;
grant execute on function private.valid_roi_inputs(jsonb) to authenticated, service_role;

create table public.hr_programmes (
  id uuid primary key,
  organisation_id uuid not null unique references public.organisations (id) on delete cascade,
  start_date date,
  -- Departments that start first (the seed's pilot group); people by name in pilot_note.
  pilot_department_ids uuid[] not null default array[]::uuid[],
  pilot_note text not null default '',
  steps jsonb not null default
    '[{"status":"not_started"},{"status":"not_started"},{"status":"not_started"},{"status":"not_started"},{"status":"not_started"}]'::jsonb,
  pitfalls jsonb not null default '{}'::jsonb,
  updated_at timestamptz not null default now(),
  updated_by uuid references auth.users (id) on delete set null,
  sync_xid xid8 not null default pg_current_xact_id(),
  constraint hr_programmes_one_per_organisation check (id = organisation_id),
  constraint hr_programmes_updated_at_range check (
    updated_at >= '2000-01-01 00:00:00+00'::timestamptz and updated_at < '2100-01-01 00:00:00+00'::timestamptz),
  constraint hr_programmes_start_date_range check (
    start_date is null or start_date between date '2000-01-01' and date '2099-12-31'),
  constraint hr_programmes_pilot_departments_size check (
    cardinality(pilot_department_ids) <= 100 and array_position(pilot_department_ids, null) is null),
  constraint hr_programmes_pilot_note_size check (char_length(pilot_note) <= 500),
  constraint hr_programmes_steps_shape check (
    octet_length(steps::text) <= 16384 and private.valid_programme_steps(steps)),
  constraint hr_programmes_pitfalls_shape check (
    octet_length(pitfalls::text) <= 1024 and private.valid_programme_pitfalls(pitfalls))
);
create index hr_programmes_updated_by on public.hr_programmes (updated_by);

create table public.roi_models (
  id uuid primary key,
  organisation_id uuid not null unique references public.organisations (id) on delete cascade,
  currency text not null default 'NOK' check (currency in ('NOK', 'EUR')),
  inputs jsonb not null default '{}'::jsonb,
  updated_at timestamptz not null default now(),
  updated_by uuid references auth.users (id) on delete set null,
  sync_xid xid8 not null default pg_current_xact_id(),
  constraint roi_models_one_per_organisation check (id = organisation_id),
  constraint roi_models_updated_at_range check (
    updated_at >= '2000-01-01 00:00:00+00'::timestamptz and updated_at < '2100-01-01 00:00:00+00'::timestamptz),
  constraint roi_models_inputs_shape check (
    octet_length(inputs::text) <= 4096 and private.valid_roi_inputs(inputs))
);
create index roi_models_updated_by on public.roi_models (updated_by);

-- The server's time and author on every write (never the device's clock or claim).
create function private.stamp_hr_programme_update() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.updated_at := now();
  new.updated_by := coalesce((select auth.uid()), new.updated_by);
  return new;
end
$$;
revoke execute on function private.stamp_hr_programme_update() from public, anon;

create trigger stamp_hr_programme_update before insert or update on public.hr_programmes
  for each row execute function private.stamp_hr_programme_update();
create trigger stamp_roi_model_update before insert or update on public.roi_models
  for each row execute function private.stamp_hr_programme_update();

alter table public.hr_programmes enable row level security;
alter table public.roi_models enable row level security;

create policy hr_programmes_select on public.hr_programmes
  for select to authenticated
  using (organisation_id in (select private.my_org_ids_with_role(array['hr', 'admin'])));
create policy hr_programmes_insert on public.hr_programmes
  for insert to authenticated
  with check (organisation_id in (select private.my_org_ids_with_role(array['hr', 'admin'])));
create policy hr_programmes_update on public.hr_programmes
  for update to authenticated
  using (organisation_id in (select private.my_org_ids_with_role(array['hr', 'admin'])))
  with check (organisation_id in (select private.my_org_ids_with_role(array['hr', 'admin'])));
create policy hr_programmes_delete on public.hr_programmes
  for delete to authenticated
  using (organisation_id in (select private.my_org_ids_with_role(array['hr', 'admin'])));

create policy roi_models_select on public.roi_models
  for select to authenticated
  using (organisation_id in (select private.my_org_ids_with_role(array['hr', 'admin'])));
create policy roi_models_insert on public.roi_models
  for insert to authenticated
  with check (organisation_id in (select private.my_org_ids_with_role(array['hr', 'admin'])));
create policy roi_models_update on public.roi_models
  for update to authenticated
  using (organisation_id in (select private.my_org_ids_with_role(array['hr', 'admin'])))
  with check (organisation_id in (select private.my_org_ids_with_role(array['hr', 'admin'])));
create policy roi_models_delete on public.roi_models
  for delete to authenticated
  using (organisation_id in (select private.my_org_ids_with_role(array['hr', 'admin'])));

revoke all on public.hr_programmes from anon;
revoke all on public.roi_models from anon;
grant select, insert, update, delete on public.hr_programmes to authenticated;
grant select, insert, update, delete on public.roi_models to authenticated;

select private.register_synced_table('hr_programmes', 'org', null, 'organisation_id',
  p_audience => 'array[''hr'', ''admin'']');
select private.register_synced_table('roi_models', 'org', null, 'organisation_id',
  p_audience => 'array[''hr'', ''admin'']');
