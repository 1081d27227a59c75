export { currentSession, signInAs, signOut, type PersonaKey } from "./auth";
export { requestSignInEmail, signInByEmail } from "./email-sign-in";
