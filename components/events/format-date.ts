// Date display in an event's own time zone (falls back to UTC for an unknown zone).

function safeZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat("en", { timeZone });
    return timeZone;
  } catch {
    return "UTC";
  }
}

// Building an Intl.DateTimeFormat costs ~0.1 ms (formatting with one ~0.002 ms), and lists format
// a date per row: formatters are kept per locale, zone and options (a pure function of those).
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...options, timeZone: safeZone(timeZone) });
    if (formatters.size >= 500) formatters.clear();
    formatters.set(key, f);
  }
  return f;
}

export function formatEventDate(date: Date | null | undefined, timeZone: string, withTime = true): string {
  if (!date) return "Not set";
  return formatter("en-GB", timeZone, {
    day: "numeric",
    month: "short",
    year: "numeric",
    ...(withTime ? { hour: "2-digit", minute: "2-digit", timeZoneName: "short" } : {}),
  }).format(date);
}

/** Value for <input type="datetime-local"> showing the instant in the event's time zone. */
export function toLocalInputValue(date: Date | null | undefined, timeZone: string): string {
  if (!date) return "";
  const parts = Object.fromEntries(
    formatter("en-CA", timeZone, {
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** Offset of timeZone from UTC at the given instant, in minutes. */
function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const local = toLocalInputValue(instant, timeZone);
  const asUtc = Date.parse(`${local}:00Z`);
  return Math.round((asUtc - Math.floor(instant.getTime() / 60000) * 60000) / 60000);
}

/**
 * "2027-03-01T09:00" typed in the event's time zone -> ISO instant. Returns the text unchanged
 * when it is not a datetime-local value, so the schema reports it with its own message.
 */
export function fromLocalInputValue(value: string, timeZone: string): string {
  const v = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(v)) return v;
  const naive = Date.parse(`${v}:00Z`);
  if (Number.isNaN(naive)) return v;
  const zone = safeZone(timeZone);
  // Two passes settle DST edges.
  let guess = naive - zoneOffsetMinutes(new Date(naive), zone) * 60000;
  guess = naive - zoneOffsetMinutes(new Date(guess), zone) * 60000;
  return new Date(guess).toISOString();
}
