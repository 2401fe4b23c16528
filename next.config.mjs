import { BODY_SIZE_LIMIT } from "./lib/http/body-size-limit.mjs";

// JavaScript, not TypeScript: Next.js compiles a next.config.ts with its native compiler (SWC) each
// time a server starts, which keeps about 26 MiB of the compiler in every production process.

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // See lib/http/body-size-limit.mjs. Larger uploads get a clear message in the browser before
    // they are sent, and the portal's server answers a larger body with 413 and a page.
    serverActions: { bodySizeLimit: BODY_SIZE_LIMIT },
  },
  serverExternalPackages: [
    "argon2",
    "@electric-sql/pglite",
    "@electric-sql/pglite-socket",
    "pg",
    "twilio",
    "nodemailer",
    "pino",
    "graphile-worker",
    "prom-client",
  ],
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
        ],
      },
    ];
  },
};

export default nextConfig;
