import "reflect-metadata";
import { tmpdir } from "node:os";
import path from "node:path";

// Tests never send real mail, and run the rate limits unless a test turns them off.
process.env.NEXTAUTH_SECRET ??= "test-secret-test-secret-test-secret-0123";
delete process.env.SMTP_URL;

// Files stored by tests (the demo seed's generated photos, uploads) go to a temporary
// folder, never into the working copy's .data/storage.
process.env.STORAGE_DIR ??= path.join(tmpdir(), "pestor-test-storage");
