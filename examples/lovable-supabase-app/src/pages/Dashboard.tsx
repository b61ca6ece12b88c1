import { useEffect, useState } from "react";
import { Navigate } from "react-router-dom";
import { toast } from "sonner";
import { supabase } from "@/integrations/supabase/client";
import type { Database } from "@/integrations/supabase/types";
import { useAuth } from "@/hooks/useAuth";
import ProjectCard from "@/components/ProjectCard";
import { Button } from "@/components/ui/button";

type Project = Database["public"]["Tables"]["projects"]["Row"];

export default function Dashboard() {
  const { user, loading } = useAuth();
  const [projects, setProjects] = useState<Project[]>([]);
  const [title, setTitle] = useState("");
  const [search, setSearch] = useState("");

  const load = async () => {
    const { data, error } = await supabase.from("projects").select("*").order("created_at", { ascending: false });
    if (error) console.log(error);
    setProjects((data ?? []).filter((p) => p.owner_id === user?.id));
  };

  useEffect(() => {
    if (user) load();
  }, [user]);

  const create = async () => {
    if (!title) return;
    const { error } = await supabase.from("projects").insert({ owner_id: user!.id, title });
    if (error) return toast.error(error.message);
    setTitle("");
    load();
  };

  const runSearch = async () => {
    const { data, error } = await supabase.functions.invoke("search-projects", { body: { q: search } });
    if (error) return toast.error("Search failed");
    setProjects(data.projects);
  };

  if (loading) return null;
  if (!user) return <Navigate to="/login" />;

  return (
    <main className="mx-auto max-w-5xl px-6 py-10">
      <div className="mb-6 flex gap-2">
        <input className="flex-1 rounded border p-2" placeholder="New project title"
               value={title} onChange={(e) => setTitle(e.target.value)} />
        <Button onClick={create}>Add project</Button>
      </div>
      <div className="mb-6 flex gap-2">
        <input className="flex-1 rounded border p-2" placeholder="Search projects"
               value={search} onChange={(e) => setSearch(e.target.value)} />
        <Button variant="ghost" onClick={runSearch}>Search</Button>
      </div>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {projects.map((p) => <ProjectCard key={p.id} project={p} />)}
      </div>
    </main>
  );
}
