import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { apiLimiter, authLimiter } from "@/lib/ratelimit";

const PUBLIC_API = ["/api/health", "/api/auth", "/api/webhooks/stripe"];

export async function middleware(req: NextRequest) {
  const { pathname } = req.nextUrl;
  const ip = req.ip ?? req.headers.get("x-forwarded-for")?.split(",")[0]?.trim() ?? "unknown";

  if (pathname.startsWith("/api/")) {
    const limiter = pathname.startsWith("/api/auth") ? authLimiter : apiLimiter;
    const { success, limit, remaining, reset } = await limiter.limit(ip);
    if (!success) {
      return new NextResponse(JSON.stringify({ error: "rate_limited" }), {
        status: 429,
        headers: {
          "Content-Type": "application/json",
          "RateLimit-Limit": String(limit),
          "RateLimit-Remaining": String(remaining),
          "Retry-After": String(Math.ceil((reset - Date.now()) / 1000)),
        },
      });
    }
    if (PUBLIC_API.some((p) => pathname.startsWith(p))) {
      return NextResponse.next();
    }
  }

  // Defence in depth: route handlers and pages check the session and role again on the server.
  const token = await getToken({ req });
  if (!token) {
    if (pathname.startsWith("/api/")) {
      return NextResponse.json({ error: "unauthenticated" }, { status: 401 });
    }
    return NextResponse.redirect(new URL(`/login?next=${encodeURIComponent(pathname)}`, req.url));
  }
  // Owners and admins without MFA may only reach the enrolment page until they have set it up.
  if (token.mfaPending && !pathname.startsWith("/settings/security") && !pathname.startsWith("/api/mfa")) {
    return NextResponse.redirect(new URL("/settings/security?enrol=required", req.url));
  }
  if (pathname.startsWith("/admin") && token.role !== "ADMIN") {
    return NextResponse.redirect(new URL("/dashboard", req.url));
  }
  return NextResponse.next();
}

export const config = {
  matcher: ["/api/:path*", "/dashboard/:path*", "/invoices/:path*", "/settings/:path*", "/admin/:path*"],
};
