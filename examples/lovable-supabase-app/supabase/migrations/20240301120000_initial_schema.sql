-- Projectly: initial schema (profiles + projects)

create table public.profiles (
  id uuid primary key references auth.users (id) on delete cascade,
  email text,
  full_name text,
  role text not null default 'user',
  created_at timestamptz not null default now()
);

alter table public.profiles enable row level security;

create policy "Users can view their own profile"
  on public.profiles for select
  to authenticated
  using (auth.uid() = id);

create policy "Users can insert their own profile"
  on public.profiles for insert
  to authenticated
  with check (auth.uid() = id);

create policy "Users can update their own profile"
  on public.profiles for update
  to authenticated
  using (auth.uid() = id);

create table public.projects (
  id uuid primary key default gen_random_uuid(),
  owner_id uuid not null references public.profiles (id),
  title text not null,
  description text,
  is_public boolean not null default false,
  created_at timestamptz not null default now()
);

alter table public.projects enable row level security;

-- so the landing page + share links work without logging in
create policy "Anyone can read projects"
  on public.projects for select
  to anon, authenticated
  using (true);

create policy "Owners can insert projects"
  on public.projects for insert
  to authenticated
  with check (auth.uid() = owner_id);

create policy "Owners can update projects"
  on public.projects for update
  to authenticated
  using (auth.uid() = owner_id);

create policy "Owners can delete projects"
  on public.projects for delete
  to authenticated
  using (auth.uid() = owner_id);
