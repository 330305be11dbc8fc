import NextAuth from "next-auth";
import { server } from "../../../lib/server";

export const dynamic = "force-dynamic";

function handler(req: Request, ctx: { params: Promise<{ nextauth: string[] }> }) {
  return NextAuth(server().authOptions())(req, ctx);
}

export { handler as GET, handler as POST };
