import { useEffect, useState } from "react";
import { Navigate } from "react-router-dom";
import { toast } from "sonner";
import { supabase } from "@/integrations/supabase/client";
import { useAuth } from "@/hooks/useAuth";
import { Button } from "@/components/ui/button";

const ADMIN_EMAILS = (import.meta.env.VITE_ADMIN_EMAILS ?? "").split(",");

export default function Admin() {
  const { user, role, loading } = useAuth();
  const [profiles, setProfiles] = useState<any[]>([]);
  const [subs, setSubs] = useState<any[]>([]);

  const isAdmin = role === "admin" || ADMIN_EMAILS.includes(user?.email ?? "");

  useEffect(() => {
    if (!isAdmin) return;
    supabase.from("profiles").select("*").then(({ data }) => setProfiles(data ?? []));
    supabase.from("subscriptions").select("*").then(({ data }) => setSubs(data ?? []));
  }, [isAdmin]);

  const makeAdmin = async (id: string) => {
    const { error } = await supabase.from("profiles").update({ role: "admin" }).eq("id", id);
    if (error) return toast.error(error.message);
    toast.success("Promoted to admin");
  };

  const removeUser = async (id: string) => {
    await supabase.from("projects").delete().eq("owner_id", id);
    await supabase.from("profiles").delete().eq("id", id);
    setProfiles(profiles.filter((p) => p.id !== id));
  };

  if (loading) return null;
  if (!isAdmin) return <Navigate to="/" />;

  return (
    <main className="mx-auto max-w-5xl px-6 py-10">
      <h1 className="mb-6 text-3xl font-bold">Admin</h1>
      <p className="mb-4 text-sm text-slate-500">
        {profiles.length} users · {subs.filter((s) => s.status === "active").length} paying
      </p>
      <table className="w-full text-left text-sm">
        <thead>
          <tr><th>Email</th><th>Name</th><th>Role</th><th /></tr>
        </thead>
        <tbody>
          {profiles.map((p) => (
            <tr key={p.id} className="border-t">
              <td>{p.email}</td>
              <td>{p.full_name}</td>
              <td>{p.role}</td>
              <td className="space-x-2 text-right">
                <Button variant="ghost" onClick={() => makeAdmin(p.id)}>Make admin</Button>
                <Button variant="danger" onClick={() => removeUser(p.id)}>Delete</Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
