import { useState } from "react";
import { useNavigate, Link } from "react-router-dom";
import { toast } from "sonner";
import { supabase } from "@/integrations/supabase/client";
import { Button } from "@/components/ui/button";

export default function Login() {
  const navigate = useNavigate();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);

  const onSubmit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const { error } = await supabase.auth.signInWithPassword({ email, password });
    setBusy(false);
    if (error) {
      console.log("login failed", email, error);
      toast.error(error.message);
      return;
    }
    navigate("/dashboard");
  };

  return (
    <main className="mx-auto max-w-sm px-6 py-16">
      <h1 className="mb-6 text-2xl font-bold">Welcome back</h1>
      <form onSubmit={onSubmit} className="space-y-4">
        <input className="w-full rounded border p-2" type="email" placeholder="you@example.com"
               value={email} onChange={(e) => setEmail(e.target.value)} />
        <input className="w-full rounded border p-2" type="password" placeholder="Password"
               value={password} onChange={(e) => setPassword(e.target.value)} />
        <Button type="submit" disabled={busy} className="w-full">Log in</Button>
      </form>
      <p className="mt-4 text-sm">No account? <Link to="/signup" className="text-brand">Sign up</Link></p>
    </main>
  );
}
