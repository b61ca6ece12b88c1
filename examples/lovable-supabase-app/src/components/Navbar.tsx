import { Link } from "react-router-dom";
import { Rocket } from "lucide-react";
import { useAuth } from "@/hooks/useAuth";
import { Button } from "@/components/ui/button";

export default function Navbar() {
  const { user, role, signOut } = useAuth();
  return (
    <nav className="flex items-center justify-between border-b bg-white px-6 py-3">
      <Link to="/" className="flex items-center gap-2 font-semibold text-brand">
        <Rocket size={18} /> Projectly
      </Link>
      <div className="flex items-center gap-4 text-sm">
        <Link to="/pricing">Pricing</Link>
        {user && <Link to="/dashboard">Dashboard</Link>}
        {role === "admin" && <Link to="/admin">Admin</Link>}
        {user ? (
          <Button variant="ghost" onClick={signOut}>Sign out</Button>
        ) : (
          <Link to="/login">Log in</Link>
        )}
      </div>
    </nav>
  );
}
