-- HR insights: the community figures (issue 17), now that the community (20261208100000_*) and
-- the ideas board (20261208110000_*) exist. Counts of content made in the window by the people of
-- a cell — posts, comments, reactions, "tried it too" replications and ideas (with their current
-- status) — never who: the rows stay behind RLS (HR reads none of them), and the numbers reach HR
-- only through private.insights_cells and the suppression core (20261208120100_insights.sql).
-- Content later hidden by an ambassador still counts: it was made. An idea without a named author
-- (anonymous, or its author's account deleted) counts in the organisation's cell only.
-- Making community content also makes a person "active" on that day.

create or replace function private.insights_has_community() returns boolean
language sql immutable
set search_path = ''
as $$ select true $$;

-- PL/pgSQL with custom plans: planned with the window's dates, the reads go by the
-- (organisation, time) indexes (an SQL function was planned blind and read whole tables).
create or replace function private.insights_community(p_org uuid, p_from date, p_to date)
returns table (user_id uuid, day date, kind text, status text, n integer)
language plpgsql stable
set search_path = ''
set plan_cache_mode = force_custom_plan
set enable_nestloop = on
as $$
declare
  t0 timestamptz := p_from::timestamp at time zone 'Europe/Oslo';
  t1 timestamptz := (p_to + 1)::timestamp at time zone 'Europe/Oslo';
begin
  return query
  select p.author_id, (p.created_at at time zone 'Europe/Oslo')::date, 'posts', null::text, count(*)::integer
  from public.community_posts p
  where p.organisation_id = p_org and p.created_at >= t0 and p.created_at < t1
  group by 1, 2
  union all
  select c.author_id, (c.created_at at time zone 'Europe/Oslo')::date, 'comments', null, count(*)::integer
  from public.community_comments c
  where c.organisation_id = p_org and c.created_at >= t0 and c.created_at < t1
  group by 1, 2
  union all
  select r.user_id, (r.created_at at time zone 'Europe/Oslo')::date, 'reactions', null, count(*)::integer
  from public.community_reactions r
  where r.organisation_id = p_org and r.created_at >= t0 and r.created_at < t1
  group by 1, 2
  union all
  select r.user_id, (r.created_at at time zone 'Europe/Oslo')::date, 'replications', null, count(*)::integer
  from public.community_replications r
  where r.organisation_id = p_org and r.created_at >= t0 and r.created_at < t1
  group by 1, 2
  union all
  select case when i.anonymous then null else i.author_id end, i.created_on, 'ideas', i.status,
    count(*)::integer
  from public.ideas i
  where i.organisation_id = p_org and i.created_on between p_from and p_to
  group by 1, 2, 4;
end
$$;

revoke execute on function private.insights_has_community(), private.insights_community(uuid, date, date)
  from public, anon, authenticated;

-- The windows read content by organisation and time.
create index community_comments_organisation_created on public.community_comments (organisation_id, created_at);
create index community_reactions_organisation_created on public.community_reactions (organisation_id, created_at);
create index community_replications_organisation_created on public.community_replications (organisation_id, created_at);
create index ideas_organisation_created_on on public.ideas (organisation_id, created_on);
