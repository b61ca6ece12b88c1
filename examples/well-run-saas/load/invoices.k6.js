// k6 load test: the busiest real-world mix (dashboard + invoice list + create), against staging.
// Pass criteria match our SLOs: p95 < 300 ms for reads, < 600 ms for writes, < 0.5% errors.
import http from "k6/http";
import { check, sleep } from "k6";

const BASE_URL = __ENV.BASE_URL || "https://staging.ledgerline.example";
const TARGET_RPS = Number(__ENV.TARGET_RPS || 150);

export const options = {
  scenarios: {
    ramp: {
      executor: "ramping-arrival-rate",
      startRate: 10,
      timeUnit: "1s",
      preAllocatedVUs: 100,
      maxVUs: 400,
      stages: [
        { target: TARGET_RPS / 2, duration: "3m" },
        { target: TARGET_RPS, duration: "5m" },
        { target: TARGET_RPS * 2, duration: "2m" }, // spike: twice the planned peak
        { target: 0, duration: "1m" },
      ],
    },
  },
  thresholds: {
    "http_req_failed": ["rate<0.005"],
    "http_req_duration{kind:read}": ["p(95)<300"],
    "http_req_duration{kind:write}": ["p(95)<600"],
  },
};

// Signs in once as the dedicated load-test user (staging only) and shares its session cookie.
export function setup() {
  const csrf = http.get(`${BASE_URL}/api/auth/csrf`).json("csrfToken");
  const res = http.post(`${BASE_URL}/api/auth/callback/credentials`, {
    csrfToken: csrf,
    email: __ENV.LOADTEST_EMAIL,
    password: __ENV.LOADTEST_PASSWORD,
  });
  const session = res.cookies["__Secure-next-auth.session-token"];
  if (!session) throw new Error("load-test sign-in failed");
  return { cookie: `__Secure-next-auth.session-token=${session[0].value}` };
}

export default function (data) {
  const headers = { Cookie: data.cookie, "Content-Type": "application/json" };
  const r = Math.random();
  if (r < 0.6) {
    const res = http.get(`${BASE_URL}/api/invoices?limit=25`, { headers, tags: { kind: "read" } });
    check(res, { "list 200": (x) => x.status === 200 });
  } else if (r < 0.9) {
    const res = http.get(`${BASE_URL}/dashboard`, { headers, tags: { kind: "read" } });
    check(res, { "dashboard 200": (x) => x.status === 200 });
  } else {
    const res = http.post(
      `${BASE_URL}/api/invoices`,
      JSON.stringify({
        customerId: __ENV.LOADTEST_CUSTOMER_ID,
        currency: "EUR",
        dueDate: new Date(Date.now() + 14 * 86400000).toISOString(),
        lines: [{ description: "load test", quantity: 1, unitCents: 100 }],
      }),
      { headers, tags: { kind: "write" } },
    );
    check(res, { "create 201": (x) => x.status === 201 });
  }
  sleep(0.1);
}

export function handleSummary(data) {
  return { "summary.json": JSON.stringify(data, null, 2) };
}
