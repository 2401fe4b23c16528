import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    // Evidence uploads are up to 10 MB per file (lib/evidence/upload-rules.ts) and a message's
    // attachments up to 10 MB together (lib/messages/message-rules.ts); the form's own fields and
    // multipart framing need a little more. Larger uploads get a clear message in the browser
    // before they are sent.
    serverActions: { bodySizeLimit: "11mb" },
    // proxy.ts sees every request: its copy of the body must hold a whole upload too.
    proxyClientMaxBodySize: "11mb",
  },
  serverExternalPackages: ["argon2", "@electric-sql/pglite", "@electric-sql/pglite-socket", "pg", "twilio", "nodemailer", "pino"],
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
