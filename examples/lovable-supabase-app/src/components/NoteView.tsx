import type { Database } from "@/integrations/supabase/types";

type Note = Database["public"]["Tables"]["notes"]["Row"];

// Notes are written in the rich text editor and saved as HTML, so we render them as-is.
export default function NoteView({ note }: { note: Note }) {
  return (
    <article className="rounded-md border bg-white p-4">
      <div className="prose" dangerouslySetInnerHTML={{ __html: note.body_html }} />
      <footer className="mt-2 text-xs text-slate-400">{new Date(note.created_at).toLocaleString()}</footer>
    </article>
  );
}
