-- Structure: RLS everywhere, policies written the way ARCHITECTURE.md rule 8 asks.
begin;
select plan(9);

select is(
  (select array_agg(c.relname::text order by c.relname) from pg_class c
   join pg_namespace n on n.oid = c.relnamespace
   where n.nspname = 'public' and c.relkind = 'r' and not c.relrowsecurity),
  null, 'every table in public has row level security');

select is(
  (select array_agg(c.relname::text order by c.relname) from pg_class c
   join pg_namespace n on n.oid = c.relnamespace
   where n.nspname = 'public' and c.relkind = 'r'
     and not exists (select 1 from pg_policies p where p.schemaname = 'public' and p.tablename = c.relname)),
  null, 'every table in public has policies');

select is(
  (select array_agg(tablename || '.' || policyname) from pg_policies
   where schemaname = 'public' and (coalesce(qual, '') ~* '^\s*true\s*$' or coalesce(with_check, '') ~* '^\s*true\s*$')),
  null, 'no policy is using (true)');

select is(
  (select array_agg(tablename || '.' || policyname) from pg_policies
   where schemaname = 'public' and concat(qual, with_check) ~ 'auth\.uid\(\)'
     and concat(qual, with_check) !~ 'SELECT auth\.uid\(\)'),
  null, 'policies call auth.uid() through (select auth.uid())');

select is(
  (select array_agg(tablename || '.' || policyname) from pg_policies
   where schemaname = 'public' and 'anon' = any (roles)),
  null, 'no policy grants anything to anon');

select is(
  (select array_agg(p.oid::regprocedure::text) from pg_proc p
   join pg_namespace n on n.oid = p.pronamespace
   where n.nspname in ('public', 'private') and p.prosecdef
     and not coalesce(array_to_string(p.proconfig, ','), '') ~ 'search_path=""'
     and not exists (select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e')),
  null, 'every security definer function sets search_path to empty');

select is(
  (select array_agg(p.oid::regprocedure::text) from pg_proc p
   join pg_namespace n on n.oid = p.pronamespace
   where n.nspname = 'public' and p.prosecdef
     and not exists (select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e')),
  null, 'no security definer function in the exposed schema');

select set_eq(
  $$select table_name from private.synced_tables$$,
  array['organisations', 'departments', 'job_roles', 'memberships', 'invites', 'profiles',
        'progress_events', 'quiz_answers', 'self_assessments', 'challenge_attempts',
        'prompts', 'prompt_revisions', 'prompt_uses', 'organisation_data_rules', 'attempt_reviews',
        'pulse_responses', 'hr_programmes', 'roi_models',
        'community_posts', 'community_comments', 'community_reactions', 'community_replications',
        'community_reports', 'ideas', 'idea_votes', 'organisation_challenges',
        'skill_targets', 'report_story_picks', 'surveys', 'survey_responses'],
  'every synced table is registered');

select ok(
  not has_function_privilege('anon', 'public.sync_push(jsonb)', 'execute')
  and not has_function_privilege('anon', 'public.sync_pull(jsonb, integer)', 'execute')
  and not has_function_privilege('anon', 'public.redeem_invite(text)', 'execute'),
  'anon cannot call the RPCs');

select * from finish();
rollback;
