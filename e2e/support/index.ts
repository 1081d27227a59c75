export { currentSession, signInAs, signOut, type PersonaKey } from "./auth";
