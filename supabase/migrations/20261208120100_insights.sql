-- HR insights (issue 17, PRODUCT.md H4, X1, X2): aggregates only, small groups and differencing
-- kept out, in SQL. Three doors, all security definer, all through one suppression core:
--   public.insights(org, period)              hr or admin of the organisation, else 42501
--   public.insights_trend(org, period, count) the same, one object per finished period, oldest first
--   public.insights_preview(period)           any member: their organisation's cell and their own
--                                             department's, exactly as HR gets them, or "suppressed"
--
-- The suppression core (private; the HR programme's survey and skills matrix reuse it):
--   private.suppress(p_cells jsonb, p_min_group integer) returns jsonb
--     p_cells: an array of cells {dimension, key, people, parent?, …figures}; exactly one has
--     dimension 'organisation' (its people = everyone counted). Returns the cells that may be
--     shown, without `parent`:
--       1. nothing at all when the organisation has fewer than p_min_group people;
--       2. no cell with fewer than p_min_group people;
--       3. per dimension, the people not covered by shown cells (organisation − sum of shown)
--          is 0 or ≥ p_min_group; otherwise the smallest shown cell is hidden too, and again;
--       4. a shown cell whose `parent` ('<dimension>:<key>', e.g. a job role all of whose people
--          are in one department) is shown: parent − its shown children is 0 or ≥ p_min_group,
--          else the smallest such child is hidden; 3 and 4 repeat until both hold.
--   private.insights_cells(p_org, p_from date, p_to date) returns jsonb — the unsuppressed cells
--     (organisation, every department, every job role) of the people who are members at the end
--     of the window, with every figure of the contract; never returned to anyone as is.
--   private.insights_window(p_period, p_today, p_back) — the finished window p_back periods ago.
--   private.insights_at(p_org, p_period, p_today) — insights() with an injected "today" (tests).
--
-- Windows are dates in Europe/Oslo: 'week' the last finished ISO week, '30d' the 30 finished days
-- before today, 'quarter' the last finished calendar quarter. Only finished, fixed windows, so two
-- calls a day apart never differ by one day's activity.
--
-- Who counts: the people who were members at the end of the window, in the department and job
-- role they had then (private.membership_history, kept by a trigger on memberships). Someone who
-- joined later is not in an earlier period; someone who left still counts in the periods that
-- ended before they left. So a finished period's figures never change when people come and go
-- (otherwise the same period fetched before and after someone left would differ by exactly that
-- person's activity); they change only when an account is deleted with its events. Each period's
-- cells are suppressed with the same rules.
--
-- Speed: the event tables (progress_events, quiz_answers, challenge_attempts, attempt_reviews,
-- prompt_uses) are summarised per person and Oslo day in private.insights_activity, kept by
-- statement triggers on those tables (private.insights_track) — a bulk load that bypasses triggers
-- (the demo's, with session_replication_role = replica) calls private.insights_rebuild().

-- --- who was a member when ----------------------------------------------------------------------

-- Memberships over time: one row per (person, organisation, department, job role) span.
create table private.membership_history (
  id bigint generated always as identity primary key,
  user_id uuid not null references auth.users (id) on delete cascade,
  organisation_id uuid not null references public.organisations (id) on delete cascade,
  department_id uuid,
  job_role_id uuid,
  valid_from timestamptz not null,
  valid_to timestamptz
);
create index membership_history_organisation on private.membership_history (organisation_id, valid_from);
create index membership_history_open on private.membership_history (user_id, organisation_id)
  where valid_to is null;
alter table private.membership_history enable row level security;
create policy no_direct_access on private.membership_history as restrictive for all to public
  using (false);

create function private.track_membership() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    if tg_op = 'UPDATE' and (new.department_id, new.job_role_id) is not distinct from
        (old.department_id, old.job_role_id) then
      return null;
    end if;
    update private.membership_history set valid_to = now()
    where user_id = old.user_id and organisation_id = old.organisation_id and valid_to is null;
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    insert into private.membership_history (user_id, organisation_id, department_id, job_role_id, valid_from)
    values (new.user_id, new.organisation_id, new.department_id, new.job_role_id,
      case when tg_op = 'INSERT' then least(new.created_at, now()) else now() end);
  end if;
  return null;
end
$$;
create trigger track_membership after insert or update or delete on public.memberships
  for each row execute function private.track_membership();

-- Memberships with no open history row (written with triggers off: the demo's bulk load, a
-- restore) get one from their created_at.
create function private.membership_history_fill() returns void
language sql
security definer
set search_path = ''
as $$
  insert into private.membership_history (user_id, organisation_id, department_id, job_role_id, valid_from)
  select m.user_id, m.organisation_id, m.department_id, m.job_role_id, m.created_at
  from public.memberships m
  where not exists (
    select 1 from private.membership_history h
    where h.user_id = m.user_id and h.organisation_id = m.organisation_id and h.valid_to is null);
$$;
select private.membership_history_fill();

-- --- the per person and day summary -------------------------------------------------------------

create table private.insights_activity (
  user_id uuid not null,
  day date not null,
  events integer not null default 0,
  lessons integer not null default 0,
  flaw_hits integer not null default 0,
  flaw_total integer not null default 0,
  challenges integer not null default 0,
  reviews integer not null default 0,
  uses integer not null default 0,
  minutes integer not null default 0,
  primary key (user_id, day)
);
create index insights_activity_day on private.insights_activity (day, user_id);
alter table private.insights_activity enable row level security;
create policy no_direct_access on private.insights_activity as restrictive for all to public
  using (false);

-- A whole number 0..100000 from a device's jsonb value, else 0 (never an error in a push).
create function private.insights_int(v jsonb) returns integer
language sql immutable
set search_path = ''
as $$
  select case when jsonb_typeof(v) = 'number' and v::text::numeric between 0 and 100000
    then floor(v::text::numeric)::integer else 0 end
$$;

-- What one row of an event table adds to the summary (p_sign -1: takes away).
create function private.insights_row(p_table text, r jsonb, p_sign integer)
returns table (user_id uuid, day date, events integer, lessons integer, flaw_hits integer,
  flaw_total integer, challenges integer, reviews integer, uses integer, minutes integer)
language sql stable
set search_path = ''
as $$
  select x.u, (x.t at time zone 'Europe/Oslo')::date, p_sign,
    p_sign * (p_table = 'progress_events' and r ->> 'kind' = 'completed')::integer,
    p_sign * case when p_table = 'progress_events' and r ->> 'kind' = 'flaw_done'
      then private.insights_int(r -> 'data' -> 'hits') else 0 end,
    p_sign * case when p_table = 'progress_events' and r ->> 'kind' = 'flaw_done'
      then private.insights_int(r -> 'data' -> 'hits') + private.insights_int(r -> 'data' -> 'misses')
        + private.insights_int(r -> 'data' -> 'false_alarms') else 0 end,
    p_sign * (p_table = 'challenge_attempts')::integer,
    p_sign * (p_table = 'attempt_reviews')::integer,
    p_sign * (p_table = 'prompt_uses')::integer,
    p_sign * case when p_table in ('challenge_attempts', 'prompt_uses')
      then coalesce((r ->> 'minutes_saved')::integer, 0) else 0 end
  from (
    select (r ->> case p_table when 'attempt_reviews' then 'reviewer_id' else 'user_id' end)::uuid as u,
      (r ->> case p_table when 'progress_events' then 'occurred_at' when 'quiz_answers' then 'answered_at'
        when 'prompt_uses' then 'used_at' else 'created_at' end)::timestamptz as t
    where r is not null
  ) x
  where x.u is not null and x.t is not null
$$;

-- Statement triggers on every event table (set-based, with transition tables, so a push of many
-- rows is one upsert): the old rows out, the new rows in.
create function private.insights_track() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
begin
  if tg_op = 'INSERT' then
    insert into private.insights_activity as a
      (user_id, day, events, lessons, flaw_hits, flaw_total, challenges, reviews, uses, minutes)
    select d.user_id, d.day, sum(d.events), sum(d.lessons), sum(d.flaw_hits), sum(d.flaw_total),
      sum(d.challenges), sum(d.reviews), sum(d.uses), sum(d.minutes)
    from new_rows n, lateral private.insights_row(tg_table_name, to_jsonb(n), 1) d
    group by d.user_id, d.day
    on conflict (user_id, day) do update set
      events = a.events + excluded.events, lessons = a.lessons + excluded.lessons,
      flaw_hits = a.flaw_hits + excluded.flaw_hits, flaw_total = a.flaw_total + excluded.flaw_total,
      challenges = a.challenges + excluded.challenges, reviews = a.reviews + excluded.reviews,
      uses = a.uses + excluded.uses, minutes = a.minutes + excluded.minutes;
  elsif tg_op = 'DELETE' then
    insert into private.insights_activity as a
      (user_id, day, events, lessons, flaw_hits, flaw_total, challenges, reviews, uses, minutes)
    select d.user_id, d.day, sum(d.events), sum(d.lessons), sum(d.flaw_hits), sum(d.flaw_total),
      sum(d.challenges), sum(d.reviews), sum(d.uses), sum(d.minutes)
    from old_rows o, lateral private.insights_row(tg_table_name, to_jsonb(o), -1) d
    group by d.user_id, d.day
    on conflict (user_id, day) do update set
      events = a.events + excluded.events, lessons = a.lessons + excluded.lessons,
      flaw_hits = a.flaw_hits + excluded.flaw_hits, flaw_total = a.flaw_total + excluded.flaw_total,
      challenges = a.challenges + excluded.challenges, reviews = a.reviews + excluded.reviews,
      uses = a.uses + excluded.uses, minutes = a.minutes + excluded.minutes;
  else
    insert into private.insights_activity as a
      (user_id, day, events, lessons, flaw_hits, flaw_total, challenges, reviews, uses, minutes)
    select d.user_id, d.day, sum(d.events), sum(d.lessons), sum(d.flaw_hits), sum(d.flaw_total),
      sum(d.challenges), sum(d.reviews), sum(d.uses), sum(d.minutes)
    from (
      select r.* from old_rows o, lateral private.insights_row(tg_table_name, to_jsonb(o), -1) r
      union all
      select r.* from new_rows n, lateral private.insights_row(tg_table_name, to_jsonb(n), 1) r
    ) d
    group by d.user_id, d.day
    on conflict (user_id, day) do update set
      events = a.events + excluded.events, lessons = a.lessons + excluded.lessons,
      flaw_hits = a.flaw_hits + excluded.flaw_hits, flaw_total = a.flaw_total + excluded.flaw_total,
      challenges = a.challenges + excluded.challenges, reviews = a.reviews + excluded.reviews,
      uses = a.uses + excluded.uses, minutes = a.minutes + excluded.minutes;
  end if;
  return null;
end
$$;

do $$
declare
  t text;
begin
  foreach t in array array['progress_events', 'quiz_answers', 'challenge_attempts',
    'attempt_reviews', 'prompt_uses']
  loop
    execute format('create trigger insights_track_insert after insert on public.%I
      referencing new table as new_rows for each statement execute function private.insights_track()', t);
    execute format('create trigger insights_track_update after update on public.%I
      referencing old table as old_rows new table as new_rows
      for each statement execute function private.insights_track()', t);
    execute format('create trigger insights_track_delete after delete on public.%I
      referencing old table as old_rows for each statement execute function private.insights_track()', t);
  end loop;
end
$$;

-- The summary made afresh from the event tables (after a bulk load without triggers).
create function private.insights_rebuild() returns void
language sql
security definer
set search_path = ''
as $$
  truncate private.insights_activity;
  select private.membership_history_fill();
  insert into private.insights_activity
    (user_id, day, events, lessons, flaw_hits, flaw_total, challenges, reviews, uses, minutes)
  select u, d, sum(events), sum(lessons), sum(hits), sum(total), sum(challenges), sum(reviews),
    sum(uses), sum(minutes)
  from (
    select user_id as u, (occurred_at at time zone 'Europe/Oslo')::date as d, count(*) as events,
      count(*) filter (where kind = 'completed') as lessons,
      sum(case when kind = 'flaw_done' then private.insights_int(data -> 'hits') else 0 end) as hits,
      sum(case when kind = 'flaw_done' then private.insights_int(data -> 'hits')
        + private.insights_int(data -> 'misses') + private.insights_int(data -> 'false_alarms')
        else 0 end) as total,
      0 as challenges, 0 as reviews, 0 as uses, 0 as minutes
    from public.progress_events group by 1, 2
    union all
    select user_id, (answered_at at time zone 'Europe/Oslo')::date, count(*), 0, 0, 0, 0, 0, 0, 0
    from public.quiz_answers group by 1, 2
    union all
    select user_id, (created_at at time zone 'Europe/Oslo')::date, count(*), 0, 0, 0, count(*), 0, 0,
      coalesce(sum(minutes_saved), 0)
    from public.challenge_attempts group by 1, 2
    union all
    select reviewer_id, (created_at at time zone 'Europe/Oslo')::date, count(*), 0, 0, 0, 0, count(*), 0, 0
    from public.attempt_reviews where reviewer_id is not null group by 1, 2
    union all
    select user_id, (used_at at time zone 'Europe/Oslo')::date, count(*), 0, 0, 0, 0, 0, count(*),
      sum(minutes_saved)
    from public.prompt_uses group by 1, 2
  ) s
  group by u, d;
$$;
select private.insights_rebuild();

create index prompt_uses_used_at on public.prompt_uses (used_at);


-- --- community figures: none until the community tables exist (replaced by a later migration) ----

-- Whether the community figures can be counted; false: they are null in every cell.
create function private.insights_has_community() returns boolean
language sql immutable
set search_path = ''
as $$ select false $$;

-- Community content of the organisation made on the Oslo days p_from..p_to: one row per (author,
-- day, kind, status) with its count; kind posts | comments | reactions | replications | ideas,
-- status only for ideas; user_id null for an idea without a named author (anonymous).
create function private.insights_community(p_org uuid, p_from date, p_to date)
returns table (user_id uuid, day date, kind text, status text, n integer)
language sql stable
set search_path = ''
as $$ select null::uuid, null::date, null::text, null::text, null::integer where false $$;

-- --- windows --------------------------------------------------------------------------------------

create function private.oslo_today() returns date
language sql stable
set search_path = ''
as $$ select (now() at time zone 'Europe/Oslo')::date $$;

-- The finished window `p_back` periods before the last finished one (0: the last finished).
create function private.insights_window(p_period text, p_today date, p_back integer default 0)
returns table (from_date date, to_date date)
language plpgsql immutable
set search_path = ''
as $$
declare
  monday date := date_trunc('week', p_today::timestamp)::date;
  quarter date := date_trunc('quarter', p_today::timestamp)::date;
begin
  if p_back is null or p_back < 0 then
    raise exception 'invalid period offset' using errcode = '22023';
  end if;
  case p_period
    when 'week' then
      return query select monday - 7 * (p_back + 1), monday - 7 * p_back - 1;
    when '30d' then
      return query select p_today - 30 * (p_back + 1), p_today - 30 * p_back - 1;
    when 'quarter' then
      return query select (quarter - make_interval(months => 3 * (p_back + 1)))::date,
        (quarter - make_interval(months => 3 * p_back))::date - 1;
    else
      raise exception 'unknown period %', p_period using errcode = '22023',
        hint = 'week, 30d or quarter';
  end case;
end
$$;

-- --- the cells ------------------------------------------------------------------------------------

-- Every cell of the organisation for [p_from, p_to] (Oslo dates), unsuppressed. Fields starting
-- with "_" are for the thresholds in insights_finish and never leave the database.
-- One row per member with all their figures, then one pass with grouping sets over
-- (organisation), (department), (job role). PL/pgSQL so that it is planned with the window's
-- dates (custom plans: a generic plan cannot tell a week from a year); jit off (compiling costs more than the query); no nested loops (the members are many: the
-- window's rows are read by day and joined by hash, not looked up person by person).
create function private.insights_cells(p_org uuid, p_from date, p_to date) returns jsonb
language plpgsql stable
set search_path = ''
set jit = off
set enable_nestloop = off
set plan_cache_mode = force_custom_plan
as $$
declare
  result jsonb;
begin
  with bounds as (
    select (p_from::timestamp at time zone 'Europe/Oslo') as t0,
      ((p_to + 1)::timestamp at time zone 'Europe/Oslo') as t1,
      (date_trunc('week', p_to::timestamp)::date - date_trunc('week', p_from::timestamp)::date) / 7 + 1
        as weeks,
      date_trunc('week', p_from::timestamp)::date as monday
  ),
  -- Members at the window's end, in the department and job role they had then (if it still exists).
  members as materialized (
    select distinct on (h.user_id) h.user_id, d.id as department_id, j.id as job_role_id
    from private.membership_history h
    cross join bounds b
    left join public.departments d on d.id = h.department_id and d.organisation_id = p_org
    left join public.job_roles j on j.id = h.job_role_id and j.organisation_id = p_org
    where h.organisation_id = p_org and h.valid_from < b.t1 and (h.valid_to is null or h.valid_to >= b.t1)
    order by h.user_id, h.valid_from desc
  ),
  per_day as materialized (
    select a.* from private.insights_activity a
    join members m on m.user_id = a.user_id
    where a.day between p_from and p_to and a.events > 0
  ),
  -- Community content by the members (and ideas without a named author: user_id null).
  community as materialized (
    select c.user_id, c.day, c.kind, c.status, c.n
    from private.insights_community(p_org, p_from, p_to) c
    where c.user_id is null or c.user_id in (select user_id from members)
  ),
  -- Per person: the sums, and the ISO weeks with any learning, practice, library or community
  -- activity (a bit per week of the window, counted: one pass, no sort).
  sums as (
    select d.user_id,
      bit_count(bit_or((1::bigint << ((d.day - (select monday from bounds)) / 7))::bit(64))) as weeks,
      sum(d.lessons) as lessons, sum(d.flaw_hits) as flaw_hits,
      sum(d.flaw_total) as flaw_total, sum(d.challenges) as challenges, sum(d.reviews) as reviews,
      sum(d.uses) as uses, sum(d.minutes) as minutes
    from (
      select user_id, day, lessons, flaw_hits, flaw_total, challenges, reviews, uses, minutes
      from per_day
      union all
      select user_id, day, 0, 0, 0, 0, 0, 0, 0 from community where user_id is not null
    ) d
    group by d.user_id
  ),
  community_people as (
    select user_id, sum(n) filter (where kind = 'posts') as posts,
      sum(n) filter (where kind = 'comments') as comments,
      sum(n) filter (where kind = 'reactions') as reactions,
      sum(n) filter (where kind = 'replications') as replications
    from community where user_id is not null and kind <> 'ideas' group by user_id
  ),
  pulse as materialized (
    select p.user_id, p.used_ai, p.minutes_band, p.satisfaction, p.share_words, p.win, p.obstacle,
      case when p.obstacle_theme is not null then p.obstacle_theme
        when p.obstacle <> '' then 'other' end as theme
    from public.pulse_responses p
    join members m on m.user_id = p.user_id
    where p.week between p_from and p_to and not p.skipped
      and (p.organisation_id is null or p.organisation_id = p_org)
  ),
  pulse_people as (
    select user_id, count(*) as responses, count(*) filter (where used_ai) as ai_yes,
      count(used_ai) as ai_answers, sum(satisfaction) as sat_sum, count(satisfaction) as sat_answers,
      count(*) filter (where minutes_band = '0') as b0,
      count(*) filter (where minutes_band = '1-15') as b1,
      count(*) filter (where minutes_band = '15-60') as b2,
      count(*) filter (where minutes_band = '60-180') as b3,
      count(*) filter (where minutes_band = '180+') as b4,
      count(*) filter (where theme = 'time') as t_time,
      count(*) filter (where theme = 'tools') as t_tools,
      count(*) filter (where theme = 'data_rules') as t_data_rules,
      count(*) filter (where theme = 'quality') as t_quality,
      count(*) filter (where theme = 'skills') as t_skills,
      count(*) filter (where theme = 'leadership') as t_leadership,
      count(*) filter (where theme = 'other') as t_other
    from pulse group by user_id
  ),
  person as (
    select m.user_id, m.department_id, m.job_role_id, s.weeks, s.lessons, s.flaw_hits, s.flaw_total,
      s.challenges, s.reviews, s.uses, s.minutes, cp.posts, cp.comments, cp.reactions,
      cp.replications, pp.responses, pp.ai_yes, pp.ai_answers, pp.sat_sum, pp.sat_answers,
      pp.b0, pp.b1, pp.b2, pp.b3, pp.b4, pp.t_time, pp.t_tools, pp.t_data_rules, pp.t_quality,
      pp.t_skills, pp.t_leadership, pp.t_other
    from members m
    left join sums s on s.user_id = m.user_id
    left join community_people cp on cp.user_id = m.user_id
    left join pulse_people pp on pp.user_id = m.user_id
  ),
  figures as (
    select
      case grouping(department_id, job_role_id) when 3 then 'organisation' when 1 then 'department'
        else 'job_role' end as dimension,
      case grouping(department_id, job_role_id) when 3 then 'all' when 1 then department_id::text
        else job_role_id::text end as key,
      count(*) as people, count(weeks) as active, coalesce(sum(weeks), 0) as weeks_active,
      coalesce(sum(lessons), 0) as lessons, coalesce(sum(flaw_hits), 0) as flaw_hits,
      coalesce(sum(flaw_total), 0) as flaw_total, count(*) filter (where flaw_total > 0) as flaw_people,
      coalesce(sum(challenges), 0) as challenges, coalesce(sum(reviews), 0) as reviews,
      coalesce(sum(uses), 0) as uses, coalesce(sum(minutes), 0) as minutes,
      coalesce(sum(posts), 0) as posts, coalesce(sum(comments), 0) as comments,
      coalesce(sum(reactions), 0) as reactions, coalesce(sum(replications), 0) as replications,
      coalesce(sum(responses), 0) as responses, count(responses) as respondents,
      sum(ai_yes)::numeric / nullif(sum(ai_answers), 0) as used_ai_share,
      sum(sat_sum)::numeric / nullif(sum(sat_answers), 0) as satisfaction_avg,
      jsonb_strip_nulls(jsonb_build_object('0', nullif(sum(b0), 0), '1-15', nullif(sum(b1), 0),
        '15-60', nullif(sum(b2), 0), '60-180', nullif(sum(b3), 0), '180+', nullif(sum(b4), 0)))
        as bands,
      jsonb_strip_nulls(jsonb_build_object('time', nullif(sum(t_time), 0),
        'tools', nullif(sum(t_tools), 0), 'data_rules', nullif(sum(t_data_rules), 0),
        'quality', nullif(sum(t_quality), 0), 'skills', nullif(sum(t_skills), 0),
        'leadership', nullif(sum(t_leadership), 0), 'other', nullif(sum(t_other), 0))) as themes
    from person
    group by grouping sets ((), (department_id), (job_role_id))
  ),
  -- Prompts (an organisation's or a starter one) used by at least two people of a cell.
  reused as (
    select dimension, key, count(*) as prompts
    from (
      select case grouping(m.department_id, m.job_role_id) when 3 then 'organisation'
          when 1 then 'department' else 'job_role' end as dimension,
        case grouping(m.department_id, m.job_role_id) when 3 then 'all'
          when 1 then m.department_id::text else m.job_role_id::text end as key
      from public.prompt_uses u
      join members m on m.user_id = u.user_id
      where u.used_at >= (select t0 from bounds) and u.used_at < (select t1 from bounds)
        and (u.organisation_id is null or u.organisation_id = p_org)
      group by grouping sets ((coalesce(u.prompt_id::text, u.starter_prompt_id)),
        (coalesce(u.prompt_id::text, u.starter_prompt_id), m.department_id),
        (coalesce(u.prompt_id::text, u.starter_prompt_id), m.job_role_id))
      having count(distinct u.user_id) >= 2
    ) r
    group by dimension, key
  ),
  -- Ideas per cell by status; those without a named author count in the organisation's cell only.
  idea_status as (
    select dimension, key, sum(n)::integer as ideas, jsonb_object_agg(status, n) as by_status
    from (
      select dimension, key, status, sum(n)::integer as n
      from (
        select case grouping(m.department_id, m.job_role_id) when 3 then 'organisation'
            when 1 then 'department' else 'job_role' end as dimension,
          case grouping(m.department_id, m.job_role_id) when 3 then 'all'
            when 1 then m.department_id::text else m.job_role_id::text end as key,
          i.status, sum(i.n) as n
        from community i join members m on m.user_id = i.user_id
        where i.kind = 'ideas'
        group by grouping sets ((i.status), (i.status, m.department_id), (i.status, m.job_role_id))
        union all
        select 'organisation', 'all', i.status, i.n
        from community i where i.kind = 'ideas' and i.user_id is null
      ) u
      where key is not null
      group by 1, 2, 3
    ) s
    group by dimension, key
  ),
  -- Words their authors chose to share, the organisation's cell only; in an order that says
  -- nothing about who or when.
  quotes as (
    select coalesce(jsonb_agg(q.words order by md5(q.words)), '[]'::jsonb) as words
    from (
      select s.words from (
        select distinct w.words from pulse p,
          lateral (values (p.win), (p.obstacle)) as w (words)
        where p.share_words and btrim(w.words) <> ''
      ) s
      order by md5(s.words)
      limit 20
    ) q
  ),
  -- A job role all of whose people are in one department is nested in it.
  parents as (
    select job_role_id::text as key,
      case when count(*) = count(department_id) and count(distinct department_id) = 1
        then 'department:' || min(department_id::text) end as parent
    from members where job_role_id is not null group by job_role_id
  )
  select coalesce(jsonb_agg(
    jsonb_build_object(
      'dimension', f.dimension,
      'key', f.key,
      'name', coalesce(d.name, j.name),
      'parent', pa.parent,
      'people', f.people,
      'active', f.active,
      'active_weekly_avg', round(f.weeks_active::numeric / (select weeks from bounds), 1),
      'adoption', round(f.active::numeric / nullif(f.people, 0), 3),
      'lessons_completed', f.lessons,
      'challenges_completed', f.challenges,
      'flaw_accuracy', case when f.flaw_total > 0 then round(f.flaw_hits::numeric / f.flaw_total, 3) end,
      'reviews_given', f.reviews,
      'library_uses', f.uses,
      'library_prompts_reused', coalesce(r.prompts, 0),
      'minutes_saved_low', floor(f.minutes * 0.5)::integer,
      'minutes_saved_high', f.minutes,
      'posts', case when private.insights_has_community() then f.posts end,
      'comments', case when private.insights_has_community() then f.comments end,
      'reactions', case when private.insights_has_community() then f.reactions end,
      'replications', case when private.insights_has_community() then f.replications end,
      'ideas', case when private.insights_has_community() then coalesce(i.ideas, 0) end,
      'ideas_by_status', case when private.insights_has_community()
        then coalesce(i.by_status, '{}'::jsonb) end,
      'pulse_responses', f.responses,
      'pulse_used_ai_share', round(f.used_ai_share, 3),
      'pulse_satisfaction_avg', round(f.satisfaction_avg, 2),
      'pulse_minutes_bands', f.bands,
      'pulse_obstacle_themes', f.themes,
      'pulse_quotes', case when f.dimension = 'organisation' then (select words from quotes)
        else '[]'::jsonb end,
      '_pulse_people', f.respondents,
      '_flaw_people', f.flaw_people
    )
    order by case f.dimension when 'organisation' then 0 when 'department' then 1 else 2 end,
      coalesce(d.name, j.name), f.key), '[]'::jsonb)
  into result
  from figures f
  left join public.departments d on f.dimension = 'department' and d.id::text = f.key
  left join public.job_roles j on f.dimension = 'job_role' and j.id::text = f.key
  left join parents pa on f.dimension = 'job_role' and pa.key = f.key
  left join reused r on r.dimension = f.dimension and r.key = f.key
  left join idea_status i on i.dimension = f.dimension and i.key = f.key
  where f.key is not null;
  return result;
end
$$;

-- --- the suppression core -------------------------------------------------------------------------

create function private.suppress(p_cells jsonb, p_min_group integer) returns jsonb
language plpgsql immutable
set search_path = ''
as $$
declare
  total integer;
  hidden text[];
  victim text;
begin
  if p_min_group is null or p_min_group < 1 then
    raise exception 'min_group must be positive' using errcode = '22023';
  end if;
  select (c ->> 'people')::integer into total
  from jsonb_array_elements(coalesce(p_cells, '[]'::jsonb)) c
  where c ->> 'dimension' = 'organisation';
  if total is null or total < p_min_group then
    return '[]'::jsonb;
  end if;
  -- Rule 2: every small group.
  select coalesce(array_agg((c ->> 'dimension') || ':' || (c ->> 'key')), '{}') into hidden
  from jsonb_array_elements(p_cells) c
  where c ->> 'dimension' <> 'organisation' and coalesce((c ->> 'people')::integer, 0) < p_min_group;
  loop
    -- Rule 3: a dimension whose uncovered people are 1..min_group-1 loses its smallest shown cell.
    select s.id into victim
    from (
      select (c ->> 'dimension') || ':' || (c ->> 'key') as id, c ->> 'dimension' as dim,
        total - sum((c ->> 'people')::integer) over (partition by c ->> 'dimension') as rest,
        row_number() over (partition by c ->> 'dimension'
          order by (c ->> 'people')::integer, c ->> 'key') as rank
      from jsonb_array_elements(p_cells) c
      where c ->> 'dimension' <> 'organisation'
        and not ((c ->> 'dimension') || ':' || (c ->> 'key')) = any (hidden)
    ) s
    where s.rank = 1 and s.rest > 0 and s.rest < p_min_group
    order by s.dim
    limit 1;
    -- Rule 4: likewise within a shown parent (a department and the job roles nested in it).
    if victim is null then
      with shown as (
        select (c ->> 'dimension') || ':' || (c ->> 'key') as id, c ->> 'parent' as parent,
          (c ->> 'people')::integer as people
        from jsonb_array_elements(p_cells) c
        where not ((c ->> 'dimension') || ':' || (c ->> 'key')) = any (hidden)
      )
      select s.id into victim
      from (
        select ch.id, ch.parent, p.people - sum(ch.people) over (partition by ch.parent) as rest,
          row_number() over (partition by ch.parent order by ch.people, ch.id) as rank
        from shown ch join shown p on p.id = ch.parent
      ) s
      where s.rank = 1 and s.rest > 0 and s.rest < p_min_group
      order by s.parent
      limit 1;
    end if;
    exit when victim is null;
    hidden := hidden || victim;
  end loop;
  return (
    select coalesce(jsonb_agg(c - 'parent' order by n), '[]'::jsonb)
    from jsonb_array_elements(p_cells) with ordinality as e (c, n)
    where c ->> 'dimension' = 'organisation'
      or not ((c ->> 'dimension') || ':' || (c ->> 'key')) = any (hidden)
  );
end
$$;

-- After suppression: figures that are averages or shares of self-reports need as many people
-- behind them as a group does (one person's satisfaction is not an average), and the "_" fields
-- go. Pulse averages, bands and themes: ≥ min_group respondents; quotes: the organisation's cell
-- with ≥ min_group respondents; spot-the-flaw accuracy: ≥ min_group people who did one.
create function private.insights_finish(p_cells jsonb, p_min_group integer) returns jsonb
language sql immutable
set search_path = ''
as $$
  select coalesce(jsonb_agg((
    case when (c ->> '_pulse_people')::integer >= p_min_group then c
      else c || jsonb_build_object('pulse_used_ai_share', null, 'pulse_satisfaction_avg', null,
        'pulse_minutes_bands', '{}'::jsonb, 'pulse_obstacle_themes', '{}'::jsonb,
        'pulse_quotes', '[]'::jsonb) end
    || case when (c ->> '_flaw_people')::integer >= p_min_group then '{}'::jsonb
      else jsonb_build_object('flaw_accuracy', null) end)
    - '_pulse_people' - '_flaw_people'
    order by n), '[]'::jsonb)
  from jsonb_array_elements(p_cells) with ordinality as e (c, n)
$$;

-- One period's answer for an organisation, unchecked (callers check who asks).
create function private.insights_build(p_org uuid, p_period text, p_today date, p_back integer)
returns jsonb
language sql stable
set search_path = ''
as $$
  select jsonb_build_object(
    'min_group', o.min_group_size,
    'period', jsonb_build_object('kind', p_period, 'from', w.from_date, 'to', w.to_date),
    'generated_at', to_char(now() at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
    'cells', private.insights_finish(
      private.suppress(private.insights_cells(o.id, w.from_date, w.to_date), o.min_group_size),
      o.min_group_size))
  from public.organisations o, private.insights_window(p_period, p_today, p_back) w
  where o.id = p_org
$$;

-- hr or admin of the organisation, else 42501 (the same answer for an unknown organisation).
create function private.insights_check(p_org uuid) returns void
language plpgsql stable
security definer
set search_path = ''
as $$
begin
  if not exists (
    select 1 from public.memberships
    where user_id = (select auth.uid()) and organisation_id = p_org and roles && array['hr', 'admin']
  ) then
    raise exception 'insufficient_privilege' using errcode = '42501',
      detail = 'Insights are for the organisation''s HR and admins.';
  end if;
end
$$;

create function private.insights_at(p_org uuid, p_period text, p_today date) returns jsonb
language plpgsql stable
security definer
set search_path = ''
as $$
begin
  perform private.insights_check(p_org);
  return private.insights_build(p_org, p_period, p_today, 0);
end
$$;

create function private.insights_trend_at(p_org uuid, p_period text, p_count integer, p_today date)
returns jsonb
language plpgsql stable
security definer
set search_path = ''
as $$
begin
  perform private.insights_check(p_org);
  if p_count is null or p_count not between 1 and 26 then
    raise exception 'count must be 1..26' using errcode = '22023';
  end if;
  return (
    select jsonb_agg(private.insights_build(p_org, p_period, p_today, b) order by b desc)
    from generate_series(0, p_count - 1) as b
  );
end
$$;

-- The caller's organisation (their first membership) and department, as HR sees them.
create function private.insights_preview_at(p_period text, p_today date) returns jsonb
language plpgsql stable
security definer
set search_path = ''
as $$
declare
  v_org uuid;
  v_department uuid;
  v_name text;
  result jsonb;
begin
  select m.organisation_id, m.department_id, d.name into v_org, v_department, v_name
  from public.memberships m
  left join public.departments d on d.id = m.department_id
  where m.user_id = (select auth.uid())
  order by m.created_at, m.id
  limit 1;
  if v_org is null then
    return null;
  end if;
  result := private.insights_build(v_org, p_period, p_today, 0);
  return result || jsonb_build_object('cells', (
    select coalesce(jsonb_agg(c order by n), '[]'::jsonb) from (
      select coalesce(
        (select c from jsonb_array_elements(result -> 'cells') c where c ->> 'dimension' = 'organisation'),
        jsonb_build_object('dimension', 'organisation', 'key', 'all', 'name', null, 'suppressed', true)) as c,
        1 as n
      union all
      select coalesce(
        (select c from jsonb_array_elements(result -> 'cells') c
         where c ->> 'dimension' = 'department' and c ->> 'key' = v_department::text),
        jsonb_build_object('dimension', 'department', 'key', v_department, 'name', v_name,
          'suppressed', true)), 2
      where v_department is not null
    ) s));
end
$$;

-- --- the doors -----------------------------------------------------------------------------------
-- As everywhere in this schema (supabase/tests/00_schema.sql): the functions in public run as the
-- caller and call a security definer function in private, which checks who asks. Only these three
-- private functions are callable by `authenticated`; the ones taking a "today" (insights_at …) and
-- the cells themselves are not.

create function private.insights(p_org uuid, p_period text) returns jsonb
language sql stable
security definer
set search_path = ''
as $$ select private.insights_at(p_org, p_period, private.oslo_today()) $$;

create function private.insights_trend(p_org uuid, p_period text, p_count integer) returns jsonb
language sql stable
security definer
set search_path = ''
as $$ select private.insights_trend_at(p_org, p_period, p_count, private.oslo_today()) $$;

create function private.insights_preview(p_period text) returns jsonb
language sql stable
security definer
set search_path = ''
as $$ select private.insights_preview_at(p_period, private.oslo_today()) $$;

create function public.insights(p_organisation_id uuid, p_period text) returns jsonb
language sql stable
security invoker
set search_path = ''
as $$ select private.insights(p_organisation_id, p_period) $$;

create function public.insights_trend(p_organisation_id uuid, p_period text, p_count integer)
returns jsonb
language sql stable
security invoker
set search_path = ''
as $$ select private.insights_trend(p_organisation_id, p_period, p_count) $$;

create function public.insights_preview(p_period text) returns jsonb
language sql stable
security invoker
set search_path = ''
as $$ select private.insights_preview(p_period) $$;

revoke execute on function public.insights(uuid, text) from public, anon;
revoke execute on function public.insights_trend(uuid, text, integer) from public, anon;
revoke execute on function public.insights_preview(text) from public, anon;
grant execute on function public.insights(uuid, text) to authenticated;
grant execute on function public.insights_trend(uuid, text, integer) to authenticated;
grant execute on function public.insights_preview(text) to authenticated;
revoke execute on function private.insights(uuid, text), private.insights_trend(uuid, text, integer),
  private.insights_preview(text) from public, anon;
grant execute on function private.insights(uuid, text), private.insights_trend(uuid, text, integer),
  private.insights_preview(text) to authenticated;

-- The private functions: no API role calls them directly (the definer doors do).
revoke execute on function private.insights_int(jsonb), private.insights_row(text, jsonb, integer),
  private.insights_track(), private.insights_rebuild(), private.insights_has_community(),
  private.track_membership(), private.membership_history_fill(),
  private.insights_community(uuid, date, date), private.oslo_today(),
  private.insights_window(text, date, integer), private.insights_cells(uuid, date, date),
  private.suppress(jsonb, integer), private.insights_finish(jsonb, integer),
  private.insights_build(uuid, text, date, integer), private.insights_check(uuid),
  private.insights_at(uuid, text, date), private.insights_trend_at(uuid, text, integer, date),
  private.insights_preview_at(text, date)
  from public, authenticated;
grant execute on function private.suppress(jsonb, integer) to service_role;
