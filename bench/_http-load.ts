// Load generation for bench/http.ts: autocannon against one or more servers (connections split
// round-robin across them), CPU time of each server's process tree, medians of alternating rounds.
import fs from "node:fs";
import autocannon from "autocannon";

export type Req = { method: "GET" | "POST"; path: string; headers?: Record<string, string>; body?: string };

/** Builds the next request; `onAck` is told how the server answered it. */
export type RequestSource = {
  next: () => Req;
  /** Called with the status and body; returns whether the answer is what this kind of request expects. */
  check?: (req: Req, status: number, body: string) => boolean;
};

export type RoundResult = {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  errors: number;
  /** Answers that were HTTP errors or not what `check` expected. */
  bad: number;
  /** Server CPU milliseconds per request (all instances' process trees together). */
  cpuMsPerReq: number;
  /** PostgreSQL CPU milliseconds per request (0 for PGlite, which runs inside the server). */
  dbCpuMsPerReq: number;
};

const CLK_TCK = 100;

/** utime + stime (ms) of a process and all its descendants. */
export function treeCpuMs(rootPid: number): number {
  const children = new Map<number, number[]>();
  const cpu = new Map<number, number>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue;
    }
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const pid = Number(entry);
    const ppid = Number(fields[1]);
    cpu.set(pid, ((Number(fields[11]) + Number(fields[12])) * 1000) / CLK_TCK);
    children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  }
  let total = 0;
  const todo = [rootPid];
  while (todo.length) {
    const pid = todo.pop()!;
    total += cpu.get(pid) ?? 0;
    todo.push(...(children.get(pid) ?? []));
  }
  return total;
}

export async function runLoad(args: {
  bases: string[];
  connections: number;
  duration: number;
  source: RequestSource;
  serverPids: number[];
  dbPid?: number;
}): Promise<RoundResult> {
  const cpu0 = args.serverPids.reduce((s, p) => s + treeCpuMs(p), 0);
  const db0 = args.dbPid ? treeCpuMs(args.dbPid) : 0;
  let bad = 0;
  const perBase = args.bases.map(
    (_, i) => Math.floor(args.connections / args.bases.length) + (i < args.connections % args.bases.length ? 1 : 0),
  );
  const results = await Promise.all(
    args.bases.map((base, i) =>
      autocannon({
        url: base,
        connections: perBase[i],
        duration: args.duration,
        timeout: 30,
        requests: [
          {
            setupRequest: (request: Record<string, unknown>, context: Record<string, unknown>) => {
              const r = args.source.next();
              context.req = r;
              request.method = r.method;
              request.path = r.path;
              // A browser's POST names the site it came from: the instance this client talks to.
              request.headers = { ...(r.headers ?? {}), ...(r.method === "POST" ? { origin: base } : {}) };
              request.body = r.body;
              return request;
            },
            onResponse: (status: number, body: string, context: Record<string, unknown>) => {
              // A source's check decides alone (a refused replay is a 409 by design); else any 2xx/3xx.
              const check = args.source.check;
              const ok = check ? check(context.req as Req, status, body) : status < 400;
              if (!ok) bad++;
            },
          },
        ],
      } as unknown as autocannon.Options),
    ),
  );
  const cpu1 = args.serverPids.reduce((s, p) => s + treeCpuMs(p), 0);
  const db1 = args.dbPid ? treeCpuMs(args.dbPid) : 0;
  const requests = results.reduce((s, r) => s + r.requests.total, 0);
  const errors = results.reduce((s, r) => s + r.errors + r.timeouts, 0);
  // Latency over all instances: the worst instance's percentile (conservative).
  return {
    rps: results.reduce((s, r) => s + r.requests.total / r.duration, 0),
    p50: Math.max(...results.map((r) => r.latency.p50)),
    p99: Math.max(...results.map((r) => r.latency.p99)),
    requests,
    errors,
    bad,
    cpuMsPerReq: requests ? (cpu1 - cpu0) / requests : 0,
    dbCpuMsPerReq: requests && args.dbPid ? (db1 - db0) / requests : 0,
  };
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Median of each field over rounds, totals for counts. */
export function summarize(rounds: RoundResult[]): RoundResult {
  return {
    rps: median(rounds.map((r) => r.rps)),
    p50: median(rounds.map((r) => r.p50)),
    p99: median(rounds.map((r) => r.p99)),
    requests: rounds.reduce((s, r) => s + r.requests, 0),
    errors: rounds.reduce((s, r) => s + r.errors, 0),
    bad: rounds.reduce((s, r) => s + r.bad, 0),
    cpuMsPerReq: median(rounds.map((r) => r.cpuMsPerReq)),
    dbCpuMsPerReq: median(rounds.map((r) => r.dbCpuMsPerReq)),
  };
}
