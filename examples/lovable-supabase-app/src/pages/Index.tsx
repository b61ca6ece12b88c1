import { Link } from "react-router-dom";
import { Button } from "@/components/ui/button";

export default function Index() {
  return (
    <main className="mx-auto max-w-3xl px-6 py-24 text-center">
      <h1 className="text-5xl font-bold tracking-tight">Your side projects, finally organised.</h1>
      <p className="mt-6 text-lg text-slate-600">
        Projectly keeps every idea, task and note in one calm place. Free for three projects, Pro for everything.
      </p>
      <div className="mt-10 flex justify-center gap-4">
        <Link to="/signup"><Button>Start free</Button></Link>
        <Link to="/pricing"><Button variant="ghost">See pricing</Button></Link>
      </div>
    </main>
  );
}
