import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { withSignInAnswers } from "@/lib/auth/sign-in-exchange";

const auth = withSignInAnswers(NextAuth(authOptions));

export { auth as GET, auth as POST };
