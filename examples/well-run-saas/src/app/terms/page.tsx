import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Terms of service" };

export default function Terms() {
  return (
    <main>
      <h1>Terms of service</h1>
      <p>Last updated: 4 August 2026</p>

      <h2>1. The service</h2>
      <p>
        Ledgerline lets businesses create, send and track invoices. These terms form a contract between Ledgerline
        Ltd. and the business that opens an account ("you"). You must be acting for a business, not as a consumer.
      </p>

      <h2>2. Your account</h2>
      <p>
        Keep your credentials private and turn on two-factor authentication; owners and admins are required to.
        You are responsible for what your team members do in your organisation.
      </p>

      <h2>3. Fees</h2>
      <p>
        Plans are billed monthly or yearly in advance through Stripe. You can cancel at any time; the plan stays
        active until the end of the paid period. We give 30 days' notice of price changes.
      </p>

      <h2>4. Availability</h2>
      <p>
        We aim for 99.9% monthly availability as described in our service level agreement, excluding announced
        maintenance. Service credits are the only remedy for missing that target.
      </p>

      <h2 id="dpa">5. Data protection</h2>
      <p>
        For the personal data you enter about your customers we are your processor. Our data processing agreement
        (Art. 28 GDPR) is part of these terms and available to download in Settings → Legal. See also
        the <Link href="/privacy">privacy policy</Link>.
      </p>

      <h2>6. Acceptable use</h2>
      <p>
        Do not use Ledgerline to send unsolicited messages, to invoice for illegal goods or services, or to probe or
        overload the service. We may suspend accounts that do, after notice where the law and the situation allow.
      </p>

      <h2>7. Liability</h2>
      <p>
        Each party's total liability in a year is capped at the fees paid in the twelve months before the claim,
        except for intent, gross negligence, injury to life or health, and breaches of data protection duties.
      </p>

      <h2>8. Ending the contract</h2>
      <p>
        On termination you can export your data for 30 days. After that we delete it, except invoices we must keep
        by law, which we store locked until the retention period ends.
      </p>

      <h2>9. Law</h2>
      <p>German law applies; the courts of Berlin have jurisdiction.</p>
    </main>
  );
}
