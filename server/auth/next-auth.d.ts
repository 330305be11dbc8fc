import type { Role } from "../../entities/users";

declare module "next-auth" {
  interface Session {
    user?: { id: string; email: string; name: string; role: Role };
  }
}
