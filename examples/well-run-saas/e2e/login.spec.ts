import { expect, test } from "@playwright/test";

// Users come from prisma/seed.ts.
const PASSWORD = "correct-horse-battery-staple";

test("a viewer signs in and sees the overview", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill("viewer@acme.example");
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard/);
  await expect(page.getByRole("heading", { name: "Overview" })).toBeVisible();
});

test("a wrong password is refused without saying which part was wrong", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill("viewer@acme.example");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert")).toContainText("Those details did not work");
  await expect(page).toHaveURL(/\/login/);
});

test("an owner without MFA is sent to enrol before anything else", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill("owner@acme.example");
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/settings\/security\?enrol=required/);
});

test("the admin area is closed to viewers", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill("viewer@acme.example");
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.goto("/admin");
  await expect(page).not.toHaveURL(/\/admin/);
});
