import { describe, expect, it } from 'vitest';
import { addDays, dayRange, formatDateline, formatDayHeading, formatDecimal, formatLongDate, formatTime, isoDay, isValidIsoDay } from '../../src/i18n/format.js';

const TZ = 'Asia/Bishkek';
// 14 February 2024, 14:35 in Bishkek (UTC+6), a Wednesday.
const T = Date.parse('2024-02-14T08:35:00Z');

describe('dates read naturally in each language', () => {
  it('writes the feed day heading', () => {
    expect(formatDayHeading('en', TZ, T)).toBe('14 February, Wednesday');
    expect(formatDayHeading('ru', TZ, T)).toBe('14 февраля, среда');
    expect(formatDayHeading('ky', TZ, T)).toBe('14-февраль, шаршемби');
  });

  it('writes long dates without the abbreviations Intl adds', () => {
    expect(formatLongDate('en', TZ, T)).toBe('14 February 2024');
    expect(formatLongDate('ru', TZ, T)).toBe('14 февраля 2024');
    expect(formatLongDate('ky', TZ, T)).toBe('14-февраль, 2024');
  });

  it('shows times in the site time zone, 24-hour', () => {
    expect(formatTime('en', TZ, T)).toBe('14:35');
    expect(formatTime('ru', TZ, Date.parse('2024-02-14T18:05:00Z'))).toBe('00:05');
  });

  it('writes the agency dateline', () => {
    expect(formatDateline('en', TZ, T, 'Bishkek', 'by', ['Aigerim SADYKOVA'])).toBe('14:35, 14 February 2024, Bishkek – by Aigerim SADYKOVA');
    expect(formatDateline('ru', TZ, T, 'Бишкек', 'автор:', [])).toBe('14:35, 14 февраля 2024, Бишкек');
  });

  it('uses the decimal comma in Russian and Kyrgyz', () => {
    expect(formatDecimal('en', 89.4321)).toBe('89.43');
    expect(formatDecimal('ru', 89.4321)).toBe('89,43');
    expect(formatDecimal('ky', 0.98)).toBe('0,98');
  });
});

describe('calendar days in the site time zone', () => {
  it('finds the day of an instant', () => {
    expect(isoDay(TZ, Date.parse('2024-02-13T18:00:00Z'))).toBe('2024-02-14'); // midnight in Bishkek
    expect(isoDay(TZ, Date.parse('2024-02-13T17:59:59Z'))).toBe('2024-02-13');
  });

  it('gives the UTC range of a local day', () => {
    expect(dayRange(TZ, '2024-02-14')).toEqual({ start: Date.parse('2024-02-13T18:00:00Z'), end: Date.parse('2024-02-14T18:00:00Z') });
    // A zone with daylight saving: the spring-forward day is 23 hours long.
    const r = dayRange('Europe/Berlin', '2024-03-31');
    expect(r.end - r.start).toBe(23 * 3600_000);
  });

  it('does calendar arithmetic and rejects impossible dates', () => {
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(isValidIsoDay('2024-02-29')).toBe(true);
    expect(isValidIsoDay('2023-02-29')).toBe(false);
    expect(isValidIsoDay('2024-13-01')).toBe(false);
    expect(isValidIsoDay('14-02-2024')).toBe(false);
  });
});
