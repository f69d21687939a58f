// What this portal puts in next-auth's user (from authorize) and its JWT: the session version.
import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface User { sv?: number }
}

declare module "next-auth/jwt" {
  interface JWT { sv?: number }
}
