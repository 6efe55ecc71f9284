-- The mapping survey (PRODUCT.md H2, issue 18; the seed's step 1 "Kartlegging"): HR opens a round,
-- employees answer in the app in about five minutes, HR sees counts per organisation, department
-- and job role — only through the suppression core (private.suppress, 20261208120100_insights.sql).
--
--   public.surveys           one row per round: organisation, title, closes_on, status open|closed.
--                            Every member of the organisation reads it (to see the invitation);
--                            HR and admins write it. opened_at, closed_at, created_by, updated_at
--                            are the server's. At most one open round per organisation.
--   public.survey_responses  a person's answer to a round: their own row, read and written by them
--                            only (audience 'null'); organisation_id, created_at and updated_at are
--                            the server's. Editable until the round closes (status closed, or its
--                            closes_on day has passed in Oslo): then a write is refused (42501).
--   public.survey_results(p_survey_id)
--                            hr or admin of the round's organisation, else 42501 (the same for an
--                            unknown id). Cells per organisation, department and job role with
--                            `people` = those who answered (the group the suppression counts) and
--                            `members`, choice counts, skill levels, free-text themes; quotes only
--                            in a shown department's cell, only from people who ticked
--                            quote_consent, never with who wrote them.
--
-- The questions are fixed in code (src/domain/survey, versioned: `answers.v`); the server checks
-- the same keys and sizes. Free text is never returned as typed (quotes aside): each text gets
-- themes by a keyword rule (private.survey_themes, mirrored in src/domain/survey/themes.ts).
--
-- Who counts in a round's results: the members of the organisation when the round closed (now,
-- while it is open), in the department and job role they had then (private.membership_history).

-- --- answers: shape and size ----------------------------------------------------------------------

