import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import argon2 from "argon2";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db";
import { audit } from "@/lib/audit";
import { verifyTotp } from "@/lib/mfa";
import { env } from "@/lib/env";

const MAX_FAILED_LOGINS = 5;
const LOCKOUT_MINUTES = 15;
const SESSION_SECONDS = 8 * 60 * 60;

const credentials = z.object({
  email: z.string().email().max(254),
  password: z.string().min(1).max(256),
  totp: z.string().regex(/^\d{6}$/).optional(),
});

export const authOptions: NextAuthOptions = {
  secret: env.NEXTAUTH_SECRET,
  // Short-lived JWT sessions, refreshed while the user is active; idle sessions end after 8 hours.
  session: { strategy: "jwt", maxAge: SESSION_SECONDS, updateAge: 15 * 60 },
  useSecureCookies: env.APP_ENV !== "development",
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: {}, password: {}, totp: {} },
      async authorize(raw, req) {
        const parsed = credentials.safeParse(raw);
        if (!parsed.success) return null;
        const { email, password, totp } = parsed.data;
        const ip = (req.headers?.["x-forwarded-for"] as string | undefined)?.split(",")[0];

        const user = await db.user.findUnique({ where: { email: email.toLowerCase() }, include: { memberships: true } });
        if (!user) {
          await argon2.hash(password); // same work as a real check, so timing does not reveal accounts
          await audit("auth.login.failure", { ip, metadata: { reason: "unknown-user" } });
          return null;
        }
        if (user.lockedUntil && user.lockedUntil > new Date()) {
          await audit("auth.login.failure", { actorId: user.id, ip, metadata: { reason: "locked" } });
          return null;
        }
        if (!(await argon2.verify(user.passwordHash, password))) {
          const failed = user.failedLogins + 1;
          const lock = failed >= MAX_FAILED_LOGINS;
          await db.user.update({
            where: { id: user.id },
            data: { failedLogins: lock ? 0 : failed, lockedUntil: lock ? new Date(Date.now() + LOCKOUT_MINUTES * 60_000) : null },
          });
          await audit(lock ? "auth.lockout" : "auth.login.failure", { actorId: user.id, ip });
          return null;
        }
        if (user.mfaSecretEnc) {
          if (!totp || !verifyTotp(totp, user.mfaSecretEnc)) {
            await audit("auth.mfa.failure", { actorId: user.id, ip });
            return null;
          }
        }
        await db.user.update({ where: { id: user.id }, data: { failedLogins: 0, lockedUntil: null, lastLoginAt: new Date() } });
        await audit("auth.login.success", { actorId: user.id, ip });

        const membership = user.memberships[0];
        const privileged = membership && (membership.role === "OWNER" || membership.role === "ADMIN");
        return {
          id: user.id,
          email: user.email,
          name: user.name,
          organizationId: membership?.organizationId,
          role: membership?.role ?? "VIEWER",
          // Owners and admins must enrol in MFA before they can use the app.
          mfaPending: Boolean(privileged && !user.mfaSecretEnc),
        };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        // A server-side row per signed-in device makes JWT sessions revocable (sign out everywhere,
        // member removal, account deletion): requireActor() rejects tokens whose row is gone.
        const row = await db.session.create({
          data: { sessionToken: randomBytes(32).toString("base64url"), userId: user.id, expires: new Date(Date.now() + SESSION_SECONDS * 1000) },
        });
        token.sid = row.sessionToken;
        token.organizationId = (user as any).organizationId;
        token.role = (user as any).role;
        token.mfaPending = (user as any).mfaPending;
      }
      return token;
    },
    async session({ session, token }) {
      session.user = { ...session.user, id: token.sub, sid: token.sid, organizationId: token.organizationId, role: token.role } as any;
      return session;
    },
  },
};
