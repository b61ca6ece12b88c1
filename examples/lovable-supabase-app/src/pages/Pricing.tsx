import { toast } from "sonner";
import { Check } from "lucide-react";
import { useAuth } from "@/hooks/useAuth";
import { startCheckout } from "@/lib/stripe";
import { Button } from "@/components/ui/button";

const FEATURES = ["Unlimited projects", "Rich text notes", "Project search", "Priority support"];

export default function Pricing() {
  const { user } = useAuth();

  const upgrade = async (plan: "pro_monthly" | "pro_yearly") => {
    if (!user) return toast.error("Please log in first");
    try {
      await startCheckout(plan);
    } catch (err) {
      console.error(err);
      toast.error("Could not start checkout");
    }
  };

  return (
    <main className="mx-auto max-w-3xl px-6 py-16">
      <h1 className="text-center text-4xl font-bold">Go Pro</h1>
      <div className="mt-10 grid gap-6 sm:grid-cols-2">
        <div className="rounded-xl border bg-white p-6">
          <h2 className="text-xl font-semibold">Monthly</h2>
          <p className="mt-2 text-3xl font-bold">$9<span className="text-base font-normal">/mo</span></p>
          <Button className="mt-6 w-full" onClick={() => upgrade("pro_monthly")}>Upgrade</Button>
        </div>
        <div className="rounded-xl border-2 border-brand bg-white p-6">
          <h2 className="text-xl font-semibold">Yearly</h2>
          <p className="mt-2 text-3xl font-bold">$90<span className="text-base font-normal">/yr</span></p>
          <Button className="mt-6 w-full" onClick={() => upgrade("pro_yearly")}>Upgrade</Button>
        </div>
      </div>
      <ul className="mx-auto mt-10 max-w-xs space-y-2">
        {FEATURES.map((f) => (
          <li key={f} className="flex items-center gap-2"><Check size={16} className="text-brand" /> {f}</li>
        ))}
      </ul>
    </main>
  );
}
