import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Privacy policy" };

// Reviewed by our external counsel (Kanzlei Weber & Partner) on 2026-08-04. Changes go through legal@.
export default function PrivacyPolicy() {
  return (
    <main>
      <h1>Privacy policy</h1>
      <p>Last updated: 4 August 2026</p>

      <h2>Who we are</h2>
      <p>
        Ledgerline Ltd. (Friedrichstraße 00, 10117 Berlin, Germany) runs the Ledgerline invoicing service. For the
        personal data of our own account holders we are the controller. For the data you enter about your
        customers we act as your processor under our <Link href="/terms#dpa">data processing agreement</Link>.
        Our data protection officer is reachable at dpo@ledgerline.example.
      </p>

      <h2>What we collect and why</h2>
      <ul>
        <li>Account data (name, work email, password hash, optional authenticator secret) to let you sign in and
          keep your account secure. Legal basis: performance of our contract with you.</li>
        <li>Billing data (company name, address, VAT number). Card details go directly to Stripe and never reach
          our servers. Legal basis: contract, and our legal duty to keep tax records.</li>
        <li>Customer and invoice data you enter, processed only on your instructions.</li>
        <li>Security logs (sign-ins, IP address, role changes) to detect and investigate misuse. Legal basis: our
          legitimate interest in keeping the service secure.</li>
        <li>Analytics cookies only if you accept them in the cookie banner. See the <Link href="/cookies">cookie
          policy</Link>.</li>
      </ul>

      <h2>How long we keep it</h2>
      <p>
        Account data for as long as your account exists, then 30 days. Invoices for 10 years, because German and
        EU tax law requires it. Security logs for 400 days. Backups roll off after 35 days.
      </p>

      <h2>Who we share it with</h2>
      <p>
        Only the sub-processors listed at <a href="https://ledgerline.example/subprocessors">ledgerline.example/subprocessors</a>,
        each under a data processing agreement. Data is stored in the EU (AWS Frankfurt, backups in AWS Ireland).
        Where a sub-processor is outside the EU we rely on the EU-US Data Privacy Framework or Standard
        Contractual Clauses.
      </p>

      <h2>Your rights</h2>
      <p>
        You can access, correct, export, restrict or delete your data, and object to processing based on
        legitimate interest. Export and deletion are self-service under Settings → Account; anything else, email
        privacy@ledgerline.example and we will answer within 30 days. You can also complain to your data
        protection authority.
      </p>

      <h2>California residents</h2>
      <p>
        We do not sell or share personal information as the CCPA defines those terms. California residents have the
        right to know, delete and correct their information and will not be treated differently for using them.
      </p>
    </main>
  );
}
