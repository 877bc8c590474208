// Each item's title in the popup's language, from its kind, platform and progress; the helper's English title
// stays the fallback for kinds this popup does not know.
import { fill, imageKindName, platformName, shortDate, t } from "./i18n.js";

const NEXT_IMAGE = /\(next: ([^)]+)\)$/;
// The vault's titles (vault/status.py): "<platform>/<handle>: <requirement>[ (last on YYYY-MM-DD: renew)]" (a handle
// has no ':', '/' or space); the requirement's words are the policy's, as the options page shows them.
const ACCOUNT_TITLE = /^([a-z]+\/[^:/\s]+): (.+)$/;
const RENEW = / \(last on (\d{4}-\d{2}-\d{2}): renew\)$/;

function accountTitle(item) {
  const parts = ACCOUNT_TITLE.exec(item.title);
  if (!parts) return item.title;
  const [, account, rest] = parts;
  if (item.kind === "password-rotation") {
    return fill(item.due ? t("itemPasswordRotation") : t("itemPasswordMissing"), { account });
  }
  const renew = RENEW.exec(rest);
  if (renew) {
    return fill(t("itemAccountRenew"), { account, requirement: rest.slice(0, renew.index), date: shortDate(renew[1]) });
  }
  return fill(t("itemAccountSetup"), { account, requirement: rest });
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
