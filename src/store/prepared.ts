// Queries built and compiled once, run many times with new values.
//
// Kysely builds a tree of frozen objects for every query and compiles it to SQL on every call: about a
// tenth of an uncached page's CPU went there (docs/benchmarks.md, "Issue 7: fourth pass"). The pages'
// hot queries always have the same shape, so they are built once with named slots where the values go;
// each call only puts this call's values into the compiled parameter list. The SQL text stays the
// same, so SQLite's statement cache (src/store/db.ts) and PostgreSQL see one statement.
import type { Compilable, CompiledQuery, Kysely } from 'kysely';

/** Stands for the value named `name` in a compiled parameter list. */
class Slot {
  constructor(readonly name: string) {}
}

/**
 * `build` receives an object whose properties stand for the call's values; use them only as plain
 * values (a comparison, a limit), never as a list for `in` (the list's length would be fixed).
 */
export function preparedQuery<A extends Record<string, unknown>, R>(db: Kysely<any>, build: (values: A) => Compilable<R>): (values: A) => Promise<R[]> {
  let compiled: CompiledQuery<R> | null = null;
  return async (values) => {
    if (!compiled) {
      const slots = new Proxy({}, { get: (_target, name) => new Slot(String(name)) }) as A;
      compiled = build(slots).compile();
      const missing = compiled.parameters.filter((p): p is Slot => p instanceof Slot && !(p.name in values));
      if (missing.length) throw new Error(`preparedQuery: no value for ${missing.map((s) => s.name).join(', ')}`);
    }
    const query = compiled;
    const parameters = query.parameters.map((p) => (p instanceof Slot ? values[p.name] : p));
    const result = await db.executeQuery<R>({ ...query, parameters });
    return result.rows;
  };
}
