// The week's posts per day against each platform's quota band: one small row of seven bars per platform, the ideal
// band shaded, the minimum drawn as a line; today's bar outlined. Inline SVG built node by node (no markup strings).
import { fill, platformName, shortWeekday, t } from "./i18n.js";

const SVG = "http://www.w3.org/2000/svg";
const ROW = 40;
const LABEL = 74;
const BAR = 20;
const GAP = 8;
const TOP = 16;

function node(name, attributes, text) {
  const element = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

// Below the minimum is red for a past day, amber today (the day is not over); above the ideal band amber.
function colour(count, band, isToday) {
  if (count < band.minimum) return isToday ? "var(--due)" : "var(--overdue)";
  if (count > band.ideal[1]) return "var(--due)";
  return "var(--done)";
}

export function weekChart(week, today) {
  const platforms = Object.keys(week.quotas);
  const width = LABEL + 7 * (BAR + GAP);
  const height = TOP + platforms.length * ROW + 4;
  const svg = node("svg", { viewBox: `0 0 ${width} ${height}`, width, height, role: "img", class: "chart" });
  svg.append(node("title", {}, t("chartTitle")));
  week.days.forEach((day, index) => {
    const x = LABEL + index * (BAR + GAP) + BAR / 2;
    const label = node("text", { x, y: 10, "text-anchor": "middle", class: day.date === today ? "today" : "" },
      shortWeekday(day.date));
    svg.append(label);
  });
  platforms.forEach((platform, row) => {
    const band = week.quotas[platform];
    const counts = week.days.map((day) => day.posts[platform] ?? 0);
    const scale = Math.max(band.ideal[1], ...counts, 1);
    const base = TOP + row * ROW + ROW - 6;
    const y = (value) => base - (value / scale) * (ROW - 18);  // headroom for the count
    svg.append(node("text", { x: 0, y: base - 8, class: "platform" }, platformName(platform)));
    svg.append(node("rect", { x: LABEL - 4, y: y(band.ideal[1]), width: 7 * (BAR + GAP),
                              height: Math.max(1, y(band.ideal[0]) - y(band.ideal[1])), class: "band" }));
    svg.append(node("line", { x1: LABEL - 4, x2: LABEL + 7 * (BAR + GAP) - 4, y1: y(band.minimum), y2: y(band.minimum),
                              class: "minimum" }));
    week.days.forEach((day, index) => {
      const count = counts[index];
      const future = day.date > today;
      const x = LABEL + index * (BAR + GAP);
      const bar = node("rect", { x, y: y(count), width: BAR, height: Math.max(future ? 0 : 2, base - y(count)),
                                 fill: future ? "transparent" : colour(count, band, day.date === today),
                                 class: day.date === today ? "bar today" : "bar" });
      bar.append(node("title", {}, fill(t("chartBar"), { platform: platformName(platform), date: day.date, count })));
      svg.append(bar);
      if (!future) svg.append(node("text", { x: x + BAR / 2, y: y(count) - 3, class: "count",
                                             "text-anchor": "middle" }, count));
      svg.append(node("line", { x1: x, x2: x + BAR, y1: base, y2: base, class: "axis" }));
    });
  });
  return svg;
}
