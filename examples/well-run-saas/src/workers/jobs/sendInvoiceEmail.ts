import type { Job } from "bullmq";
import { Resend } from "resend";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

const resend = new Resend(env.RESEND_API_KEY);

export async function sendInvoiceEmail(job: Job<{ invoiceId: string }>) {
  const invoice = await db.invoice.findUniqueOrThrow({
    where: { id: job.data.invoiceId },
    include: { customer: true, organization: true },
  });
  if (invoice.status !== "SENT") return { skipped: "not sent yet" };
  const { error } = await resend.emails.send(
    {
      from: env.EMAIL_FROM,
      to: invoice.customer.email,
      subject: `Invoice ${invoice.number} from ${invoice.organization.name}`,
      text: `Hello ${invoice.customer.name},\n\nplease find invoice ${invoice.number} at ${env.NEXT_PUBLIC_APP_URL}/i/${invoice.id}.\n`,
    },
    { idempotencyKey: `invoice-email:${invoice.id}` },
  );
  if (error) throw new Error(`email provider: ${error.message}`);
  return { sent: true };
}
