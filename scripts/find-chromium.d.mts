/** Flags that let a system Chromium run headless in containers and CI without sandbox or GPU. */
export const CHROMIUM_ARGS: string[];
export function findChromium(options?: {
  install?: boolean;
  log?: (line: string) => void;
}): Promise<{ executablePath: string; source: "env" | "playwright" | "system" } | undefined>;
