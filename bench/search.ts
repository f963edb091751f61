// The search scenario: a fixed mix of one-word, two-word and phrase queries in Russian and English,
// sent one after another through the running server (no concurrency: the figure is the latency a
// reader waits for a results page), with p50/p95 over all of them and per kind.
import { percentile, round } from './measure.js';
import { fetchRaw } from './processes.js';

export interface SearchQuery {
  lang: 'ru' | 'en';
  kind: 'one word' | 'two words' | 'phrase';
  q: string;
  /** extra parameters (sort, language) */
  extra?: string;
}

export const SEARCH_QUERIES: SearchQuery[] = [
  { lang: 'ru', kind: 'one word', q: 'выборы' },
  { lang: 'ru', kind: 'one word', q: 'Бишкек' },
  { lang: 'ru', kind: 'one word', q: 'доллара', extra: 'sort=date' },
  { lang: 'ru', kind: 'one word', q: 'водоснаб*' },
  { lang: 'ru', kind: 'two words', q: 'курс доллара' },
  { lang: 'ru', kind: 'two words', q: 'Иссык-Куль туристы' },
  { lang: 'ru', kind: 'two words', q: 'мэрия Бишкека', extra: 'sort=date' },
  { lang: 'ru', kind: 'phrase', q: '"Национальный банк"' },
  { lang: 'ru', kind: 'phrase', q: '"Жогорку Кенеш"' },
  { lang: 'en', kind: 'one word', q: 'election' },
  { lang: 'en', kind: 'one word', q: 'Bishkek' },
  { lang: 'en', kind: 'one word', q: 'rates', extra: 'sort=date' },
  { lang: 'en', kind: 'two words', q: 'exchange rate' },
  { lang: 'en', kind: 'two words', q: 'city hall', extra: 'language=all' },
  { lang: 'en', kind: 'two words', q: 'Issyk-Kul tourists' },
  { lang: 'en', kind: 'phrase', q: '"National Bank"' },
  { lang: 'en', kind: 'phrase', q: '"Central Asia"' },
];

export interface SearchScenarioResult {
  name: string;
  requests: number;
  rounds: number;
  p50: number;
  p95: number;
  max: number;
  non200: number;
  byKind: Record<string, { requests: number; p50: number; p95: number }>;
  /** results found per query (from the page's count line, first round) */
  found: Array<{ lang: string; q: string; kind: string; found: string; p50: number }>;
}

function stats(ms: number[]) {
  const sorted = Float64Array.from(ms).sort();
  return { p50: round(percentile(sorted, 0.5)), p95: round(percentile(sorted, 0.95)), max: round(sorted[sorted.length - 1] ?? 0) };
}

export async function measureSearch(base: string, rounds: number, log: (s: string) => void): Promise<SearchScenarioResult> {
  const url = (s: SearchQuery) => `${base}/${s.lang}/search/?q=${encodeURIComponent(s.q)}${s.extra ? `&${s.extra}` : ''}`;
  // One warm-up round (statement cache, page cache of the database).
  for (const s of SEARCH_QUERIES) await fetchRaw(url(s));
  const all: number[] = [];
  const perKind = new Map<string, number[]>();
  const perQuery = new Map<SearchQuery, number[]>();
  const found = new Map<SearchQuery, string>();
  let non200 = 0;
  for (let r = 0; r < rounds; r++) {
    for (const s of SEARCH_QUERIES) {
      const t0 = performance.now();
      const res = await fetchRaw(url(s));
      const ms = performance.now() - t0;
      if (res.status !== 200) non200++;
      all.push(ms);
      perKind.set(`${s.lang} ${s.kind}`, [...(perKind.get(`${s.lang} ${s.kind}`) ?? []), ms]);
      perQuery.set(s, [...(perQuery.get(s) ?? []), ms]);
      if (!found.has(s)) {
        const m = /<p class="search-(?:count|empty)">([^<]*)/.exec(res.body.toString('utf8'));
        found.set(s, m ? m[1].trim() : '?');
      }
    }
  }
  const total = stats(all);
  const result: SearchScenarioResult = {
    name: 'search (sequential, ru/en mix)',
    requests: all.length,
    rounds,
    p50: total.p50,
    p95: total.p95,
    max: total.max,
    non200,
    byKind: Object.fromEntries(
      [...perKind].map(([k, v]) => {
        const st = stats(v);
        return [k, { requests: v.length, p50: st.p50, p95: st.p95 }];
      }),
    ),
    found: SEARCH_QUERIES.map((s) => ({ lang: s.lang, q: s.q + (s.extra ? ` (${s.extra})` : ''), kind: s.kind, found: found.get(s) ?? '?', p50: stats(perQuery.get(s) ?? []).p50 })),
  };
  log(`  ${result.name}: ${result.requests} requests, p50 ${result.p50} ms, p95 ${result.p95} ms, max ${result.max} ms${non200 ? `, ${non200} non-200` : ''}`);
  return result;
}
