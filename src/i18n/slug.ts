// Latin slugs from Russian, Kyrgyz and English headlines, so URLs read the same in every browser and
// messenger. Kyrgyz letters (ң, ө, ү) get their common Latin spellings.

const MAP: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', ң: 'ng', ө: 'o', ү: 'u', і: 'i', ә: 'a', ғ: 'g', қ: 'k', ұ: 'u', һ: 'h',
};

export function transliterate(text: string): string {
  let out = '';
  for (const ch of text.toLowerCase()) out += MAP[ch] ?? ch;
  return out;
}

/** "Бишкекте жаңы мектеп ачылды" -> "bishkekte-zhangy-mektep-achyldy" (at most `max` chars, on a word boundary). */
export function slugify(text: string, max = 80): string {
  const slug = transliterate(text.normalize('NFKC'))
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug || 'news';
  const cut = slug.slice(0, max + 1);
  const at = cut.lastIndexOf('-');
  return (at > 20 ? cut.slice(0, at) : cut.slice(0, max)).replace(/-+$/g, '') || 'news';
}
