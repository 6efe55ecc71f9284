-- Demo data for local development and tests: one small organisation with a person in each role,
-- an invite code and a few library prompts. Fixed ids so tests and screenshots can refer to them.
-- Sign-in locally: the users below exist in auth.users (no passwords; use e-mail codes).

insert into auth.users (id, email) values
  ('00000000-0000-4000-a000-000000000001', 'kari.admin@nordlys.example'),
  ('00000000-0000-4000-a000-000000000002', 'ola.ambassador@nordlys.example'),
  ('00000000-0000-4000-a000-000000000003', 'ingrid.hr@nordlys.example'),
  ('00000000-0000-4000-a000-000000000004', 'per.member@nordlys.example'),
  ('00000000-0000-4000-a000-000000000005', 'sofie.member@nordlys.example')
on conflict (id) do nothing;

insert into public.organisations (id, name, min_group_size) values
  ('10000000-0000-4000-a000-000000000001', 'Nordlys Rådgivning AS', 5)
on conflict (id) do nothing;

insert into public.departments (id, organisation_id, name) values
  ('20000000-0000-4000-a000-000000000001', '10000000-0000-4000-a000-000000000001', 'Prosjekt'),
  ('20000000-0000-4000-a000-000000000002', '10000000-0000-4000-a000-000000000001', 'Salg'),
  ('20000000-0000-4000-a000-000000000003', '10000000-0000-4000-a000-000000000001', 'Markedsføring'),
  ('20000000-0000-4000-a000-000000000004', '10000000-0000-4000-a000-000000000001', 'HR'),
  ('20000000-0000-4000-a000-000000000005', '10000000-0000-4000-a000-000000000001', 'Kundeservice')
on conflict (id) do nothing;

insert into public.job_roles (id, organisation_id, department_id, name) values
  ('30000000-0000-4000-a000-000000000001', '10000000-0000-4000-a000-000000000001', '20000000-0000-4000-a000-000000000001', 'Prosjektleder'),
  ('30000000-0000-4000-a000-000000000002', '10000000-0000-4000-a000-000000000001', '20000000-0000-4000-a000-000000000002', 'Key account manager'),
  ('30000000-0000-4000-a000-000000000003', '10000000-0000-4000-a000-000000000001', '20000000-0000-4000-a000-000000000004', 'HR-rådgiver'),
  ('30000000-0000-4000-a000-000000000004', '10000000-0000-4000-a000-000000000001', '20000000-0000-4000-a000-000000000005', 'Kundebehandler')
on conflict (id) do nothing;

insert into public.memberships (id, user_id, organisation_id, roles, department_id, job_role_id) values
  ('40000000-0000-4000-a000-000000000001', '00000000-0000-4000-a000-000000000001', '10000000-0000-4000-a000-000000000001', array['member', 'admin'], '20000000-0000-4000-a000-000000000004', null),
  ('40000000-0000-4000-a000-000000000002', '00000000-0000-4000-a000-000000000002', '10000000-0000-4000-a000-000000000001', array['member', 'ambassador'], '20000000-0000-4000-a000-000000000001', '30000000-0000-4000-a000-000000000001'),
  ('40000000-0000-4000-a000-000000000003', '00000000-0000-4000-a000-000000000003', '10000000-0000-4000-a000-000000000001', array['member', 'hr'], '20000000-0000-4000-a000-000000000004', '30000000-0000-4000-a000-000000000003'),
  ('40000000-0000-4000-a000-000000000004', '00000000-0000-4000-a000-000000000004', '10000000-0000-4000-a000-000000000001', array['member'], '20000000-0000-4000-a000-000000000002', '30000000-0000-4000-a000-000000000002'),
  ('40000000-0000-4000-a000-000000000005', '00000000-0000-4000-a000-000000000005', '10000000-0000-4000-a000-000000000001', array['member'], '20000000-0000-4000-a000-000000000005', '30000000-0000-4000-a000-000000000004')
on conflict (id) do nothing;

insert into public.profiles (id, display_name, language) values
  ('00000000-0000-4000-a000-000000000001', 'Kari', 'nb'),
  ('00000000-0000-4000-a000-000000000002', 'Ola', 'nb'),
  ('00000000-0000-4000-a000-000000000003', 'Ingrid', 'nb'),
  ('00000000-0000-4000-a000-000000000004', 'Per', 'en'),
  ('00000000-0000-4000-a000-000000000005', 'Sofie', 'nb')
on conflict (id) do nothing;

insert into public.invites (id, code, organisation_id, role, expires_at, max_uses, created_by) values
  ('50000000-0000-4000-a000-000000000001', 'NORDLYS-2025', '10000000-0000-4000-a000-000000000001', 'member', '2099-12-31T23:59:59Z', 200, '00000000-0000-4000-a000-000000000001')
on conflict (id) do nothing;

insert into public.prompts
  (id, organisation_id, author_id, title, body, department, task, tools, level, data_class, tags, status, featured, revision, updated_by)
values
  ('60000000-0000-4000-a000-000000000001', '10000000-0000-4000-a000-000000000001', '00000000-0000-4000-a000-000000000002',
   'Møtereferat fra stikkord',
   'Du er prosjektsekretær. Skriv et kort møtereferat på norsk ut fra stikkordene under. Bruk overskriftene Beslutninger, Oppgaver (med ansvarlig og frist) og Åpne spørsmål. Ikke finn på noe som ikke står i stikkordene.\n\nStikkord:\n{{stikkord}}',
   'project', 'Møtereferat', array['Copilot'], 'basic', 'yellow', array['møter', 'referat'], 'approved', true, 1,
   '00000000-0000-4000-a000-000000000002'),
  ('60000000-0000-4000-a000-000000000002', '10000000-0000-4000-a000-000000000001', '00000000-0000-4000-a000-000000000002',
   'Svar til kunde som venter på levering',
   'Skriv et vennlig og konkret svar til en kunde som lurer på når bestillingen kommer. Si hva vi vet, hva vi ikke vet ennå og når kunden hører fra oss igjen. Maks 120 ord, du-form.\n\nSituasjon: {{situasjon}}',
   'customer-service', 'Kundesvar', array['Copilot'], 'basic', 'green', array['kundeservice', 'e-post'], 'approved', false, 1,
   '00000000-0000-4000-a000-000000000002'),
  ('60000000-0000-4000-a000-000000000003', '10000000-0000-4000-a000-000000000001', '00000000-0000-4000-a000-000000000004',
   'Stillingsannonse i klarspråk',
   'Gjør utkastet til stillingsannonse under klarere: korte setninger, du-form, konkrete arbeidsoppgaver og krav. Marker krav som ikke er saklig begrunnet.\n\nUtkast: {{utkast}}',
   'hr', 'Stillingsannonse', array['ChatGPT Enterprise'], 'intermediate', 'green', array['rekruttering', 'klarspråk'], 'submitted', false, 1,
   '00000000-0000-4000-a000-000000000004')
on conflict (id) do nothing;

insert into public.prompt_revisions
  (id, prompt_id, organisation_id, revision, author_id, title, body, department, task, tools, level, data_class, tags, status, featured)
select gen_random_uuid(), p.id, p.organisation_id, 1, p.author_id, p.title, p.body, p.department, p.task, p.tools,
       p.level, p.data_class, p.tags, p.status, p.featured
from public.prompts p
where p.organisation_id = '10000000-0000-4000-a000-000000000001'
  and not exists (select 1 from public.prompt_revisions r where r.prompt_id = p.id);
