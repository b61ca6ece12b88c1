"use client";

import { useState } from "react";
import { signIn } from "next-auth/react";
import { useRouter, useSearchParams } from "next/navigation";

export default function LoginPage() {
  const router = useRouter();
  const next = useSearchParams().get("next") ?? "/dashboard";
  const [needsCode, setNeedsCode] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(form: FormData) {
    const result = await signIn("credentials", {
      email: form.get("email"),
      password: form.get("password"),
      totp: form.get("totp") || undefined,
      redirect: false,
    });
    if (result?.ok) {
      // Only same-site paths: never redirect to a URL taken from the query string.
      router.push(next.startsWith("/") && !next.startsWith("//") ? next : "/dashboard");
      return;
    }
    setNeedsCode(true);
    setError("Those details did not work. If you use an authenticator app, enter its 6-digit code.");
  }

  return (
    <main>
      <h1>Sign in</h1>
      <form action={onSubmit}>
        <label>Email <input name="email" type="email" autoComplete="username" required /></label>
        <label>Password <input name="password" type="password" autoComplete="current-password" required /></label>
        {needsCode && <label>Authenticator code <input name="totp" inputMode="numeric" pattern="\d{6}" /></label>}
        <button type="submit">Sign in</button>
        {error && <p role="alert">{error}</p>}
      </form>
      <a href="/forgot-password">Forgot your password?</a>
    </main>
  );
}
