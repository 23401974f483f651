import { expect } from '@open-wc/testing';
import { formatTime, isolateLtr } from '../../../src/i18n/format.js';
import { relativeWait } from '../../../src/i18n/plural.js';

describe('formatTime', () => {
  it('shows m:ss, rounded up so that 0:00 means the time is over', () => {
    expect(formatTime(0)).to.equal('0:00');
    expect(formatTime(-5_000)).to.equal('0:00');
    expect(formatTime(1)).to.equal('0:01');
    expect(formatTime(59_000)).to.equal('0:59');
    expect(formatTime(299_001)).to.equal('5:00');
    expect(formatTime(3_599_000)).to.equal('59:59');
  });

  it('shows h:mm:ss from an hour on, so a day-long wait does not read 720:00', () => {
    expect(formatTime(3_600_000)).to.equal('1:00:00');
    expect(formatTime(3_661_000)).to.equal('1:01:01');
    expect(formatTime(43_199_500)).to.equal('12:00:00');
  });

  it("writes the locale's digits", () => {
    const digit = (n: number) => new Intl.NumberFormat('ar-EG').format(n);
    expect(formatTime(65_000, 'ar-EG')).to.equal(`${digit(1)}:${digit(0)}${digit(5)}`);
  });
});

describe('relativeWait', () => {
  it('rounds up to seconds, minutes or hours, worded by Intl.RelativeTimeFormat', () => {
    expect(relativeWait('en', 0.2)).to.equal('in 1 second');
    expect(relativeWait('en', 99)).to.equal('in 99 seconds');
    expect(relativeWait('en', 100)).to.equal('in 2 minutes');
    expect(relativeWait('en', 5_999)).to.equal('in 100 minutes');
    expect(relativeWait('en', 40_000)).to.equal('in 12 hours');
    expect(relativeWait('de', 40_000)).to.equal('in 12 Stunden');
  });
});

describe('isolateLtr', () => {
  it('wraps text in left-to-right isolates and keeps it on one line', () => {
    expect(isolateLtr('+372 5123 4567')).to.equal('\u2066+372\u00a05123\u00a04567\u2069');
  });
});
