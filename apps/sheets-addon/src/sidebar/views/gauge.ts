/** The overall risk as a half-circle SVG gauge (0 = fine, 100 = losing money), coloured by level. */
import type { Level } from "@smm-risk/core";
import { svg } from "../dom";

const CX = 100;
const CY = 100;
const R = 80;

function point(fraction: number): string {
  const angle = Math.PI * (1 - fraction);
  return `${(CX + R * Math.cos(angle)).toFixed(2)} ${(CY - R * Math.sin(angle)).toFixed(2)}`;
}

function arc(from: number, to: number): string {
  return `M ${point(from)} A ${R} ${R} 0 0 1 ${point(to)}`;
}

export function gauge(risk: number | null, level: Level, label: string, caption: string): SVGElement {
  const value = risk === null ? 0 : Math.max(0, Math.min(100, risk)) / 100;
  return svg(
    "svg",
    {
      viewBox: "0 0 200 128",
      width: 200,
      height: 128,
      class: "gauge",
      role: "img",
      "aria-label": `${caption}: ${label}`,
    },
    svg("path", { d: arc(0, 1), class: "gauge-track", fill: "none", "stroke-width": 18 }),
    risk === null
      ? null
      : svg("path", {
          d: arc(0, Math.max(value, 0.005)),
          class: `gauge-value level-${level}`,
          fill: "none",
          "stroke-width": 18,
        }),
    svg("text", { x: CX, y: CY - 14, "text-anchor": "middle", class: "gauge-number" }, label),
    svg("text", { x: CX, y: CY + 18, "text-anchor": "middle", class: "gauge-caption" }, caption),
  );
}
