-- Memberships come only from invites (issue 13, finding 8).
--
-- * Nobody inserts a membership through the API: a person joins by redeeming an invite
--   (private.redeem_invite, security definer); the service role may still add people (onboarding,
--   the seed). Before, an admin could push a membership that added anyone — another
--   organisation's admin included — without their consent. There is no "asked to join" yet; when
--   there is, an admin's acceptance belongs in a definer function like redeem_invite.
-- * An admin still changes the roles, department and job role of their organisation's members
--   and may remove them; a person may leave. A membership always stays the same person's, in the
--   same organisation (refused, 42501).
-- * A membership's department and job role, and a job role's department, belong to the same
--   organisation: composite foreign keys (organisation_id, department_id) → departments
--   (organisation_id, id), and likewise for job roles. Deleting a department or job role clears
--   only that reference.

drop policy memberships_insert on public.memberships;

create function private.guard_membership() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  if (new.user_id, new.organisation_id) is distinct from (old.user_id, old.organisation_id) then
    raise exception 'forbidden' using errcode = '42501',
      detail = 'A membership stays the same person''s, in the same organisation.';
  end if;
  return new;
end
$$;
revoke execute on function private.guard_membership() from public, anon;

create trigger guard_membership before update on public.memberships
  for each row execute function private.guard_membership();

-- References across organisations that may exist already are cleared first.
update public.memberships m set department_id = null
where m.department_id is not null and not exists (
  select 1 from public.departments d where d.id = m.department_id and d.organisation_id = m.organisation_id);
update public.memberships m set job_role_id = null
where m.job_role_id is not null and not exists (
  select 1 from public.job_roles j where j.id = m.job_role_id and j.organisation_id = m.organisation_id);
update public.job_roles j set department_id = null
where j.department_id is not null and not exists (
  select 1 from public.departments d where d.id = j.department_id and d.organisation_id = j.organisation_id);

alter table public.departments
  add constraint departments_organisation_id_id_key unique (organisation_id, id);
alter table public.job_roles
  add constraint job_roles_organisation_id_id_key unique (organisation_id, id);

alter table public.memberships
  drop constraint memberships_department_id_fkey,
  drop constraint memberships_job_role_id_fkey,
  add constraint memberships_department_fkey foreign key (organisation_id, department_id)
    references public.departments (organisation_id, id) on delete set null (department_id),
  add constraint memberships_job_role_fkey foreign key (organisation_id, job_role_id)
    references public.job_roles (organisation_id, id) on delete set null (job_role_id);
alter table public.job_roles
  drop constraint job_roles_department_id_fkey,
  add constraint job_roles_department_fkey foreign key (organisation_id, department_id)
    references public.departments (organisation_id, id) on delete set null (department_id);

drop index public.memberships_department_id;
drop index public.memberships_job_role_id;
drop index public.job_roles_department_id;
create index memberships_organisation_department on public.memberships (organisation_id, department_id);
create index memberships_organisation_job_role on public.memberships (organisation_id, job_role_id);
create index job_roles_organisation_department on public.job_roles (organisation_id, department_id);
