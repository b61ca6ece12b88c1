import type { Metadata } from "next";

export const metadata: Metadata = { title: "Cookie policy" };

export default function CookiePolicy() {
  return (
    <main>
      <h1>Cookie policy</h1>
      <p>Last updated: 4 August 2026</p>
      <p>
        We use as few cookies as we can. Strictly necessary cookies are always on, because the service does not
        work without them. Analytics cookies are only set after you accept them in the banner, and you can change
        your choice at any time with the "Cookie settings" link in the footer.
      </p>
      <table>
        <thead><tr><th>Name</th><th>Purpose</th><th>Category</th><th>Lifetime</th></tr></thead>
        <tbody>
          <tr><td>__Secure-next-auth.session-token</td><td>Keeps you signed in</td><td>Necessary</td><td>8 hours</td></tr>
          <tr><td>__Host-next-auth.csrf-token</td><td>Protects forms against cross-site request forgery</td><td>Necessary</td><td>Session</td></tr>
          <tr><td>cc_cookie</td><td>Remembers your cookie choice</td><td>Necessary</td><td>6 months</td></tr>
          <tr><td>__stripe_mid, __stripe_sid</td><td>Fraud prevention during checkout (set by Stripe)</td><td>Necessary</td><td>1 year / 30 minutes</td></tr>
          <tr><td>_pk_id, _pk_ses</td><td>Privacy-friendly usage statistics (self-hosted Matomo, IP anonymised)</td><td>Analytics</td><td>13 months / 30 minutes</td></tr>
        </tbody>
      </table>
    </main>
  );
}
