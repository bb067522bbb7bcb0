import { Retention, RetentionUnit } from '../../lib';

describe('Retention', () => {
  test('factories convert to days with 30-day months and 365-day years', () => {
    expect(Retention.days(30).toDays()).toBe(30);
    expect(Retention.months(6).toDays()).toBe(180);
    expect(Retention.years(2).toDays()).toBe(730);
    expect(Retention.years(1).unit).toBe(RetentionUnit.YEARS);
    expect(Retention.years(1).amount).toBe(1);
  });

  test('renders as text and ISO 8601', () => {
    expect(Retention.days(1).toString()).toBe('1 day');
    expect(Retention.months(3).toString()).toBe('3 months');
    expect(Retention.years(1).toIsoString()).toBe('P1Y');
    expect(Retention.days(45).toIsoString()).toBe('P45D');
  });

  test('compares by days', () => {
    expect(Retention.years(1).isLongerThan(Retention.months(12))).toBe(true); // 365 > 360
    expect(Retention.days(30).isSameAs(Retention.months(1))).toBe(true);
    expect(Retention.days(29).isShorterThan(Retention.months(1))).toBe(true);
    expect(Retention.days(31).isShorterThan(Retention.months(1))).toBe(false);
  });

  test.each([
    ['30d', 30],
    ['30 days', 30],
    ['6mo', 180],
    ['1 year', 365],
    ['P2Y', 730],
    ['p10d', 10],
  ])('parses %p', (text, days) => {
    expect(Retention.parse(text).toDays()).toBe(days);
  });

  test.each(['', '30', 'forever', '1.5y', '-3d', 'P1Y2M'])('rejects unparsable %p', (text) => {
    expect(() => Retention.parse(text)).toThrow(/Retention: got .*Allowed: a whole number with a unit/);
  });

  test.each([
    [() => Retention.days(0), /keeps nothing/],
    [() => Retention.days(-1), /whole number from 1 to 36500/],
    [() => Retention.days(1.5), /whole number from 1 to 36500/],
    [() => Retention.years(101), /Retention in years: got 101.*from 1 to 100/],
    [() => Retention.months(1201), /from 1 to 1200/],
    [() => Retention.days(Number.NaN), /got null|got NaN/],
  ])('rejects invalid amounts (%#)', (make, message) => {
    expect(make).toThrow(message);
  });
});
