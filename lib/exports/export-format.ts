// The marker every `podium export --format json` file starts with, so `podium restore` can refuse
// anything else (lib/exports/read-event-export.ts).

export const EVENT_EXPORT_FORMAT = "podium-event-export";
/** Bumped when a change to the shape would make an older Podium restore it wrongly. */
export const EVENT_EXPORT_VERSION = 1;
