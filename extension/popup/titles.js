// Each item's title in the popup's language, from its kind, platform and progress; the helper's English title
// stays the fallback for kinds this popup does not know.
import { fill, imageKindName, platformName, shortDate, t } from "./i18n.js";

const NEXT_IMAGE = /\(next: ([^)]+)\)$/;
// The vault's titles (vault/status.py): "<platform>/<handle>: …" (a handle has no ':', '/' or space). An account's
// set-up item: "<account>: <n> setup requirement(s) to do: <first>; <second>; <third>[; and <m> more]", each
// requirement the policy's words (as the options page shows them) with " (last on YYYY-MM-DD: renew)" when stale.
const ACCOUNT_TITLE = /^([a-z]+\/[^:/\s]+): (.+)$/;
const SETUP = /^(\d+) setup requirements? to do: (.+)$/;
const MORE = /^and (\d+) more$/;
const RENEW = / \(last on (\d{4}-\d{2}-\d{2}): renew\)$/;

// {account, count, requirements: [{text, renew: YYYY-MM-DD | null}], more} of an account-setup item, or null when
// its title is not the helper's.
export function setupParts(item) {
  const parts = ACCOUNT_TITLE.exec(item.title);
  const setup = parts && SETUP.exec(parts[2]);
  if (!setup) return null;
  const names = setup[2].split("; ");
  const more = MORE.exec(names[names.length - 1]);
  if (more) names.pop();
  const requirements = names.map((name) => {
    const renew = RENEW.exec(name);
    return renew ? { text: name.slice(0, renew.index), renew: renew[1] } : { text: name, renew: null };
  });
  return { account: parts[1], count: Number(setup[1]), requirements, more: more ? Number(more[1]) : 0 };
}

// One line per requirement named in an account-setup item, in the popup's language, then "and n more".
export function requirementLines(parts) {
  const lines = parts.requirements.map(({ text, renew }) => ({
    state: renew ? "stale" : "missing",
    text: renew ? fill(t("requirementRenew"), { requirement: text, date: shortDate(renew) })
      : fill(t("requirementToDo"), { requirement: text }),
  }));
  if (parts.more) lines.push({ state: "more", text: fill(t("requirementsMore"), { n: parts.more }) });
  return lines;
}

function accountTitle(item) {
  const parts = ACCOUNT_TITLE.exec(item.title);
  if (!parts) return item.title;
  const account = parts[1];
  if (item.kind === "password-rotation") {
    return fill(item.due ? t("itemPasswordRotation") : t("itemPasswordMissing"), { account });
  }
  const setup = setupParts(item);
  return setup ? fill(t("itemAccountSetup"), { account, count: setup.count }) : item.title;
}

export function titleOf(item) {
  const values = { platform: platformName(item.platform), time: item.due?.slice(11, 16) ?? "" };
  switch (item.kind) {
    case "posts":
      return fill(t("itemPosts"), values);
    case "check-time":
      return fill(t("itemCheckTime"), values);
    case "official-hashtags":
      return t("itemOfficialHashtags");
    case "weekly-official-hashtag-posts":
      return fill(t("itemOfficialHashtagPosts"), values);
    case "weekly-original-images": {
      const next = NEXT_IMAGE.exec(item.title)?.[1];
      return fill(t("itemOriginalImages"), values) + (next ? ` — ${fill(t("itemNextImage"), { kind: imageKindName(next) })}` : "");
    }
    case "reply-deadline":
      return fill(t("itemReplyDeadline"), values);
    case "demographics":
      return t("itemDemographics");
    case "guidelines-review":
      return t("itemGuidelinesReview");
    case "youtube-comments":
      return t("itemYoutubeComments");
    case "time-on-social":
      return t("itemTimeOnSocial");
    case "account-setup":
    case "password-rotation":
      return accountTitle(item);
    default:
      return item.title;
  }
}

// "1 of 2 · ideal 2–5" for posts; "12 of 30 min" for time; "3 of 5" otherwise.
export function progressText(item, quotas) {
  const { done, target } = item.progress;
  if (item.kind === "time-on-social") return fill(t("progressMinutes"), { done, target });
  let text = fill(t("progressOf"), { done, target });
  const band = item.kind === "posts" ? quotas?.[item.platform]?.ideal : null;
  if (band) text += ` · ${fill(t("progressIdeal"), { low: band[0], high: band[1] })}`;
  if (band && done > band[1]) text += ` · ${t("progressOverIdeal")}`;
  return text;
}
