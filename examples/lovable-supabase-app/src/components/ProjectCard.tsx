import { Link } from "react-router-dom";
import type { Database } from "@/integrations/supabase/types";

type Project = Database["public"]["Tables"]["projects"]["Row"];

export default function ProjectCard({ project }: { project: Project }) {
  return (
    <Link to={`/projects/${project.id}`} className="block rounded-lg border bg-white p-4 shadow-sm hover:shadow">
      <h3 className="font-semibold">{project.title}</h3>
      <p className="mt-1 text-sm text-slate-600">{project.description ?? "No description yet"}</p>
      <span className="mt-3 inline-block text-xs text-slate-400">
        {project.is_public ? "Public" : "Private"} · {new Date(project.created_at).toLocaleDateString()}
      </span>
    </Link>
  );
}
