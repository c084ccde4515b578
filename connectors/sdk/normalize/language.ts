/**
 * Guesses the language of a text. Internal to this connector for now; it belongs in the SDK once a
 * second connector needs it.
 */

/** Frequent function words that do not occur in the other two languages (so no "die", "is", "we" or "of"). */
const MARKERS: Readonly<Record<string, ReadonlySet<string>>> = {
  nl: new Set([
    'het',
    'een',
    'van',
    'voor',
    'met',
    'zijn',
    'wij',
    'ons',
    'onze',
    'naar',
    'ook',
    'niet',
    'bij',
    'worden',
    'deze',
    'wordt',
    'zich',
    'jouw',
  ]),
  de: new Set([
    'der',
    'das',
    'und',
    'für',
    'mit',
    'ist',
    'sind',
    'wir',
    'uns',
    'unser',
    'ein',
    'eine',
    'nicht',
    'auch',
    'werden',
    'sich',
    'dem',
    'im',
    'zum',
    'zur',
  ]),
  en: new Set([
    'the',
    'and',
    'for',
    'with',
    'are',
    'our',
    'to',
    'this',
    'that',
    'not',
    'also',
    'be',
    'by',
    'from',
    'your',
    'will',
    'has',
  ]),
};

/**
 * The language of a text as a BCP 47 tag (`nl`, `de` or `en`), judged from function words; `fallback`
 * when the text is short or the evidence is not clear (the winner needs three hits and twice the runner-up).
 *
 * @example
 * guessLanguage('Wir retten Lebensmittel und verteilen sie an die Nachbarschaft.', 'en'); // 'de'
 */
export function guessLanguage(text: string | undefined, fallback: string): string {
  if (!text) return fallback;
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) {
    for (const [language, markers] of Object.entries(MARKERS)) {
      if (markers.has(word)) counts.set(language, (counts.get(language) ?? 0) + 1);
    }
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < 3 || (second && best[1] < 2 * second[1])) return fallback;
  return best[0];
}
