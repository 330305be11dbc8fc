import "reflect-metadata";

// Tests never send real mail, and run the rate limits unless a test turns them off.
process.env.NEXTAUTH_SECRET ??= "test-secret-test-secret-test-secret-0123";
delete process.env.SMTP_URL;
