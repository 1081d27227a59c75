// Human-readable names of the disguises found in a stored finding's text, for chairs.
import { EVASION_LABEL, evasionsOf } from "./normalize";

/** "Ma&#114;ta" -> ["HTML entities"]; plain text -> []. */
export function evasionLabels(storedText: string): string[] {
  return evasionsOf(storedText).map((t) => EVASION_LABEL[t]);
}
