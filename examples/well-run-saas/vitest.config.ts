import { defineConfig } from "vitest/config";
import path from "node:path";

export default defineConfig({
  test: {
    environment: "node",
    include: ["src/**/*.test.ts"],
    coverage: {
      provider: "v8",
      include: ["src/lib/**", "src/app/api/**"],
      thresholds: { lines: 80, functions: 80, branches: 70 },
    },
  },
  resolve: { alias: { "@": path.resolve(__dirname, "src") } },
});
