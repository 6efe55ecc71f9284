-- The weekly pulse (PRODUCT.md H5, issue 17): a 30-second check once a week — used AI this week,
-- minutes saved (a band), one win, one obstacle, satisfaction 1–5 — or a guilt-free skip.
--
-- A personal table: only the person reads and writes their answers, on every device. HR reads
-- none of them; the figures reach HR only through public.insights() (20261208120100_insights.sql),
-- as counts over groups of at least the organisation's min_group_size, obstacles as themes, and a
-- win or obstacle verbatim only when its author ticked share_words ("share my words anonymously").
--
-- One answer per person and ISO week (`week` is that week's Monday). created_at is the server's.

create table public.pulse_responses (
  id uuid primary key,
  user_id uuid not null default auth.uid() references auth.users (id) on delete cascade,
  -- The organisation the person answered in; null outside any (local mode, before joining).
  organisation_id uuid references public.organisations (id) on delete set null,
  week date not null,
  used_ai boolean,
  minutes_band text check (minutes_band in ('0', '1-15', '15-60', '60-180', '180+')),
  win text not null default '' check (char_length(win) <= 500),
  obstacle text not null default '' check (char_length(obstacle) <= 500),
  obstacle_theme text check (
    obstacle_theme in ('time', 'tools', 'data_rules', 'quality', 'skills', 'leadership', 'other')),
  share_words boolean not null default false,
  satisfaction smallint check (satisfaction between 1 and 5),
  skipped boolean not null default false,
  created_at timestamptz not null default now(),
  sync_xid xid8 not null default pg_current_xact_id(),
  constraint pulse_responses_week_monday check (
    extract(isodow from week) = 1 and week >= date '2000-01-03' and week < date '2100-01-01'),
  constraint pulse_responses_created_at_range check (
    created_at >= '2000-01-01 00:00:00+00'::timestamptz and created_at < '2100-01-01 00:00:00+00'::timestamptz),
  -- A skipped week holds no answers.
  constraint pulse_responses_skipped_empty check (
    not skipped or (used_ai is null and minutes_band is null and win = '' and obstacle = ''
      and obstacle_theme is null and satisfaction is null and not share_words)),
  unique (user_id, week)
);
create index pulse_responses_organisation_week on public.pulse_responses (organisation_id, week);
create index pulse_responses_week on public.pulse_responses (week);

create trigger stamp_created_at before insert or update on public.pulse_responses
  for each row execute function private.stamp_created_at();

alter table public.pulse_responses enable row level security;

create policy pulse_responses_select on public.pulse_responses for select to authenticated
  using (user_id = (select auth.uid()));
create policy pulse_responses_insert on public.pulse_responses for insert to authenticated
  with check (
    user_id = (select auth.uid())
    and (organisation_id is null or organisation_id in (select private.my_org_ids()))
  );
create policy pulse_responses_update on public.pulse_responses for update to authenticated
  using (user_id = (select auth.uid()))
  with check (
    user_id = (select auth.uid())
    and (organisation_id is null or organisation_id in (select private.my_org_ids()))
  );
create policy pulse_responses_delete on public.pulse_responses for delete to authenticated
  using (user_id = (select auth.uid()));

revoke all on public.pulse_responses from anon;
grant select, insert, update, delete on public.pulse_responses to authenticated;

-- Only the person reads a row (organisation_id says where it was answered): audience 'null'.
select private.register_synced_table('pulse_responses', 'personal', 'user_id', 'organisation_id',
  p_audience => 'null');
