/** The tests' fixed clock: Wednesday 14 February 2024, 14:50 in Bishkek (UTC+6). */
export const TEST_NOW = Date.parse('2024-02-14T08:50:00Z');
export const TEST_TZ = 'Asia/Bishkek';
export const TEST_BASE_URL = 'http://news.test';
