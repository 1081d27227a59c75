// Transport-level path hygiene (pure): a path whose percent-escapes do not decode, or that decodes
// to control characters, names no Podium page. Refusing it here means no route handler or page
// ever sees an undecodable parameter (they threw URIError -> 500 before).

const CONTROL = /[\u0000-\u001f\u007f]/;

export function isMalformedPath(pathname: string): boolean {
  if (pathname.length > 2048) return true;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return true;
  }
  return CONTROL.test(decoded) || decoded.includes("\\");
}
