-- HR's skills matrix (issue 18 H3) and an author's consent to use a community post as a success
-- story in the leadership report (issue 18 H7).
--
--   public.skill_targets       one row per job role (id = the job role's id): the target level
--                              1–4 per competency that HR or an admin set, {competency: level}.
--                              Read and written by hr/admin of the organisation only (RLS and sync
--                              audience). organisation_id is copied from the job role, updated_at /
--                              updated_by are the server's. Last write wins per job role.
--   public.report_story_picks  one row per organisation (id = organisation id): the post HR picked
--                              as the monthly report's success story. hr/admin only.
--   community_posts.story_consent, story_named
--                              the author's "HR may use this as a success story" and "… with my
--                              name". Only the author changes them: a trigger after the post's own
--                              stamp keeps the stored values for anyone else (an ambassador's or
--                              HR's push, even an admin's). Off by default; withdrawable.
--   public.skills_matrix(p_org)    hr/admin of the organisation, else 42501. Per job role and
--                              competency: how many people assessed themselves and how many have
--                              an objective estimate (C4), with the level distributions and means.
--                              Cells: organisation, departments, job roles (parent: the department
--                              where all the role's people are), through private.suppress; a
--                              suppressed role comes back as {key, name, suppressed: true} only.
--                              A competency's distribution and mean need ≥ min_group people behind
--                              them (as insights_finish does for self-reports), else null.
--   public.success_stories(p_org)  hr/admin: the organisation's published posts whose author
--                              consented, newest first (title, a summary, minutes before/after, and
--                              the author's name only when they consented to being named). A
--                              withdrawn consent, a hidden or a deleted post is simply not there.
--
-- The objective estimate is src/domain/learning/competenceEstimate.ts in SQL (test/db/matrix.test.ts
-- checks both give the same on the same data): per piece of evidence a score on 1–4 — a lesson's
-- quiz 1 + 3 × (share of its answered questions whose latest answer is right), weight 1; a
-- spot-the-flaw 1 + 3 × accuracy, weight 1; a challenge attempt the newest ambassador review's
-- score (weight 2) or else the learner's own score (weight 0.5) —, the weighted mean rounded to a
-- tenth, the level that mean rounded. Which competency a lesson, challenge or flaw trains is in
-- the content (TypeScript), so private.matrix_content copies it (test/unit/matrixContent.test.ts
-- fails when the content and this table differ: add a migration that updates the table).
-- Who counts: the organisation's members now (private.membership_history, open spans).

-- --- the content's competencies ------------------------------------------------------------------

create table private.matrix_content (
  kind text not null check (kind in ('lesson', 'challenge', 'flaw')),
  content_id text not null,
  competency_id text not null,
  question_ids text[] not null default '{}',
  sentences integer,
  primary key (kind, content_id)
);
alter table private.matrix_content enable row level security;
create policy no_direct_access on private.matrix_content as restrictive for all to public
  using (false);

insert into private.matrix_content (kind, content_id, competency_id, question_ids, sentences) values
  ('lesson', 'adoption-and-pulse', 'roi-measurement', array['adoption-and-pulse.q1', 'adoption-and-pulse.q2', 'adoption-and-pulse.q3', 'adoption-and-pulse.q4']::text[], null),
  ('lesson', 'advanced-techniques', 'advanced-prompting', array['advanced-techniques.q1', 'advanced-techniques.q2', 'advanced-techniques.q3', 'advanced-techniques.q4']::text[], null),
  ('lesson', 'ai-in-your-workflow', 'ai-workflows', array['ai-in-your-workflow.q1', 'ai-in-your-workflow.q2', 'ai-in-your-workflow.q3', 'ai-in-your-workflow.q4']::text[], null),
  ('lesson', 'ambassador-network', 'ai-strategy', array['ambassador-network.q1', 'ambassador-network.q2', 'ambassador-network.q3', 'ambassador-network.q4']::text[], null),
  ('lesson', 'critical-eye', 'critical-output', array['critical-eye.q1', 'critical-eye.q2', 'critical-eye.q3', 'critical-eye.q4', 'critical-eye.q5']::text[], null),
  ('lesson', 'data-rules', 'data-compliance', array['data-rules.q1', 'data-rules.q2', 'data-rules.q3', 'data-rules.q4', 'data-rules.q5']::text[], null),
  ('lesson', 'first-good-prompt', 'simple-prompts', array['first-good-prompt.q1', 'first-good-prompt.q2', 'first-good-prompt.q3', 'first-good-prompt.q4']::text[], null),
  ('lesson', 'law-and-ethics', 'law-ethics', array['law-and-ethics.q1', 'law-and-ethics.q2', 'law-and-ethics.q3', 'law-and-ethics.q4', 'law-and-ethics.q5']::text[], null),
  ('lesson', 'mapping-and-skills', 'ai-strategy', array['mapping-and-skills.q1', 'mapping-and-skills.q2', 'mapping-and-skills.q3', 'mapping-and-skills.q4']::text[], null),
  ('lesson', 'measure-roi', 'roi-measurement', array['measure-roi.q1', 'measure-roi.q2', 'measure-roi.q3', 'measure-roi.q4', 'measure-roi.q5']::text[], null),
  ('lesson', 'offers-and-specs', 'advanced-prompting', array['offers-and-specs.q1', 'offers-and-specs.q2', 'offers-and-specs.q3', 'offers-and-specs.q4', 'offers-and-specs.q5']::text[], null),
  ('lesson', 'programme-and-pitfalls', 'ai-strategy', array['programme-and-pitfalls.q1', 'programme-and-pitfalls.q2', 'programme-and-pitfalls.q3', 'programme-and-pitfalls.q4']::text[], null),
  ('lesson', 'prompt-mistakes', 'simple-prompts', array['prompt-mistakes.q1', 'prompt-mistakes.q2', 'prompt-mistakes.q3', 'prompt-mistakes.q4']::text[], null),
  ('lesson', 'quality-and-standards', 'quality-assurance', array['quality-and-standards.q1', 'quality-and-standards.q2', 'quality-and-standards.q3', 'quality-and-standards.q4']::text[], null),
  ('lesson', 'team-ai-strategy', 'ai-strategy', array['team-ai-strategy.q1', 'team-ai-strategy.q2', 'team-ai-strategy.q3', 'team-ai-strategy.q4']::text[], null),
  ('lesson', 'tools-of-your-trade', 'own-tools', array['tools-of-your-trade.q1', 'tools-of-your-trade.q2', 'tools-of-your-trade.q3', 'tools-of-your-trade.q4']::text[], null),
  ('lesson', 'what-ai-is', 'ai-basics', array['what-ai-is.q1', 'what-ai-is.q2', 'what-ai-is.q3', 'what-ai-is.q4', 'what-ai-is.q5']::text[], null),
  ('challenge', 'ch-anonymise-complaint', 'data-compliance', '{}'::text[], null),
  ('challenge', 'ch-check-the-source', 'critical-output', '{}'::text[], null),
  ('challenge', 'ch-deviation-report', 'ai-workflows', '{}'::text[], null),
  ('challenge', 'ch-few-shot-tone', 'advanced-prompting', '{}'::text[], null),
  ('challenge', 'ch-inclusive-job-ad', 'simple-prompts', '{}'::text[], null),
  ('challenge', 'ch-leadership-roadmap', 'ai-strategy', '{}'::text[], null),
  ('challenge', 'ch-legal-ethics-check', 'law-ethics', '{}'::text[], null),
  ('challenge', 'ch-meeting-minutes', 'own-tools', '{}'::text[], null),
  ('challenge', 'ch-offer-cover-letter', 'simple-prompts', '{}'::text[], null),
  ('challenge', 'ch-offer-from-template', 'ai-workflows', '{}'::text[], null),
  ('challenge', 'ch-onboarding-plan', 'ai-workflows', '{}'::text[], null),
  ('challenge', 'ch-pilot-plan', 'ai-strategy', '{}'::text[], null),
  ('challenge', 'ch-requirement-spec', 'advanced-prompting', '{}'::text[], null),
  ('challenge', 'ch-roi-use-case', 'roi-measurement', '{}'::text[], null),
  ('challenge', 'ch-standard-replies', 'quality-assurance', '{}'::text[], null),
  ('challenge', 'ch-supplier-ai-review', 'law-ethics', '{}'::text[], null),
  ('challenge', 'ch-team-ai-guidelines', 'ai-strategy', '{}'::text[], null),
  ('challenge', 'ch-what-ai-knows', 'ai-basics', '{}'::text[], null),
  ('flaw', 'fl-basic-amount', 'critical-output', '{}'::text[], 5),
  ('flaw', 'fl-green-cleaning', 'quality-assurance', '{}'::text[], 8),
  ('flaw', 'fl-holiday-rules', 'critical-output', '{}'::text[], 7),
  ('flaw', 'fl-leadership-notes', 'quality-assurance', '{}'::text[], 6),
  ('flaw', 'fl-login-help', 'data-compliance', '{}'::text[], 5),
  ('flaw', 'fl-offer-summary', 'quality-assurance', '{}'::text[], 8),
  ('flaw', 'fl-operator-job-ad', 'critical-output', '{}'::text[], 7),
  ('flaw', 'fl-parcel-delay', 'critical-output', '{}'::text[], 6),
  ('flaw', 'fl-return-reply', 'critical-output', '{}'::text[], 8),
  ('flaw', 'fl-roi-pilot', 'roi-measurement', '{}'::text[], 8),
  ('flaw', 'fl-sales-followup', 'data-compliance', '{}'::text[], 8),
  ('flaw', 'fl-sick-leave-guide', 'law-ethics', '{}'::text[], 8),
  ('flaw', 'fl-site-meeting', 'quality-assurance', '{}'::text[], 5),
  ('flaw', 'fl-workwear-offers', 'quality-assurance', '{}'::text[], 7)
;

-- The competence model's ids (src/domain/competence.ts), in its order.
create function private.matrix_competencies() returns text[]
language sql immutable
set search_path = ''
as $$
  select array['ai-basics', 'own-tools', 'simple-prompts', 'critical-output', 'data-compliance',
    'advanced-prompting', 'ai-workflows', 'quality-assurance', 'ai-strategy', 'roi-measurement',
    'law-ethics']
$$;

-- {competency: 1..4} for known competencies only.
create function private.valid_skill_targets(t jsonb) returns boolean
language sql immutable
set search_path = ''
as $$
  select jsonb_typeof(t) = 'object'
    and coalesce((
      select bool_and(key = any (private.matrix_competencies())
        and jsonb_typeof(value) = 'number' and (value #>> '{}') in ('1', '2', '3', '4'))
      from jsonb_each(t)), true)
$$;
revoke execute on function private.matrix_competencies(), private.valid_skill_targets(jsonb)
  from public, anon;
grant execute on function private.matrix_competencies(), private.valid_skill_targets(jsonb)
  to authenticated, service_role;

-- --- target levels ----------------------------------------------------------------------------------

create table public.skill_targets (
  id uuid primary key,
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  job_role_id uuid not null unique references public.job_roles (id) on delete cascade,
  targets jsonb not null default '{}'::jsonb,
  updated_at timestamptz not null default now(),
  updated_by uuid references auth.users (id) on delete set null,
  sync_xid xid8 not null default pg_current_xact_id(),
  constraint skill_targets_one_per_job_role check (id = job_role_id),
  constraint skill_targets_updated_at_range check (
    updated_at >= '2000-01-01 00:00:00+00'::timestamptz and updated_at < '2100-01-01 00:00:00+00'::timestamptz),
  constraint skill_targets_shape check (
    octet_length(targets::text) <= 1024 and private.valid_skill_targets(targets))
);
create index skill_targets_organisation_id on public.skill_targets (organisation_id);
create index skill_targets_updated_by on public.skill_targets (updated_by);

create table public.report_story_picks (
  id uuid primary key,
  organisation_id uuid not null unique references public.organisations (id) on delete cascade,
  post_id uuid references public.community_posts (id) on delete set null,
  updated_at timestamptz not null default now(),
  updated_by uuid references auth.users (id) on delete set null,
  sync_xid xid8 not null default pg_current_xact_id(),
  constraint report_story_picks_one_per_organisation check (id = organisation_id),
  constraint report_story_picks_updated_at_range check (
    updated_at >= '2000-01-01 00:00:00+00'::timestamptz and updated_at < '2100-01-01 00:00:00+00'::timestamptz)
);
create index report_story_picks_post_id on public.report_story_picks (post_id);
create index report_story_picks_updated_by on public.report_story_picks (updated_by);

-- The organisation is the job role's (a device's claim is not trusted); time and author the server's.
create function private.stamp_skill_targets() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  new.organisation_id := coalesce(
    (select j.organisation_id from public.job_roles j where j.id = new.job_role_id),
    new.organisation_id);
  new.updated_at := now();
  new.updated_by := coalesce((select auth.uid()), new.updated_by);
  return new;
end
$$;
revoke execute on function private.stamp_skill_targets() from public, anon;
create trigger stamp_skill_targets before insert or update on public.skill_targets
  for each row execute function private.stamp_skill_targets();

-- A picked post belongs to the organisation (security definer: a hidden post is not readable by
-- HR, and a pick of it is refused as any other post would be).
create function private.stamp_report_story_pick() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if new.post_id is not null and not exists (
    select 1 from public.community_posts p
    where p.id = new.post_id and p.organisation_id = new.organisation_id
  ) then
    raise exception 'invalid_row' using errcode = '23514',
      detail = 'The story is a post of the same organisation.';
  end if;
  new.updated_at := now();
  new.updated_by := coalesce((select auth.uid()), new.updated_by);
  return new;
end
$$;
revoke execute on function private.stamp_report_story_pick() from public, anon;
create trigger stamp_report_story_pick before insert or update on public.report_story_picks
  for each row execute function private.stamp_report_story_pick();

alter table public.skill_targets enable row level security;
alter table public.report_story_picks enable row level security;

create policy skill_targets_select on public.skill_targets
  for select to authenticated
  using (organisation_id in (select private.my_org_ids_with_role(array['hr', 'admin'])));
create policy skill_targets_insert on public.skill_targets
  for insert to authenticated
  with check (organisation_id in (select private.my_org_ids_with_role(array['hr', 'admin'])));
create policy skill_targets_update on public.skill_targets
  for update to authenticated
  using (organisation_id in (select private.my_org_ids_with_role(array['hr', 'admin'])))
  with check (organisation_id in (select private.my_org_ids_with_role(array['hr', 'admin'])));
create policy skill_targets_delete on public.skill_targets
  for delete to authenticated
  using (organisation_id in (select private.my_org_ids_with_role(array['hr', 'admin'])));

create policy report_story_picks_select on public.report_story_picks
  for select to authenticated
  using (organisation_id in (select private.my_org_ids_with_role(array['hr', 'admin'])));
create policy report_story_picks_insert on public.report_story_picks
  for insert to authenticated
  with check (organisation_id in (select private.my_org_ids_with_role(array['hr', 'admin'])));
create policy report_story_picks_update on public.report_story_picks
  for update to authenticated
  using (organisation_id in (select private.my_org_ids_with_role(array['hr', 'admin'])))
  with check (organisation_id in (select private.my_org_ids_with_role(array['hr', 'admin'])));
create policy report_story_picks_delete on public.report_story_picks
  for delete to authenticated
  using (organisation_id in (select private.my_org_ids_with_role(array['hr', 'admin'])));

revoke all on public.skill_targets from anon;
revoke all on public.report_story_picks from anon;
grant select, insert, update, delete on public.skill_targets to authenticated;
grant select, insert, update, delete on public.report_story_picks to authenticated;

select private.register_synced_table('skill_targets', 'org', null, 'organisation_id',
  p_audience => 'array[''hr'', ''admin'']');
select private.register_synced_table('report_story_picks', 'org', null, 'organisation_id',
  p_audience => 'array[''hr'', ''admin'']');

-- --- the author's consent ----------------------------------------------------------------------------

alter table public.community_posts
  add column story_consent boolean not null default false,
  add column story_named boolean not null default false;

-- Runs after stamp_community_post (triggers of one event fire in name order). Only the author
-- changes the consent; a name without consent is no consent to be named.
create function private.stamp_community_post_story() returns trigger
language plpgsql
set search_path = ''
as $$
declare
  uid uuid := (select auth.uid());
begin
  if tg_op = 'UPDATE' and uid is not null and uid is distinct from old.author_id then
    new.story_consent := old.story_consent;
    new.story_named := old.story_named;
  end if;
  if not new.story_consent then
    new.story_named := false;
  end if;
  return new;
end
$$;
revoke execute on function private.stamp_community_post_story() from public, anon;
create trigger stamp_community_post_story before insert or update on public.community_posts
  for each row execute function private.stamp_community_post_story();

-- --- the objective estimate (C4) -------------------------------------------------------------------

-- Per person and competency: the weighted mean of the evidence (score, rounded to a tenth as
-- Math.round(mean × 10) / 10 does) and its level. Only people in p_users; no evidence, no row.
create function private.matrix_estimates(p_users uuid[])
returns table (user_id uuid, competency_id text, score double precision, level integer)
language sql stable
set search_path = ''
as $$
  with quiz as (
    select distinct on (a.user_id, a.lesson_id, a.question_id) a.user_id, a.lesson_id, a.correct
    from public.quiz_answers a
    join private.matrix_content c
      on c.kind = 'lesson' and c.content_id = a.lesson_id and a.question_id = any (c.question_ids)
    where a.user_id = any (p_users)
    order by a.user_id, a.lesson_id, a.question_id, a.answered_at desc
  ),
  flaw as (
    select e.user_id, x.flaw_id,
      case when jsonb_typeof(e.data -> 'misses') = 'number' and (e.data ->> 'misses')::float8 >= 0
        then (e.data ->> 'misses')::float8 else 0 end as misses,
      case when jsonb_typeof(e.data -> 'false_alarms') = 'number'
          and (e.data ->> 'false_alarms')::float8 >= 0
        then (e.data ->> 'false_alarms')::float8 else 0 end as false_alarms
    from public.progress_events e
    cross join lateral (
      select case when jsonb_typeof(e.data -> 'flaw_id') = 'string' then e.data ->> 'flaw_id'
        else e.lesson_id end as flaw_id) x
    where e.kind = 'flaw_done' and e.user_id = any (p_users)
  ),
  attempt as (
    select a.user_id, a.challenge_id, a.self_score,
      (select r.score from public.attempt_reviews r where r.attempt_id = a.id
       order by r.created_at desc limit 1) as review
    from public.challenge_attempts a
    where a.user_id = any (p_users)
  ),
  evidence as (
    select q.user_id, c.competency_id,
      1 + 3 * (count(*) filter (where q.correct))::float8 / count(*) as score, 1::float8 as weight
    from quiz q
    join private.matrix_content c on c.kind = 'lesson' and c.content_id = q.lesson_id
    group by q.user_id, q.lesson_id, c.competency_id
    union all
    select f.user_id, c.competency_id,
      1 + 3 * least(1, greatest(0, greatest(0, c.sentences - f.misses - f.false_alarms) / c.sentences)),
      1
    from flaw f
    join private.matrix_content c on c.kind = 'flaw' and c.content_id = f.flaw_id and c.sentences > 0
    union all
    select a.user_id, c.competency_id,
      case when a.review between 1 and 4 then a.review else a.self_score end,
      case when a.review between 1 and 4 then 2 else 0.5 end
    from attempt a
    join private.matrix_content c on c.kind = 'challenge' and c.content_id = a.challenge_id
    where a.review between 1 and 4 or a.self_score between 1 and 4
  ),
  means as (
    select e.user_id, e.competency_id,
      floor(sum(e.score * e.weight) / sum(e.weight) * 10 + 0.5) / 10 as score
    from evidence e
    group by e.user_id, e.competency_id
  )
  select m.user_id, m.competency_id, m.score, least(4, greatest(1, floor(m.score + 0.5)))::integer
  from means m
$$;

-- --- the matrix --------------------------------------------------------------------------------------

-- The unsuppressed cells: organisation, departments and job roles (a role all of whose people are
-- in one department has it as parent), each job role with its figures per competency under
-- `competencies`. Never returned to anyone as is.
create function private.skills_matrix_cells(p_org uuid) returns jsonb
language sql stable
set search_path = ''
as $$
  with members as materialized (
    select distinct on (h.user_id) h.user_id, d.id as department_id, j.id as job_role_id
    from private.membership_history h
    left join public.departments d on d.id = h.department_id and d.organisation_id = p_org
    left join public.job_roles j on j.id = h.job_role_id and j.organisation_id = p_org
    where h.organisation_id = p_org and h.valid_to is null
    order by h.user_id, h.valid_from desc
  ),
  self as (
    select distinct on (s.user_id, s.competency_id) s.user_id, s.competency_id, s.level
    from public.self_assessments s
    join members m on m.user_id = s.user_id
    where s.competency_id = any (private.matrix_competencies())
    order by s.user_id, s.competency_id, s.assessed_at desc
  ),
  estimate as (
    select * from private.matrix_estimates(array(select user_id from members))
  ),
  per_competency as (
    select m.job_role_id, k.competency_id, k.n,
      count(s.level) as self_people,
      jsonb_build_array(count(*) filter (where s.level = 1), count(*) filter (where s.level = 2),
        count(*) filter (where s.level = 3), count(*) filter (where s.level = 4)) as self,
      round(avg(s.level), 2) as self_avg,
      count(e.level) as objective_people,
      jsonb_build_array(count(*) filter (where e.level = 1), count(*) filter (where e.level = 2),
        count(*) filter (where e.level = 3), count(*) filter (where e.level = 4)) as objective,
      round(avg(e.score)::numeric, 2) as objective_avg
    from members m
    cross join unnest(private.matrix_competencies()) with ordinality as k (competency_id, n)
    left join self s on s.user_id = m.user_id and s.competency_id = k.competency_id
    left join estimate e on e.user_id = m.user_id and e.competency_id = k.competency_id
    where m.job_role_id is not null
    group by m.job_role_id, k.competency_id, k.n
  ),
  roles as (
    select job_role_id, jsonb_object_agg(competency_id, jsonb_build_object(
      'self_people', self_people, 'self', self, 'self_avg', self_avg,
      'objective_people', objective_people, 'objective', objective,
      'objective_avg', objective_avg)) as competencies
    from per_competency group by job_role_id
  ),
  parents as (
    select job_role_id,
      case when count(*) = count(department_id) and count(distinct department_id) = 1
        then 'department:' || min(department_id::text) end as parent
    from members where job_role_id is not null group by job_role_id
  )
  select jsonb_build_array(jsonb_build_object('dimension', 'organisation', 'key', 'all',
      'people', (select count(*) from members)))
    || coalesce((
      select jsonb_agg(jsonb_build_object('dimension', 'department', 'key', department_id::text,
        'people', n))
      from (select department_id, count(*) as n from members where department_id is not null
        group by department_id) d), '[]'::jsonb)
    || coalesce((
      select jsonb_agg(jsonb_build_object('dimension', 'job_role', 'key', r.job_role_id::text,
        'people', c.n, 'parent', p.parent, 'competencies', r.competencies))
      from (select job_role_id, count(*) as n from members where job_role_id is not null
        group by job_role_id) c
      join roles r on r.job_role_id = c.job_role_id
      join parents p on p.job_role_id = c.job_role_id), '[]'::jsonb)
$$;

-- The answer: every job role of the organisation (by name), shown or suppressed. A shown role's
-- distributions and means need ≥ min_group people behind them, else they are null (the counts stay).
create function private.skills_matrix_build(p_org uuid) returns jsonb
language sql stable
set search_path = ''
as $$
  with o as (select min_group_size as min_group from public.organisations where id = p_org),
  shown as (
    select c from private.suppress(private.skills_matrix_cells(p_org), (select min_group from o)) s,
      jsonb_array_elements(s) c
  )
  select jsonb_build_object(
    'min_group', o.min_group,
    'generated_at', to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
    'people', (select (c ->> 'people')::integer from shown where c ->> 'dimension' = 'organisation'),
    'competencies', to_jsonb(private.matrix_competencies()),
    'roles', coalesce((
      select jsonb_agg(
        case when s.c is null then
          jsonb_build_object('key', j.id, 'name', j.name, 'suppressed', true)
        else jsonb_build_object('key', j.id, 'name', j.name, 'suppressed', false,
          'people', (s.c ->> 'people')::integer,
          'competencies', (
            select jsonb_object_agg(k.key, k.value
              || case when (k.value ->> 'self_people')::integer >= o.min_group then '{}'::jsonb
                else jsonb_build_object('self', null, 'self_avg', null) end
              || case when (k.value ->> 'objective_people')::integer >= o.min_group then '{}'::jsonb
                else jsonb_build_object('objective', null, 'objective_avg', null) end)
            from jsonb_each(s.c -> 'competencies') k))
        end
        order by j.name, j.id)
      from public.job_roles j
      left join shown s on s.c ->> 'dimension' = 'job_role' and s.c ->> 'key' = j.id::text
      where j.organisation_id = p_org), '[]'::jsonb))
  from o
$$;

create function private.skills_matrix(p_org uuid) returns jsonb
language plpgsql stable
security definer
set search_path = ''
as $$
begin
  perform private.insights_check(p_org);
  return private.skills_matrix_build(p_org);
end
$$;

-- --- success stories -----------------------------------------------------------------------------

create function private.success_stories(p_org uuid) returns jsonb
language plpgsql stable
security definer
set search_path = ''
as $$
begin
  perform private.insights_check(p_org);
  return (
    select coalesce(jsonb_agg(jsonb_build_object(
        'id', p.id, 'kind', p.kind, 'title', p.title, 'summary', left(p.body, 280),
        'minutes_before', p.minutes_before, 'minutes_after', p.minutes_after,
        'created_at', to_char(p.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
        'author_name', case when p.story_named then pr.display_name end)
      order by p.created_at desc, p.id), '[]'::jsonb)
    from (
      select * from public.community_posts p
      where p.organisation_id = p_org and p.status = 'published' and p.story_consent
      order by p.created_at desc, p.id
      limit 30
    ) p
    left join public.profiles pr on pr.id = p.author_id
  );
end
$$;

-- --- the doors (as insights: invoker wrappers of the definer functions) ---------------------------

create function public.skills_matrix(p_organisation_id uuid) returns jsonb
language sql stable
security invoker
set search_path = ''
as $$ select private.skills_matrix(p_organisation_id) $$;

create function public.success_stories(p_organisation_id uuid) returns jsonb
language sql stable
security invoker
set search_path = ''
as $$ select private.success_stories(p_organisation_id) $$;

revoke execute on function public.skills_matrix(uuid), public.success_stories(uuid) from public, anon;
grant execute on function public.skills_matrix(uuid), public.success_stories(uuid) to authenticated;
revoke execute on function private.skills_matrix(uuid), private.success_stories(uuid) from public, anon;
grant execute on function private.skills_matrix(uuid), private.success_stories(uuid) to authenticated;
revoke execute on function private.matrix_estimates(uuid[]), private.skills_matrix_cells(uuid),
  private.skills_matrix_build(uuid) from public, authenticated;
grant execute on function private.matrix_estimates(uuid[]) to service_role;
