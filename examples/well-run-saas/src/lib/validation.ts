import { z } from "zod";
import DOMPurify from "isomorphic-dompurify";

const cents = z.number().int().min(0).max(100_000_000);

export const invoiceLineSchema = z.object({
  description: z.string().trim().min(1).max(500),
  quantity: z.number().int().min(1).max(10_000),
  unitCents: cents,
});

export const createInvoiceSchema = z.object({
  customerId: z.string().cuid(),
  currency: z.enum(["EUR", "USD", "GBP", "CHF"]),
  dueDate: z.coerce.date().refine((d) => d.getTime() > Date.now() - 86_400_000, "due date in the past"),
  notes: z
    .string()
    .max(5_000)
    .optional()
    .transform((html) => (html ? DOMPurify.sanitize(html, { ALLOWED_TAGS: ["b", "i", "em", "strong", "p", "br", "ul", "li", "a"] }) : html)),
  lines: z.array(invoiceLineSchema).min(1).max(200),
});

export const updateInvoiceStatusSchema = z.object({
  status: z.enum(["SENT", "PAID", "VOID"]),
});

export const listInvoicesQuery = z.object({
  status: z.enum(["DRAFT", "SENT", "PAID", "VOID"]).optional(),
  cursor: z.string().cuid().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
});

export const checkoutSchema = z.object({
  plan: z.enum(["starter", "growth"]),
});

export type CreateInvoice = z.infer<typeof createInvoiceSchema>;
