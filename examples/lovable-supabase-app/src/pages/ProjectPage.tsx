import { useEffect, useState } from "react";
import { useParams } from "react-router-dom";
import { supabase } from "@/integrations/supabase/client";
import type { Database } from "@/integrations/supabase/types";
import { useAuth } from "@/hooks/useAuth";
import NoteView from "@/components/NoteView";
import { Button } from "@/components/ui/button";

type Project = Database["public"]["Tables"]["projects"]["Row"];
type Note = Database["public"]["Tables"]["notes"]["Row"];

export default function ProjectPage() {
  const { id } = useParams();
  const { user } = useAuth();
  const [project, setProject] = useState<Project | null>(null);
  const [notes, setNotes] = useState<Note[]>([]);
  const [draft, setDraft] = useState("");

  useEffect(() => {
    supabase.from("projects").select("*").eq("id", id!).single().then(({ data }) => setProject(data));
    supabase.from("notes").select("*").eq("project_id", id!).then(({ data }) => setNotes(data ?? []));
  }, [id]);

  const addNote = async () => {
    // the editor gives us HTML (bold, links, images)
    await supabase.from("notes").insert({ project_id: id!, author_id: user!.id, body_html: draft });
    setDraft("");
    const { data } = await supabase.from("notes").select("*").eq("project_id", id!);
    setNotes(data ?? []);
  };

  if (!project) return <p className="p-10">Loading…</p>;

  return (
    <main className="mx-auto max-w-3xl px-6 py-10">
      <h1 className="text-3xl font-bold">{project.title}</h1>
      <p className="mt-2 text-slate-600">{project.description}</p>
      <section className="mt-8 space-y-4">
        {notes.map((n) => <NoteView key={n.id} note={n} />)}
      </section>
      {user && (
        <div className="mt-6 space-y-2">
          <textarea className="h-32 w-full rounded border p-2" value={draft}
                    onChange={(e) => setDraft(e.target.value)} placeholder="<p>Write a note…</p>" />
          <Button onClick={addNote}>Save note</Button>
        </div>
      )}
    </main>
  );
}
