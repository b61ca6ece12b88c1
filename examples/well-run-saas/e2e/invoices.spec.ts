import { expect, test } from "@playwright/test";

test.describe("invoices API", () => {
  test("requires a session", async ({ request }) => {
    const res = await request.get("/api/invoices");
    expect(res.status()).toBe(401);
  });

  test("an accountant creates an invoice and reads it back", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill("accountant@acme.example");
    await page.getByLabel("Password").fill("correct-horse-battery-staple");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/dashboard/);

    const customers = await page.request.get("/api/customers");
    const customerId = (await customers.json()).customers[0].id;
    const created = await page.request.post("/api/invoices", {
      data: {
        customerId,
        currency: "EUR",
        dueDate: new Date(Date.now() + 14 * 86_400_000).toISOString(),
        lines: [{ description: "Rye bread", quantity: 10, unitCents: 390 }],
      },
    });
    expect(created.status()).toBe(201);
    const invoice = await created.json();
    expect(invoice.totalCents).toBe(3900);

    const fetched = await page.request.get(`/api/invoices/${invoice.id}`);
    expect((await fetched.json()).number).toBe(invoice.number);
  });
});
