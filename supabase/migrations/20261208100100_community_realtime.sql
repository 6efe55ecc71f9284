-- Live community (issue 16, "Live"): when a post or comment of an organisation is written,
-- hidden or deleted, the organisation's open devices are told to pull — a Supabase Realtime
-- broadcast, event `changed`, on the private channel `org:<organisation_id>`, with an empty
-- payload. It carries no row: rows only ever arrive through sync_pull, under RLS (the client:
-- SupabaseRemote.subscribeChanges). A reaction, comment or replication changes its post's
-- figures, so it is announced through the post as well.
--
-- At most one message per organisation and transaction (a push of 200 reactions is one hint).
-- Where Realtime does not exist (plain PostgreSQL, PGlite: tests and the demo backend, which
-- pull every few seconds instead), nothing is sent.
--
-- Who may listen: private channels are authorised by RLS on realtime.messages; the policy
-- (private.install_realtime_policy) lets a signed-in person receive `org:<id>` broadcasts only
-- for organisations they are a member of.

create function private.announce_org_change() returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
  org uuid;
  sent text := coalesce(pg_catalog.current_setting('loft.announced_orgs', true), '');
begin
  if to_regprocedure('realtime.send(jsonb, text, text, boolean)') is null then
    return null;
  end if;
  for org in
    execute case tg_op
      when 'DELETE' then 'select distinct organisation_id from old_rows'
      else 'select distinct organisation_id from new_rows'
    end
  loop
    if org is null or position(org::text in sent) > 0 then
      continue;
    end if;
    sent := sent || org::text || ',';
    perform pg_catalog.set_config('loft.announced_orgs', sent, true);
    -- Dynamic: the function exists only on Supabase.
    execute 'select realtime.send($1, $2, $3, $4)'
      using '{}'::jsonb, 'changed', 'org:' || org::text, true;
  end loop;
  return null;
end
$$;
revoke execute on function private.announce_org_change() from public, anon;

do $$
declare
  t text;
begin
  foreach t in array array['community_posts', 'community_comments'] loop
    execute format('create trigger announce_insert after insert on public.%I
      referencing new table as new_rows for each statement
      execute function private.announce_org_change()', t);
    execute format('create trigger announce_update after update on public.%I
      referencing new table as new_rows for each statement
      execute function private.announce_org_change()', t);
    execute format('create trigger announce_delete after delete on public.%I
      referencing old table as old_rows for each statement
      execute function private.announce_org_change()', t);
  end loop;
end
$$;

-- Only members of the organisation receive its broadcasts (and nobody may send on the channel:
-- no insert policy). Installed where realtime.messages exists; a test may call it on a stand-in.
create function private.install_realtime_policy() returns void
language plpgsql
set search_path = ''
as $$
begin
  if to_regclass('realtime.messages') is null then
    return;
  end if;
  execute 'drop policy if exists org_members_receive_changes on realtime.messages';
  execute $policy$
    create policy org_members_receive_changes on realtime.messages
      for select to authenticated
      using (
        realtime.messages.extension = 'broadcast'
        and case
          when (select realtime.topic()) ~ '^org:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
            then substr((select realtime.topic()), 5)::uuid in (select private.my_org_ids())
          else false
        end
      )
  $policy$;
end
$$;
revoke execute on function private.install_realtime_policy() from public, anon, authenticated;

select private.install_realtime_policy();
