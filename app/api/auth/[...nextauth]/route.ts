import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

const handler = NextAuth(authOptions);

// next-auth 4 reads params.nextauth synchronously; Next.js 16 passes params as a promise.
async function auth(request: Request, context: { params: Promise<{ nextauth: string[] }> }) {
  return handler(request, { params: await context.params });
}

export { auth as GET, auth as POST };
