import { useState } from "react";
import { useNavigate } from "react-router-dom";
import { toast } from "sonner";
import { supabase } from "@/integrations/supabase/client";
import { Button } from "@/components/ui/button";

export default function Signup() {
  const navigate = useNavigate();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [name, setName] = useState("");

  const onSubmit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (password.length < 6) {
      toast.error("Password must be at least 6 characters");
      return;
    }
    const { data, error } = await supabase.auth.signUp({ email, password });
    if (error) {
      toast.error(error.message);
      return;
    }
    if (data.user) {
      await supabase.from("profiles").insert({ id: data.user.id, email, full_name: name });
    }
    toast.success("Account created!");
    navigate("/dashboard");
  };

  return (
    <main className="mx-auto max-w-sm px-6 py-16">
      <h1 className="mb-6 text-2xl font-bold">Create your account</h1>
      <form onSubmit={onSubmit} className="space-y-4">
        <input className="w-full rounded border p-2" placeholder="Your name"
               value={name} onChange={(e) => setName(e.target.value)} />
        <input className="w-full rounded border p-2" type="email" placeholder="you@example.com"
               value={email} onChange={(e) => setEmail(e.target.value)} />
        <input className="w-full rounded border p-2" type="password" placeholder="Password (6+ characters)"
               value={password} onChange={(e) => setPassword(e.target.value)} />
        <Button type="submit" className="w-full">Sign up</Button>
      </form>
    </main>
  );
}
