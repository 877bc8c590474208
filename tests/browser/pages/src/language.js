// The practice page's interface language: ?lang=fr, or the parameter the real site itself takes (x.com ?lang=fr,
// facebook.com ?locale=fr_FR, instagram.com ?hl=fr). Sets <html lang> as the real sites do; English otherwise.
export const LANGUAGES = ["en", "fr"];

export function pageLanguage() {
  const params = new URLSearchParams(location.search);
  const asked = (params.get("lang") ?? params.get("locale") ?? params.get("hl") ?? "en").slice(0, 2).toLowerCase();
  const language = LANGUAGES.includes(asked) ? asked : "en";
  document.documentElement.lang = language;
  return language;
}

// words[language][key]; a key missing in a language is a mistake in the page, so say which.
export function wordsFor(words, language) {
  return new Proxy(words[language], {
    get(table, key) {
      if (!(key in table)) throw new Error(`practice page: no ${language} word for ${String(key)}`);
      return table[key];
    },
  });
}
