// A real OpenID Connect provider (the `oidc-provider` package) on localhost, with its built-in
// login and consent forms: any login name signs in as <login>@sso.example.org.
import http from "node:http";
import Provider from "oidc-provider";

export async function startOidcProvider(args: {
  port: number;
  redirectUri: string;
  clientId: string;
  clientSecret: string;
}) {
  const issuer = `http://127.0.0.1:${args.port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: args.clientId,
        client_secret: args.clientSecret,
        redirect_uris: [args.redirectUri],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    async findAccount(_ctx, sub) {
      return {
        accountId: sub,
        async claims() {
          return { sub, email: `${sub}@sso.example.org`, email_verified: true, name: `SSO ${sub}` };
        },
      };
    },
    // Podium reads the profile from the ID token (next-auth idToken: true): put the claims there.
    conformIdTokenClaims: false,
    cookies: { keys: ["podium-e2e-oidc-cookie-key"] },
    features: { devInteractions: { enabled: true } },
  });
  const server = http.createServer(provider.callback());
  await new Promise<void>((resolve) => server.listen(args.port, "127.0.0.1", resolve));
  return {
    issuer,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
