"use client";
// The three charts of the chair dashboard (recharts): combined-score distribution of the track with
// the marked-accept proposals highlighted, organization concentration of the event's accepted set
// against the cap, and the newcomer share against the target.
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";

export type ScorePoint = { combinedScore: number; accepted: boolean };

const BIN = 0.5;

function histogram(points: ScorePoint[]) {
  if (!points.length) return [];
  const lo = Math.floor(Math.min(...points.map((p) => p.combinedScore)) / BIN) * BIN;
  const hi = Math.floor(Math.max(...points.map((p) => p.combinedScore)) / BIN) * BIN;
  const bins = [];
  for (let x = lo; x <= hi + 1e-9; x += BIN) {
    const inBin = points.filter((p) => p.combinedScore >= x && p.combinedScore < x + BIN);
    bins.push({
      bin: `${x.toFixed(1)}…${(x + BIN).toFixed(1)}`,
      accepted: inBin.filter((p) => p.accepted).length,
      other: inBin.filter((p) => !p.accepted).length,
    });
  }
  return bins;
}

export function ScoreDistribution({ points }: { points: ScorePoint[] }) {
  return (
    <figure data-testid="chart-scores">
      <figcaption className="text-sm font-medium text-slate-800">Combined score distribution</figcaption>
      <div className="mt-2 h-56">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={histogram(points)} margin={{ top: 5, right: 5, bottom: 5, left: -20 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="bin" tick={{ fontSize: 10 }} />
            <YAxis allowDecimals={false} tick={{ fontSize: 11 }} />
            <Tooltip />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            <Bar dataKey="accepted" name="Marked accept" stackId="a" fill="#16a34a" />
            <Bar dataKey="other" name="Others" stackId="a" fill="#94a3b8" />
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

export function OrganizationConcentration({
  organizations,
  limit,
}: {
  organizations: { name: string; count: number }[];
  limit: number;
}) {
  const data = organizations.slice(0, 10);
  return (
    <figure data-testid="chart-organizations">
      <figcaption className="text-sm font-medium text-slate-800">
        Accepted per organization (event){limit > 0 ? `, limit ${limit}` : ""}
      </figcaption>
      {data.length === 0 ? (
        <p className="mt-2 text-sm text-slate-500">Nothing accepted yet.</p>
      ) : (
        <div className="mt-2 h-56">
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={data} layout="vertical" margin={{ top: 5, right: 10, bottom: 5, left: 10 }}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis
                type="number"
                allowDecimals={false}
                tick={{ fontSize: 11 }}
                domain={[0, (max: number) => Math.max(max, limit + 1)]}
              />
              <YAxis type="category" dataKey="name" width={120} tick={{ fontSize: 11 }} />
              <Tooltip />
              {limit > 0 ? (
                <ReferenceLine
                  x={limit}
                  stroke="#dc2626"
                  strokeDasharray="4 2"
                  label={{ value: "limit", fontSize: 10, fill: "#dc2626" }}
                />
              ) : null}
              <Bar dataKey="count" name="Accepted">
                {data.map((o) => (
                  <Cell key={o.name} fill={limit > 0 && o.count > limit ? "#dc2626" : "#4f46e5"} />
                ))}
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </div>
      )}
    </figure>
  );
}

export function NewcomerShare({
  newcomers,
  accepted,
  target,
}: {
  newcomers: number;
  accepted: number;
  target: number | null;
}) {
  const data = [
    { name: "Accepted", share: accepted ? Math.round((newcomers / accepted) * 100) : 0 },
    ...(target !== null ? [{ name: "Target", share: Math.round(target * 100) }] : []),
  ];
  return (
    <figure data-testid="chart-newcomers">
      <figcaption className="text-sm font-medium text-slate-800">Newcomer share (%)</figcaption>
      <div className="mt-2 h-56">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 5, right: 5, bottom: 5, left: -20 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="name" tick={{ fontSize: 11 }} />
            <YAxis domain={[0, 100]} tick={{ fontSize: 11 }} />
            <Tooltip />
            <Bar dataKey="share" name="Share %">
              {data.map((d) => (
                <Cell
                  key={d.name}
                  fill={
                    d.name === "Target" ? "#94a3b8" : target !== null && d.share < target * 100 ? "#d97706" : "#16a34a"
                  }
                />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}
