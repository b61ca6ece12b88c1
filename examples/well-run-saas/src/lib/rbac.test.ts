import { describe, expect, it } from "vitest";
import { assertCan, can, ForbiddenError } from "./rbac";

describe("rbac", () => {
  it("lets viewers read but not write", () => {
    expect(can("VIEWER", "invoice:read")).toBe(true);
    expect(can("VIEWER", "invoice:write")).toBe(false);
  });

  it("keeps voiding invoices and billing away from accountants", () => {
    expect(can("ACCOUNTANT", "invoice:write")).toBe(true);
    expect(can("ACCOUNTANT", "invoice:void")).toBe(false);
    expect(can("ACCOUNTANT", "billing:manage")).toBe(false);
  });

  it("reserves deleting the organisation to its owner", () => {
    expect(can("OWNER", "org:delete")).toBe(true);
    expect(can("ADMIN", "org:delete")).toBe(false);
  });

  it("throws a 403 error when a permission is missing", () => {
    expect(() => assertCan("VIEWER", "member:manage")).toThrow(ForbiddenError);
    try {
      assertCan("VIEWER", "member:manage");
    } catch (e) {
      expect((e as ForbiddenError).status).toBe(403);
    }
  });
});
