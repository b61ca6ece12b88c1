import { beforeEach, describe, expect, it, vi } from "vitest";

const requireActor = vi.fn();
const findFirst = vi.fn();
const create = vi.fn();

vi.mock("@/lib/session", () => ({ requireActor }));
vi.mock("@/lib/cache", () => ({ invalidate: vi.fn() }));
vi.mock("@/lib/queue", () => ({ emailQueue: { add: vi.fn() } }));
vi.mock("@/lib/metrics", () => ({ invoicesCreated: { add: vi.fn() }, invoiceAmountCents: { add: vi.fn() } }));
vi.mock("@/lib/http", async () => {
  const { NextResponse } = await import("next/server");
  return {
    handleError: (err: { status?: number; message: string }) =>
      NextResponse.json({ error: err.message }, { status: err.status ?? 500 }),
  };
});
vi.mock("@/lib/db", () => ({
  db: {
    customer: { findFirst },
    $transaction: (fn: (tx: unknown) => unknown) =>
      fn({ invoice: { count: vi.fn().mockResolvedValue(41), create } }),
  },
}));

const { POST } = await import("./route");

const body = {
  customerId: "clx0000000000000000000000",
  currency: "EUR",
  dueDate: new Date(Date.now() + 86_400_000 * 7).toISOString(),
  lines: [{ description: "Croissants", quantity: 100, unitCents: 120 }],
};

function post(payload: unknown) {
  return POST(new Request("http://test/api/invoices", { method: "POST", body: JSON.stringify(payload) }));
}

describe("POST /api/invoices", () => {
  beforeEach(() => {
    vi.clearAllMocks();
    requireActor.mockResolvedValue({ userId: "u1", organizationId: "org1", role: "ACCOUNTANT" });
  });

  it("refuses callers without invoice:write", async () => {
    requireActor.mockRejectedValue(Object.assign(new Error("missing permission invoice:write"), { status: 403 }));
    expect((await post(body)).status).toBe(403);
    expect(create).not.toHaveBeenCalled();
  });

  it("will not invoice a customer of another organisation", async () => {
    findFirst.mockResolvedValue(null);
    expect((await post(body)).status).toBe(404);
    expect(findFirst).toHaveBeenCalledWith({ where: { id: body.customerId, organizationId: "org1" } });
  });

  it("numbers the invoice and computes the total on the server", async () => {
    findFirst.mockResolvedValue({ id: body.customerId });
    create.mockImplementation(({ data }) => Promise.resolve({ id: "inv1", ...data }));
    const res = await post(body);
    expect(res.status).toBe(201);
    const json = await res.json();
    expect(json.number).toBe("INV-00042");
    expect(json.totalCents).toBe(12_000);
  });
});
