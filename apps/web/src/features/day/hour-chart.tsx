type HourChartProps = {
  byHour: readonly { hour: string; issued: number }[];
  /** Said for the chart as a whole; the table beside it gives each hour's number. */
  label: string;
  busiestHour: string | undefined;
  hourText: (hour: string) => string;
};

const BAR = 10;
const HEIGHT = 80;

/** The day's hours as columns, the busiest darker and marked above; 23 or 25 on a clock change. */
export function HourChart({ byHour, label, busiestHour, hourText }: HourChartProps) {
  const largest = Math.max(1, ...byHour.map((row) => row.issued));
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${byHour.length * BAR} ${HEIGHT + 16}`}
      className="h-auto w-full"
    >
      <line
        x1={0}
        x2={byHour.length * BAR}
        y1={HEIGHT}
        y2={HEIGHT}
        className="stroke-slate-500"
        strokeWidth={0.5}
      />
      {byHour.map((row, index) => {
        const height = (row.issued / largest) * (HEIGHT - 8);
        const busiest = row.hour === busiestHour;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: the hours never move; one comes twice when the clocks go back.
          <g key={index}>
            <rect
              x={index * BAR + 1.5}
              y={HEIGHT - height}
              width={BAR - 3}
              height={height}
              className={busiest ? "fill-blue-950" : "fill-blue-600"}
            />
            {busiest && (
              <text
                x={index * BAR + BAR / 2}
                y={HEIGHT - height - 2}
                textAnchor="middle"
                fontSize={6}
              >
                ▼
              </text>
            )}
            {index % 3 === 0 && (
              // Too small to read on a narrow screen: there the table beside gives each hour.
              <text
                x={index * BAR + 1}
                y={HEIGHT + 10}
                fontSize={5.5}
                className="hidden fill-slate-800 sm:inline"
              >
                {hourText(row.hour)}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
