"use client";
// The chair page's charts load after the ranking (next/dynamic, client only): recharts is most of
// the page's JavaScript, and a chair can read and mark proposals before the charts arrive.
import dynamic from "next/dynamic";

function ChartPlaceholder() {
  return <div className="h-48 animate-pulse rounded-lg bg-slate-100" aria-hidden="true" />;
}

export const ScoreDistribution = dynamic(() => import("./selection-charts").then((m) => m.ScoreDistribution), {
  ssr: false,
  loading: ChartPlaceholder,
});
export const OrganizationConcentration = dynamic(
  () => import("./selection-charts").then((m) => m.OrganizationConcentration),
  { ssr: false, loading: ChartPlaceholder },
);
export const NewcomerShare = dynamic(() => import("./selection-charts").then((m) => m.NewcomerShare), {
  ssr: false,
  loading: ChartPlaceholder,
});
