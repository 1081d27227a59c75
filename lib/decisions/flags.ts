// Ranking flags (lib/ranking: "code:N") as sentences a chair reads. Unknown codes pass through.

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function describeFlag(flag: string): string {
  const [code, raw] = flag.split(":");
  const n = Number(raw);
  switch (code) {
    case "relies_on_new_accounts":
      return `score relies on ${plural(n, "new account", "new accounts")}`;
    case "campaign_suspected":
      return `suspected campaign: ${plural(n, "suspicious voter", "suspicious voters")} down-weighted`;
    case "sabotage_suspected":
      return `suspected sabotage: ${plural(n, "voter", "voters")} who scored this organization far below consensus, with little agreement elsewhere, down-weighted`;
    case "few_votes":
      return `only ${plural(n, "vote", "votes")}: score is uncertain`;
    case "no_votes":
      return "no votes";
    case "own_org_votes_ignored":
      return `${plural(n, "vote", "votes")} from the speakers' own organization ignored`;
    default:
      return flag;
  }
}