-- {v: 1, tools: [...], tasks: [...], skills: {competency: 1..4}, time_thieves: [...],
--  potentials: [...], barriers: [...]}: known keys, known choices, each at most once.
create function private.valid_survey_answers(a jsonb) returns boolean
language sql immutable
set search_path = ''
as $$
  select coalesce(jsonb_typeof(a) = 'object'
    and a -> 'v' = '1'::jsonb
    and (select count(*) from jsonb_object_keys(a) k
      where k not in ('v', 'tools', 'tasks', 'skills', 'time_thieves', 'potentials', 'barriers')) = 0
    and coalesce((
      select bool_and(
        jsonb_typeof(a -> q.name) = 'array'
        and (select count(*) from jsonb_array_elements(a -> q.name) e
          where jsonb_typeof(e) <> 'string' or not (e #>> '{}' = any (q.allowed))) = 0
        and (select count(distinct e) = count(*) from jsonb_array_elements(a -> q.name) e))
      from (values
        ('tools', array['chatgpt', 'copilot', 'gemini', 'claude', 'transcription', 'image', 'code',
          'none']),
        ('tasks', array['writing', 'email', 'summaries', 'translation', 'research', 'analysis',
          'presentations', 'meetings', 'customers', 'code', 'ideas']),
        ('time_thieves', array['email', 'meetings', 'reports', 'searching', 'admin', 'rework',
          'data_entry', 'coordination']),
        ('potentials', array['drafts', 'summaries', 'customer_service', 'analysis', 'translation',
          'research', 'automation', 'learning']),
        ('barriers', array['time', 'skills', 'tools', 'data_rules', 'quality', 'trust', 'leadership',
          'costs'])
      ) as q (name, allowed)
      where a ? q.name), true)
    and (not a ? 'skills' or (
      jsonb_typeof(a -> 'skills') = 'object'
      and coalesce((
        select bool_and(
          s.key in ('ai-basics', 'own-tools', 'simple-prompts', 'critical-output', 'data-compliance',
            'advanced-prompting', 'ai-workflows', 'quality-assurance', 'ai-strategy',
            'roi-measurement', 'law-ethics')
          and s.value in ('1'::jsonb, '2'::jsonb, '3'::jsonb, '4'::jsonb))
        from jsonb_each(a -> 'skills') s), true))), false)
$$;
revoke execute on function private.valid_survey_answers(jsonb) from public, anon;
grant execute on function private.valid_survey_answers(jsonb) to authenticated, service_role;

-- --- free text → themes ---------------------------------------------------------------------------
-- The rule (the same in src/domain/survey/themes.ts): lower-case A–Z and ÆØÅÄÖÜÉ, drop hyphens,
-- split into words at anything but a–z, 0–9, æøåäöüé; a theme applies when a word starts with one
-- of its keywords; text with words but no match is 'other'; text without words has no theme.

create function private.survey_theme_keywords() returns jsonb
language sql immutable
set search_path = ''
as $$
  select '{
    "meetings": ["møte", "meeting", "referat", "agenda"],
    "email": ["epost", "email", "mail", "innboks", "inbox"],
    "documents": ["dokument", "document", "rapport", "report", "notat", "presentasjon", "presentation", "tekst", "text", "skriving", "writing"],
    "time": ["tid", "time", "hour", "travel", "busy", "hektisk", "stress"],
    "tools": ["verktøy", "tool", "lisens", "licen", "tilgang", "access", "program", "software", "app", "system"],
    "data_rules": ["personvern", "gdpr", "privacy", "personopplys", "taushet", "konfidensi", "confidential", "sikkerhet", "security", "regel", "regler", "rule", "policy", "lovverk", "lovkrav", "juridisk", "legal"],
    "quality": ["feil", "error", "mistake", "kvalitet", "quality", "hallusin", "halluc", "unøyaktig", "inaccura", "wrong", "galt"],
    "skills": ["kunnskap", "knowledge", "kompetanse", "skill", "opplæring", "training", "kurs", "course", "lær", "learn", "forstå", "understand"],
    "leadership": ["leder", "ledelse", "manager", "management", "sjef", "boss", "støtte", "support"]
  }'::jsonb
$$;

create function private.survey_themes(p_text text) returns text[]
language sql immutable
set search_path = ''
as $$
  with words as (
    select w from regexp_split_to_table(
      translate(lower(coalesce(p_text, '')), 'ÆØÅÄÖÜÉ-', 'æøåäöüé'), '[^a-z0-9æøåäöüé]+') as w
    where w <> ''
  ),
  hits as (
    select distinct k.key
    from jsonb_each(private.survey_theme_keywords()) k
    cross join lateral jsonb_array_elements_text(k.value) as kw (word)
    join words on starts_with(words.w, kw.word)
  )
  select case
    when not exists (select 1 from words) then array[]::text[]
    when not exists (select 1 from hits) then array['other']
    else array(select key from hits order by key)
  end
$$;
revoke execute on function private.survey_theme_keywords(), private.survey_themes(text)
  from public, anon, authenticated;

-- --- the rounds -----------------------------------------------------------------------------------

create table public.surveys (
  id uuid primary key,
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  title text not null,
  -- The version of the questions in code (src/domain/survey SURVEY_VERSION).
  questions_version smallint not null default 1,
  status text not null default 'open',
  closes_on date not null,
  opened_at timestamptz not null default now(),
  closed_at timestamptz,
  created_by uuid references auth.users (id) on delete set null,
  updated_at timestamptz not null default now(),
  sync_xid xid8 not null default pg_current_xact_id(),
  constraint surveys_title_size check (char_length(btrim(title)) between 1 and 120 and char_length(title) <= 120),
  constraint surveys_questions_version check (questions_version = 1),
  constraint surveys_status check (status in ('open', 'closed')),
  constraint surveys_closes_on_range check (closes_on between date '2000-01-01' and date '2099-12-31'),
  constraint surveys_opened_at_range check (
    opened_at >= '2000-01-01 00:00:00+00'::timestamptz and opened_at < '2100-01-01 00:00:00+00'::timestamptz),
  constraint surveys_closed_at_range check (closed_at is null or (
    closed_at >= '2000-01-01 00:00:00+00'::timestamptz and closed_at < '2100-01-01 00:00:00+00'::timestamptz)),
  constraint surveys_updated_at_range check (
    updated_at >= '2000-01-01 00:00:00+00'::timestamptz and updated_at < '2100-01-01 00:00:00+00'::timestamptz)
);
create index surveys_organisation on public.surveys (organisation_id, opened_at);
create index surveys_created_by on public.surveys (created_by);
create unique index surveys_one_open on public.surveys (organisation_id) where status = 'open';

-- The server's bookkeeping: when and by whom it was opened, when it closed; the organisation and
-- the questions' version never change. A device's values for these are silently replaced.
create function private.stamp_survey() returns trigger
language plpgsql
set search_path = ''
as $$
begin
  new.updated_at := now();
  if tg_op = 'INSERT' and (select auth.uid()) is null then
    -- No API caller (the service role, a bulk load such as the demo company's): as written.
    new.opened_at := coalesce(new.opened_at, now());
  elsif tg_op = 'INSERT' then
    new.opened_at := now();
    new.created_by := (select auth.uid());
    new.closed_at := case when new.status = 'closed' then now() end;
  else
    new.organisation_id := old.organisation_id;
    new.questions_version := old.questions_version;
    new.opened_at := old.opened_at;
    new.created_by := old.created_by;
    new.closed_at := case
      when new.status = 'closed' and old.status = 'open' then now()
      when new.status = 'closed' then old.closed_at
    end;
  end if;
  return new;
end
$$;
revoke execute on function private.stamp_survey() from public, anon;

create trigger stamp_survey before insert or update on public.surveys
  for each row execute function private.stamp_survey();

alter table public.surveys enable row level security;

create policy surveys_select on public.surveys for select to authenticated
  using (organisation_id in (select private.my_org_ids()));
create policy surveys_insert on public.surveys for insert to authenticated
  with check (organisation_id in (select private.my_org_ids_with_role(array['hr', 'admin'])));
create policy surveys_update on public.surveys for update to authenticated
  using (organisation_id in (select private.my_org_ids_with_role(array['hr', 'admin'])))
  with check (organisation_id in (select private.my_org_ids_with_role(array['hr', 'admin'])));
create policy surveys_delete on public.surveys for delete to authenticated
  using (organisation_id in (select private.my_org_ids_with_role(array['hr', 'admin'])));

revoke all on public.surveys from anon;
grant select, insert, update, delete on public.surveys to authenticated;

select private.register_synced_table('surveys', 'org', null, 'organisation_id',
  p_audience => 'private.all_roles()');

-- --- the answers ----------------------------------------------------------------------------------

create table public.survey_responses (
  id uuid primary key,
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  survey_id uuid not null references public.surveys (id) on delete cascade,
  -- The round's organisation, set by the server from survey_id.
  organisation_id uuid references public.organisations (id) on delete cascade,
  answers jsonb not null default '{"v": 1}'::jsonb,
  tools_other text not null default '',
  time_thieves_text text not null default '',
  potentials_text text not null default '',
  barriers_text text not null default '',
  -- "HR may quote my free text anonymously" (default off).
  quote_consent boolean not null default false,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  sync_xid xid8 not null default pg_current_xact_id(),
  constraint survey_responses_answers_shape check (
    octet_length(answers::text) <= 4096 and private.valid_survey_answers(answers)),
  constraint survey_responses_tools_other_size check (char_length(tools_other) <= 120),
  constraint survey_responses_time_thieves_text_size check (char_length(time_thieves_text) <= 500),
  constraint survey_responses_potentials_text_size check (char_length(potentials_text) <= 500),
  constraint survey_responses_barriers_text_size check (char_length(barriers_text) <= 500),
  constraint survey_responses_created_at_range check (
    created_at >= '2000-01-01 00:00:00+00'::timestamptz and created_at < '2100-01-01 00:00:00+00'::timestamptz),
  constraint survey_responses_updated_at_range check (
    updated_at >= '2000-01-01 00:00:00+00'::timestamptz and updated_at < '2100-01-01 00:00:00+00'::timestamptz),
  unique (survey_id, user_id)
);
create index survey_responses_user on public.survey_responses (user_id);
create index survey_responses_organisation on public.survey_responses (organisation_id);

-- The round decides: its organisation (the person must be a member of it), and whether it still
-- takes answers. The round of an answer never changes; created_at / updated_at are the server's.
create function private.check_survey_response() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  v public.surveys;
begin
  if tg_op = 'UPDATE' and new.survey_id is distinct from old.survey_id then
    raise exception 'survey_id cannot change' using errcode = '22023';
  end if;
  select * into v from public.surveys where id = new.survey_id;
  if not found then
    raise exception 'insufficient_privilege' using errcode = '42501';
  end if;
  -- No API caller (the service role, a bulk load such as the demo company's): trusted as it is.
  if (select auth.uid()) is null then
    new.organisation_id := v.organisation_id;
    return new;
  end if;
  if not exists (
    select 1 from public.memberships
    where user_id = (select auth.uid()) and organisation_id = v.organisation_id
  ) then
    raise exception 'insufficient_privilege' using errcode = '42501',
      detail = 'Only members of the round''s organisation answer it.';
  end if;
  if v.status <> 'open' or v.closes_on < private.oslo_today() then
    raise exception 'insufficient_privilege' using errcode = '42501',
      detail = 'The survey round is closed.';
  end if;
  new.organisation_id := v.organisation_id;
  new.updated_at := now();
  new.created_at := case when tg_op = 'INSERT' then now() else old.created_at end;
  return new;
end
$$;
revoke execute on function private.check_survey_response() from public, anon;

create trigger check_survey_response before insert or update on public.survey_responses
  for each row execute function private.check_survey_response();

alter table public.survey_responses enable row level security;

create policy survey_responses_select on public.survey_responses for select to authenticated
  using (user_id = (select auth.uid()));
create policy survey_responses_insert on public.survey_responses for insert to authenticated
  with check (user_id = (select auth.uid()));
create policy survey_responses_update on public.survey_responses for update to authenticated
  using (user_id = (select auth.uid()))
  with check (user_id = (select auth.uid()));
create policy survey_responses_delete on public.survey_responses for delete to authenticated
  using (user_id = (select auth.uid()));

revoke all on public.survey_responses from anon;
grant select, insert, update, delete on public.survey_responses to authenticated;

select private.register_synced_table('survey_responses', 'personal', 'user_id', 'organisation_id',
  p_audience => 'null');

-- --- results --------------------------------------------------------------------------------------

-- The unsuppressed cells of a round (never returned as they are: survey_results suppresses them).
create function private.survey_cells(p_survey uuid) returns jsonb
language plpgsql stable
set search_path = ''
as $$
declare
  v public.surveys;
  t1 timestamptz;
  result jsonb;
begin
  select * into v from public.surveys where id = p_survey;
  if not found then
    return '[]'::jsonb;
  end if;
  t1 := least(coalesce(v.closed_at, now()), ((v.closes_on + 1)::timestamp at time zone 'Europe/Oslo'));
  with members as materialized (
    select distinct on (h.user_id) h.user_id, d.id as department_id, j.id as job_role_id
    from private.membership_history h
    left join public.departments d on d.id = h.department_id and d.organisation_id = v.organisation_id
    left join public.job_roles j on j.id = h.job_role_id and j.organisation_id = v.organisation_id
    where h.organisation_id = v.organisation_id and h.valid_from < t1
      and (h.valid_to is null or h.valid_to >= t1)
    order by h.user_id, h.valid_from desc
  ),
  answers as materialized (
    select r.user_id, r.answers, r.tools_other, r.time_thieves_text, r.potentials_text,
      r.barriers_text, r.quote_consent, m.department_id, m.job_role_id
    from public.survey_responses r join members m on m.user_id = r.user_id
    where r.survey_id = p_survey
  ),
  roster as (
    select m.*, exists (select 1 from answers a where a.user_id = m.user_id) as answered
    from members m
  ),
  groups as (
    select case grouping(department_id, job_role_id) when 3 then 'organisation'
        when 1 then 'department' else 'job_role' end as dimension,
      case grouping(department_id, job_role_id) when 3 then 'all'
        when 1 then department_id::text else job_role_id::text end as key,
      count(*) filter (where answered) as people, count(*) as members
    from roster
    group by grouping sets ((), (department_id), (job_role_id))
  ),
  facts as (
    select a.user_id, a.department_id, a.job_role_id, f.kind, f.question, f.option
    from answers a
    cross join lateral (
      select 'choices' as kind, q.name as question, o.value as option
      from unnest(array['tools', 'tasks', 'time_thieves', 'potentials', 'barriers']) as q (name)
      cross join lateral jsonb_array_elements_text(coalesce(a.answers -> q.name, '[]'::jsonb)) as o (value)
      union all
      select 'skills', s.key, s.value #>> '{}'
      from jsonb_each(coalesce(a.answers -> 'skills', '{}'::jsonb)) as s
      union all
      select 'themes', t.field, th.theme
      from (values ('tools_other', a.tools_other), ('time_thieves_text', a.time_thieves_text),
        ('potentials_text', a.potentials_text), ('barriers_text', a.barriers_text)) as t (field, words)
      cross join lateral unnest(private.survey_themes(t.words)) as th (theme)
    ) f
  ),
  counts as (
    select case grouping(department_id, job_role_id) when 3 then 'organisation'
        when 1 then 'department' else 'job_role' end as dimension,
      case grouping(department_id, job_role_id) when 3 then 'all'
        when 1 then department_id::text else job_role_id::text end as key,
      kind, question, option, count(distinct user_id) as n
    from facts
    group by grouping sets ((kind, question, option), (department_id, kind, question, option),
      (job_role_id, kind, question, option))
  ),
  per_question as (
    select dimension, key, kind, question, jsonb_object_agg(option, n) as options
    from counts where key is not null
    group by dimension, key, kind, question
  ),
  figures as (
    select dimension, key, kind, jsonb_object_agg(question, options) as obj
    from per_question group by dimension, key, kind
  ),
  -- Words of people who agreed to be quoted, per department (shown only with their department's
  -- cell); at most ten, in an order that says nothing about who or when.
  quotes as (
    select q.department_id::text as key,
      jsonb_agg(jsonb_build_object('field', q.field, 'text', q.words) order by md5(q.words)) as list
    from (
      select d.department_id, d.field, d.words,
        row_number() over (partition by d.department_id order by md5(d.words)) as n
      from (
        -- The same words twice are quoted once (how many wrote them is not for a quote to say).
        select distinct a.department_id, t.field, t.words
        from answers a
        cross join lateral (values ('time_thieves_text', a.time_thieves_text),
          ('potentials_text', a.potentials_text), ('barriers_text', a.barriers_text)) as t (field, words)
        where a.quote_consent and a.department_id is not null and btrim(t.words) <> ''
      ) d
    ) q
    where q.n <= 10
    group by q.department_id
  ),
  -- A job role all of whose respondents are in one department is nested in it (rule 4).
  parents as (
    select job_role_id::text as key,
      case when count(*) = count(department_id) and count(distinct department_id) = 1
        then 'department:' || min(department_id::text) end as parent
    from roster where answered and job_role_id is not null group by job_role_id
  )
  select coalesce(jsonb_agg(
    jsonb_build_object(
      'dimension', g.dimension,
      'key', g.key,
      'name', coalesce(d.name, j.name),
      'parent', pa.parent,
      'people', g.people,
      'members', g.members,
      'choices', coalesce(fc.obj, '{}'::jsonb),
      'skills', coalesce(fs.obj, '{}'::jsonb),
      'themes', coalesce(ft.obj, '{}'::jsonb),
      'quotes', case when g.dimension = 'department' then coalesce(q.list, '[]'::jsonb)
        else '[]'::jsonb end)
    order by case g.dimension when 'organisation' then 0 when 'department' then 1 else 2 end,
      coalesce(d.name, j.name), g.key), '[]'::jsonb)
  into result
  from groups g
  left join public.departments d on g.dimension = 'department' and d.id::text = g.key
  left join public.job_roles j on g.dimension = 'job_role' and j.id::text = g.key
  left join parents pa on g.dimension = 'job_role' and pa.key = g.key
  left join figures fc on fc.dimension = g.dimension and fc.key = g.key and fc.kind = 'choices'
  left join figures fs on fs.dimension = g.dimension and fs.key = g.key and fs.kind = 'skills'
  left join figures ft on ft.dimension = g.dimension and ft.key = g.key and ft.kind = 'themes'
  left join quotes q on g.dimension = 'department' and q.key = g.key
  where g.key is not null;
  return result;
end
$$;

-- hr or admin of the round's organisation, else 42501 (also for an unknown round).
create function private.survey_results(p_survey uuid) returns jsonb
language plpgsql stable
security definer
set search_path = ''
as $$
declare
  v public.surveys;
  min_group integer;
begin
  select * into v from public.surveys where id = p_survey;
  if not found then
    raise exception 'insufficient_privilege' using errcode = '42501',
      detail = 'Survey results are for the organisation''s HR and admins.';
  end if;
  perform private.insights_check(v.organisation_id);
  select o.min_group_size into min_group from public.organisations o where o.id = v.organisation_id;
  return jsonb_build_object(
    'survey', jsonb_build_object('id', v.id, 'title', v.title, 'status', v.status,
      'opened_at', to_char(v.opened_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
      'closes_on', v.closes_on),
    'min_group', min_group,
    'generated_at', to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
    'cells', private.suppress(private.survey_cells(v.id), min_group));
end
$$;

create function public.survey_results(p_survey_id uuid) returns jsonb
language sql stable
security invoker
set search_path = ''
as $$ select private.survey_results(p_survey_id) $$;

revoke execute on function public.survey_results(uuid) from public, anon;
grant execute on function public.survey_results(uuid) to authenticated;
revoke execute on function private.survey_results(uuid) from public, anon;
grant execute on function private.survey_results(uuid) to authenticated;
revoke execute on function private.survey_cells(uuid) from public, anon, authenticated;
revoke execute on function private.check_survey_response(), private.stamp_survey()
  from public, anon, authenticated;
