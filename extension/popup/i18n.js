// The popup's words: chrome.i18n messages with {name} slots filled here, and dates in the browser's language.

export const t = (key) => chrome.i18n.getMessage(key) || key;

export function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

export function platformName(platform) {
  return {
    twitter: t("platformTwitter"),
    facebook: t("platformFacebook"),
    instagram: t("platformInstagram"),
    youtube: t("platformYoutube"),
  }[platform] ?? t("groupGeneral");
}

export function statusName(status) {
  return { done: t("statusDone"), due: t("statusDue"), overdue: t("statusOverdue"), upcoming: t("statusUpcoming") }[status];
}

export function imageKindName(kind) {
  return { infographic: t("imageInfographic"), photo: t("imagePhoto"), "photo with caption": t("imagePhotoCaption") }[kind]
    ?? kind;
}

// The messages' own language (a message of each locale names it), so that dates speak the language of the words
// around them even where the browser's UI language differs.
const language = () => t("dateLocale");

// "Monday 7 December" for a YYYY-MM-DD date (read as a calendar date, whatever the browser's zone).
export function longDate(isoDate) {
  return new Intl.DateTimeFormat(language(), { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" })
    .format(new Date(`${isoDate}T12:00:00Z`));
}

export function shortWeekday(isoDate) {
  return new Intl.DateTimeFormat(language(), { weekday: "short", timeZone: "UTC" }).format(new Date(`${isoDate}T12:00:00Z`));
}

// "2 Dec" for a YYYY-MM-DD date (a calendar date, whatever the browser's zone).
export function shortDate(isoDate) {
  return new Intl.DateTimeFormat(language(), { day: "numeric", month: "short", timeZone: "UTC" })
    .format(new Date(`${isoDate}T12:00:00Z`));
}

const DAY_MS = 86_400_000;

// "11:00" when `due` is today, "Fri 17:00" within the coming week, "30 Jun" further away or in the past: the
// helper's wall-clock time, as the ISO text carries it.
export function dueLabel(due, today) {
  const clock = due.slice(11, 16);
  const day = due.slice(0, 10);
  if (day === today) return clock;
  const days = (Date.parse(`${day}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS;
  if (days > 0 && days < 7) return `${shortWeekday(day)} ${clock}`;
  return shortDate(day);
}

// "5 h 12 min" between two instants (ms).
export function duration(ms) {
  const minutes = Math.max(0, Math.round(Math.abs(ms) / 60_000));
  const hours = Math.floor(minutes / 60);
  return hours ? fill(t("durationHoursMinutes"), { h: hours, m: minutes % 60 }) : fill(t("durationMinutes"), { m: minutes });
}

export function localise(root) {
  for (const node of root.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
  for (const node of root.querySelectorAll("[data-i18n-placeholder]")) node.placeholder = t(node.dataset.i18nPlaceholder);
}
