// A bar chart drawn as SVG on the server (the page's HTML carries it; no JavaScript needed), with
// scales and ticks from d3-scale. Accessible: role="img" with a <title> and <desc>, every bar
// labelled with its value in text, norm lines drawn dashed and named, and a pattern (not only a
// colour) for bars that are not final ("så langt"). The data table sits beside it in <details>.
import { scaleBand, scaleLinear } from "d3-scale";
import { useId } from "react";

export interface ChartBar {
  label: string;
  value: number;
  /** Text on the bar (e.g. "67 %" or "67 % så langt"). */
  text: string;
  /** Not final: drawn hatched, and the text says so. */
  partial?: boolean;
}

export interface NormLine {
  value: number;
  label: string;
}

const WIDTH = 640;
const HEIGHT = 260;
const M = { top: 16, right: 88, bottom: 48, left: 40 };

export function NormChart({
  title,
  description,
  bars,
  norms,
  max,
  unit = "",
}: {
  title: string;
  description: string;
  bars: ChartBar[];
  norms: NormLine[];
  max?: number;
  unit?: string;
}) {
  const id = useId();
  const top = Math.max(max ?? 0, ...bars.map((b) => b.value), ...norms.map((n) => n.value), 1);
  const y = scaleLinear()
    .domain([0, top])
    .nice(5)
    .range([HEIGHT - M.bottom, M.top]);
  const x = scaleBand()
    .domain(bars.map((b) => b.label))
    .range([M.left, WIDTH - M.right])
    .padding(0.25);
  const ticks = y.ticks(5);
  const small = bars.length > 8;
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      className="norm-chart"
      preserveAspectRatio="xMidYMid meet"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      <defs>
        <pattern id={`${id}-hatch`} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="8" height="8" fill="#ffffff" />
          <line x1="0" y1="0" x2="0" y2="8" stroke="#005b82" strokeWidth="4" />
        </pattern>
      </defs>
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={M.left} x2={WIDTH - M.right} y1={y(tick)} y2={y(tick)} stroke="#c6c2bf" strokeWidth="1" />
          <text x={M.left - 6} y={y(tick)} dy="0.32em" textAnchor="end" fontSize="12" fill="#262626">
            {`${tick}${unit}`}
          </text>
        </g>
      ))}
      {bars.map((b) => {
        const left = x(b.label) ?? 0;
        const barTop = y(b.value);
        return (
          <g key={b.label}>
            <rect
              x={left}
              y={barTop}
              width={x.bandwidth()}
              height={Math.max(0, HEIGHT - M.bottom - barTop)}
              fill={b.partial ? `url(#${id}-hatch)` : "#005b82"}
              stroke="#005b82"
              strokeWidth="1.5"
            />
            <text
              x={left + x.bandwidth() / 2}
              y={barTop - 4}
              textAnchor="middle"
              fontSize={small ? 9 : 12}
              fill="#262626"
            >
              {b.text}
            </text>
            <text
              x={left + x.bandwidth() / 2}
              y={HEIGHT - M.bottom + 16}
              textAnchor="middle"
              fontSize={small ? 9 : 12}
              fill="#262626"
            >
              {b.label}
            </text>
          </g>
        );
      })}
      {norms.map((n) => (
        <g key={n.label}>
          <line
            x1={M.left}
            x2={WIDTH - M.right}
            y1={y(n.value)}
            y2={y(n.value)}
            stroke="#a8174b"
            strokeWidth="2.5"
            strokeDasharray="8 5"
          />
          <text x={WIDTH - M.right + 4} y={y(n.value)} dy="0.32em" fontSize="12" fill="#a8174b" fontWeight="600">
            {n.label}
          </text>
        </g>
      ))}
      <line x1={M.left} x2={WIDTH - M.right} y1={HEIGHT - M.bottom} y2={HEIGHT - M.bottom} stroke="#262626" />
    </svg>
  );
}
