-- Notes on projects, and Stripe subscriptions for the Pro plan

create table public.notes (
  id uuid primary key default gen_random_uuid(),
  project_id uuid not null references public.projects (id) on delete cascade,
  author_id uuid not null references public.profiles (id),
  body_html text not null,
  created_at timestamptz not null default now()
);

alter table public.notes enable row level security;

create policy "Notes are readable with their project"
  on public.notes for select
  to anon, authenticated
  using (exists (select 1 from public.projects p where p.id = project_id));

create policy "Authors can write notes"
  on public.notes for insert
  to authenticated
  with check (auth.uid() = author_id);

-- filled by the stripe-webhook edge function
create table public.subscriptions (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references public.profiles (id),
  stripe_customer_id text,
  stripe_subscription_id text,
  status text not null default 'inactive',
  price_id text,
  current_period_end timestamptz,
  created_at timestamptz not null default now()
);

grant select, insert, update, delete on public.subscriptions to anon, authenticated;

-- full-text search for the search-projects function
create extension if not exists pg_trgm;
