// Migrations in code, run in order on both dialects by Kysely's Migrator.
import type { Kysely, Migration, MigrationProvider } from 'kysely';
import type { Dialect } from '../../config.js';
import * as m001 from './001-initial.js';
import * as m002 from './002-search.js';
import * as m003 from './003-rates.js';
import * as m004 from './004-newsroom.js';
import * as m005taxonomy from './005-taxonomy.js';
import * as m006media from './006-media.js';
import * as m007audience from './007-audience.js';
import * as m008unicodeLower from './008-unicode-lower.js';
import * as m009listings from './009-listings.js';
import * as m010rubricListingIndex from './010-rubric-listing-index.js';

export interface MigrationContext {
  dialect: Dialect;
}

type MigrationModule = {
  up(db: Kysely<any>, ctx: MigrationContext): Promise<void>;
  down?(db: Kysely<any>, ctx: MigrationContext): Promise<void>;
};

const MODULES: Record<string, MigrationModule> = {
  '001-initial': m001,
  '002-search': m002,
  '003-rates': m003,
  '004-newsroom': m004,
  '005-taxonomy': m005taxonomy,
  '006-media': m006media,
  '007-audience': m007audience,
  '008-unicode-lower': m008unicodeLower,
  '009-listings': m009listings,
  '010-rubric-listing-index': m010rubricListingIndex,
};

export function migrationProvider(ctx: MigrationContext): MigrationProvider {
  return {
    async getMigrations() {
      const out: Record<string, Migration> = {};
      for (const [name, mod] of Object.entries(MODULES)) {
        out[name] = { up: (db) => mod.up(db, ctx), down: mod.down ? (db) => mod.down!(db, ctx) : undefined };
      }
      return out;
    },
  };
}
