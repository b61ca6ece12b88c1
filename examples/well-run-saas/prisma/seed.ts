// Seeds a local or CI database with one organisation and a user per role. Never run against production:
// the guard below refuses unless APP_ENV is development or test.
import { PrismaClient, Role } from "@prisma/client";
import argon2 from "argon2";

const prisma = new PrismaClient();

async function main() {
  if (!["development", "test"].includes(process.env.APP_ENV ?? "")) {
    throw new Error(`refusing to seed with APP_ENV=${process.env.APP_ENV}`);
  }
  const org = await prisma.organization.create({ data: { name: "Acme Bakery GmbH" } });
  const passwordHash = await argon2.hash("correct-horse-battery-staple");
  for (const role of [Role.OWNER, Role.ADMIN, Role.ACCOUNTANT, Role.VIEWER]) {
    await prisma.user.create({
      data: {
        email: `${role.toLowerCase()}@acme.example`,
        name: `${role[0]}${role.slice(1).toLowerCase()} Tester`,
        passwordHash,
        memberships: { create: { organizationId: org.id, role } },
      },
    });
  }
  await prisma.customer.create({
    data: { organizationId: org.id, name: "Flour & Co", email: "ap@flour.example", vatNumber: "DE000000000" },
  });
}

main().finally(() => prisma.$disconnect());
