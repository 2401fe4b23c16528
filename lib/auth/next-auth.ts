import "server-only";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { env } from "../env";
import { POLICY } from "../security-policy";
import { sessionCookie } from "../sessions/session-cookie";

// next-auth carries the cookie; the session itself lives in our database. The only "credential"
// is a session token our own code has just created (after the checks in lib/registration or
// lib/auth), and the JWT holds nothing but that opaque token.
//
// Only server code calls these (lib/auth/current-session.ts): next-auth's HTTP routes are not
// mounted. Under /api/auth they would hand the token to any script in the page (GET session),
// turn a token into a cookie for whoever posts it (the credentials callback), and clear the
// cookie without ending the session (signout). Do not add app/api/auth/[...nextauth].

declare module "next-auth" {
  interface Session {
    sessionToken?: string;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  const cookie = sessionCookie();
  return {
    secret: env().AUTH_SECRET,
    trustHost: true,
    session: { strategy: "jwt", maxAge: POLICY.session.absoluteMs / 1000 },
    cookies: {
      sessionToken: { name: cookie.name, options: { httpOnly: true, sameSite: "lax", path: "/", secure: cookie.secure } },
    },
    pages: { signIn: "/sign-in", error: "/sign-in" },
    providers: [
      Credentials({
        id: "session-token",
        credentials: { token: {} },
        // Only startBrowserSession calls this, with a token its caller created a moment ago (no HTTP
        // route reaches it), so it is not read back; every request checks it (currentSession).
        authorize(credentials) {
          const token = typeof credentials?.token === "string" ? credentials.token : "";
          return token ? { id: token } : null;
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user?.id) return { sessionToken: user.id };
        return { sessionToken: token.sessionToken };
      },
      session({ session, token }) {
        return { expires: session.expires, sessionToken: token.sessionToken as string | undefined };
      },
    },
  };
});
