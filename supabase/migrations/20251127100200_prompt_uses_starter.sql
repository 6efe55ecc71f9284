-- "I used this — it saved me N minutes" (PRODUCT.md P1) for every prompt the library shows, and
-- before the person has joined an organisation.
--
-- Until now a use had to name a row of public.prompts and an organisation, so two honest kinds of
-- use were rejected at sync time (invalid_row):
--   * uses of the starter prompts that ship with the app (src/content/library, ids `lp-…`, which
--     are not rows of public.prompts);
--   * uses recorded in local mode or before joining an organisation (no organisation yet).
-- Minutes saved at prompt reuse are a measured figure, so such uses are kept now:
--   * exactly one of prompt_id (an organisation's prompt) and starter_prompt_id (a starter prompt);
--   * organisation_id is null for a personal use made outside any organisation; when set, it is an
--     organisation the person is a member of (checked by sync_push as not_member, and by RLS);
--   * a use of an organisation's prompt belongs to that prompt's organisation, and the person
--     must be able to see the prompt.
-- Still a personal table: a person reads and writes only their own uses; HR (and everyone else)
-- has no access to the rows — HR will read prompt reuse only through aggregate functions.

alter table public.prompt_uses
  alter column prompt_id drop not null,
  alter column organisation_id drop not null,
  add column starter_prompt_id text,
  add constraint prompt_uses_one_prompt
    check (num_nonnulls(prompt_id, starter_prompt_id) = 1),
  add constraint prompt_uses_starter_prompt_id_format
    check (starter_prompt_id ~ '^lp-[a-z0-9-]{1,80}$'),
  add constraint prompt_uses_org_prompt_has_org
    check (prompt_id is null or organisation_id is not null);

comment on column public.prompt_uses.prompt_id is
  'The organisation''s prompt used (public.prompts); null for a starter prompt.';
comment on column public.prompt_uses.starter_prompt_id is
  'The starter prompt used (shipped with the app, id lp-…); null for an organisation''s prompt.';
comment on column public.prompt_uses.organisation_id is
  'The organisation the use was made in; null for a personal use outside any organisation.';

-- The same rules on insert and on update (a re-sent use is an upsert of the same id).
drop policy prompt_uses_insert on public.prompt_uses;
drop policy prompt_uses_update on public.prompt_uses;

create policy prompt_uses_insert on public.prompt_uses for insert to authenticated
  with check (
    user_id = (select auth.uid())
    and (organisation_id is null or organisation_id in (select private.my_org_ids()))
    -- Runs under the prompts' own RLS: only a prompt the person may see, of the same organisation.
    -- (An organisation's prompt without an organisation is left to prompt_uses_org_prompt_has_org,
    -- so that sync_push answers it invalid_row.)
    and (
      prompt_id is null
      or organisation_id is null
      or exists (
        select 1 from public.prompts p
        where p.id = prompt_uses.prompt_id and p.organisation_id = prompt_uses.organisation_id
      )
    )
  );
create policy prompt_uses_update on public.prompt_uses for update to authenticated
  using (user_id = (select auth.uid()))
  with check (
    user_id = (select auth.uid())
    and (organisation_id is null or organisation_id in (select private.my_org_ids()))
    and (
      prompt_id is null
      or organisation_id is null
      or exists (
        select 1 from public.prompts p
        where p.id = prompt_uses.prompt_id and p.organisation_id = prompt_uses.organisation_id
      )
    )
  );
