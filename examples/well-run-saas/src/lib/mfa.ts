import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { authenticator } from "otplib";
import { env } from "@/lib/env";

authenticator.options = { step: 30, window: 1 };

const key = () => Buffer.from(env.MFA_ENCRYPTION_KEY, "base64");

/** TOTP secrets are stored AES-256-GCM encrypted: iv.ciphertext.tag, base64url. */
export function encryptSecret(secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const data = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return [iv, data, cipher.getAuthTag()].map((b) => b.toString("base64url")).join(".");
}

export function decryptSecret(stored: string): string {
  const [iv, data, tag] = stored.split(".").map((p) => Buffer.from(p, "base64url"));
  const decipher = createDecipheriv("aes-256-gcm", key(), iv!);
  decipher.setAuthTag(tag!);
  return Buffer.concat([decipher.update(data!), decipher.final()]).toString("utf8");
}

export function newTotpSecret(email: string) {
  const secret = authenticator.generateSecret();
  return { secret, otpauthUrl: authenticator.keyuri(email, "Ledgerline", secret) };
}

export function verifyTotp(code: string, encryptedSecret: string): boolean {
  return authenticator.verify({ token: code, secret: decryptSecret(encryptedSecret) });
}
