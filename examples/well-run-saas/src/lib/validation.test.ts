import { describe, expect, it } from "vitest";
import { createInvoiceSchema, listInvoicesQuery } from "./validation";

const valid = {
  customerId: "clx0000000000000000000000",
  currency: "EUR",
  dueDate: new Date(Date.now() + 14 * 86_400_000).toISOString(),
  lines: [{ description: "Sourdough, 40 loaves", quantity: 40, unitCents: 450 }],
};

describe("createInvoiceSchema", () => {
  it("accepts a well-formed invoice", () => {
    expect(createInvoiceSchema.safeParse(valid).success).toBe(true);
  });

  it("rejects an invoice without lines", () => {
    expect(createInvoiceSchema.safeParse({ ...valid, lines: [] }).success).toBe(false);
  });

  it("rejects negative and fractional amounts", () => {
    const negative = { ...valid, lines: [{ description: "x", quantity: 1, unitCents: -1 }] };
    const fractional = { ...valid, lines: [{ description: "x", quantity: 1.5, unitCents: 100 }] };
    expect(createInvoiceSchema.safeParse(negative).success).toBe(false);
    expect(createInvoiceSchema.safeParse(fractional).success).toBe(false);
  });

  it("strips scripts and event handlers from notes", () => {
    const parsed = createInvoiceSchema.parse({ ...valid, notes: '<p onclick="x()">Thanks!<script>alert(1)</script></p>' });
    expect(parsed.notes).toBe("<p>Thanks!</p>");
  });

  it("rejects unknown currencies", () => {
    expect(createInvoiceSchema.safeParse({ ...valid, currency: "XXX" }).success).toBe(false);
  });
});

describe("listInvoicesQuery", () => {
  it("caps the page size at 100", () => {
    expect(listInvoicesQuery.safeParse({ limit: "500" }).success).toBe(false);
    expect(listInvoicesQuery.parse({}).limit).toBe(25);
  });
});
