// What this portal puts in next-auth's user (from authorize) and its JWT: the session version, and the session's id.
import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface User { sv?: number }
}

declare module "next-auth/jwt" {
  interface JWT { sv?: number; sid?: string }
}
