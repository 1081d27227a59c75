// The demo event's sign-in personas (DEMO_MODE=true only). The seed creates one user per persona
// with User.demoPersona = key; the demo sign-in page lists them.
export type DemoPersona = {
  key: string;
  email: string;
  name: string;
  /** What signing in as this persona lets you try. */
  description: string;
};

export const DEMO_PERSONAS: DemoPersona[] = [
  {
    key: "organizer",
    email: "olivia.organizer@podium.example",
    name: "Olivia Okafor",
    description: "Organizer: creates and edits events, tracks, caps, phases; sees everything.",
  },
  {
    key: "chair",
    email: "chen.chair@podium.example",
    name: "Chen Wei",
    description: "Track chair of the Cloud Native track: reviews its ranking after voting.",
  },
  {
    key: "cochair",
    email: "amara.cochair@podium.example",
    name: "Amara Osei",
    description: "Second chair of Platform Days' Cloud Native track: sees Chen's marks beside her own.",
  },
  {
    key: "speaker",
    email: "sam.speaker@nimbusworks.example",
    name: "Samira Haddad",
    description: "Speaker at a big vendor with proposals in the demo event.",
  },
  {
    key: "newcomer",
    email: "noah.newcomer@gmail.example",
    name: "Noah Lindqvist",
    description: "First-time speaker with no proposals yet.",
  },
  {
    key: "admin",
    email: "ada.admin@podium.example",
    name: "Ada Achterberg",
    description: "Administrator: everything an organizer can do, and manages organizers.",
  },
  {
    key: "security-chair",
    email: "sol.security@podium.example",
    name: "Sol Ferreira",
    description: "Track chair of the Security track (not Cloud Native).",
  },
  {
    key: "voter",
    email: "vera.voter@fintrail.example",
    name: "Vera Novak",
    description: "Attendee who votes on an anonymized ballot.",
  },
];

export function findPersona(key: string): DemoPersona | undefined {
  return DEMO_PERSONAS.find((p) => p.key === key);
}
