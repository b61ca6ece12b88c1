"use client";

import { useState } from "react";

// Enrolment: the server creates a secret, the user adds it to an app, then proves it works with one code.
export default function SecuritySettings() {
  const [otpauthUrl, setOtpauthUrl] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  async function start() {
    const res = await fetch("/api/mfa", { method: "POST" });
    setOtpauthUrl((await res.json()).otpauthUrl);
  }

  async function confirm(form: FormData) {
    const res = await fetch("/api/mfa", { method: "PUT", body: JSON.stringify({ code: form.get("code") }) });
    setDone(res.ok);
  }

  return (
    <main>
      <h1>Two-factor authentication</h1>
      {done ? (
        <p>Two-factor authentication is on. You will need your authenticator app each time you sign in.</p>
      ) : otpauthUrl ? (
        <form action={confirm}>
          <p>Add this key to your authenticator app: <code>{otpauthUrl}</code></p>
          <label>6-digit code <input name="code" inputMode="numeric" pattern="\d{6}" required /></label>
          <button type="submit">Turn on</button>
        </form>
      ) : (
        <button onClick={start}>Set up an authenticator app</button>
      )}
    </main>
  );
}
