// Just what the metadata tests use of structured-data-testing-tool (a CommonJS package without types).
declare module 'structured-data-testing-tool' {
  interface SdttTest {
    test: string;
    type?: string;
    group?: string;
    description?: string;
    warning?: boolean;
    error?: { message?: string; expected?: unknown; found?: unknown };
  }
  interface SdttResult {
    passed: SdttTest[];
    failed: SdttTest[];
    warnings: SdttTest[];
    schemas: string[];
    structuredData: { jsonld: Record<string, Array<Record<string, unknown>>>; metatags: Record<string, string[]> };
  }
  interface SdttOptions {
    presets?: unknown[];
    schemas?: string[];
  }
  const sdtt: {
    /** Tests an HTML string (never fetches anything); rejects with `error.res` when a test fails. */
    structuredDataTestHtml(html: string, options?: SdttOptions): Promise<SdttResult>;
  };
  export type { SdttTest, SdttResult, SdttOptions };
  export default sdtt;
}

declare module 'structured-data-testing-tool/presets.js' {
  const presets: Record<'Google' | 'Twitter' | 'Facebook' | 'SocialMedia', unknown>;
  export default presets;
}
