import { describe, expect, it } from 'vitest';
import { citationText, highlightQuote, ParagraphCache } from './evidence.ts';

const paragraph =
  'In the lead up to the 2021 federal election, a senior director of the Liberal Party noticed that their login information had been changed. The Party reported the incident to SITE and to the social media platform, and the individual changed the password for the account. No further steps were taken.';

describe('marking the quote in its paragraph', () => {
  it('marks the exact quote and keeps the text around it', () => {
    expect(highlightQuote(paragraph, 'No further steps were taken.')).toEqual([
      { text: paragraph.slice(0, paragraph.indexOf('No further')), mark: false },
      { text: 'No further steps were taken.', mark: true },
    ]);
  });

  it('tolerates differences in whitespace between the quote and the stored text', () => {
    const segments = highlightQuote(paragraph, 'The Party reported   the incident\nto SITE');
    expect(segments.map((s) => s.mark)).toEqual([false, true, false]);
    expect(segments[1]?.text).toBe('The Party reported the incident to SITE');
    expect(segments.map((s) => s.text).join('')).toBe(paragraph);
  });

  it('returns the paragraph unmarked when the quote is not in it', () => {
    expect(highlightQuote(paragraph, 'Steps (were) taken?')).toEqual([{ text: paragraph, mark: false }]);
    expect(highlightQuote(paragraph, '  ')).toEqual([{ text: paragraph, mark: false }]);
  });
});

describe('the paragraph cache', () => {
  it('asks the server once per paragraph, and again after a failure', async () => {
    const asked: string[] = [];
    let fail = true;
    const cache = new ParagraphCache({
      paragraph: async (document, number) => {
        asked.push(`${document}#${number}`);
        if (fail) throw new Error('offline');
        return { document, number, section: '2.4', text: 'text', repairs: [] };
      },
    });
    await expect(cache.get('doc', 9)).rejects.toThrow('offline');
    await Promise.resolve();
    fail = false;
    const first = await cache.get('doc', 9);
    const second = await cache.get('doc', 9);
    expect(second).toBe(first);
    expect(asked).toEqual(['doc#9', 'doc#9']);
  });
});

describe('citations', () => {
  const quote = { document: 'interview-roe', paragraph: 5, quote: 'Ms. Roe said "no" to the request.' };
  it('gives the quote, the document title, the paragraph, the interview date and the link to the view', () => {
    const doc = { id: 'interview-roe', title: 'Interview Summary: Jane Roe', interviewee: 'Jane Roe', date: '2024-02-27' };
    expect(citationText(quote, doc, 'http://127.0.0.1:4000/#mode=table')).toBe(
      '“Ms. Roe said "no" to the request.” (Interview Summary: Jane Roe, ¶5, interview of 27 February 2024). Testimony Graph: http://127.0.0.1:4000/#mode=table',
    );
  });

  it('names an unknown document by its id', () => {
    expect(citationText(quote, undefined, 'http://x/')).toBe(
      '“Ms. Roe said "no" to the request.” (interview-roe, ¶5). Testimony Graph: http://x/',
    );
  });

  it('cites the interview line of the header as such, not as a paragraph 0', () => {
    const doc = { id: 'interview-roe', title: 'Interview Summary: Jane Roe', interviewee: 'Jane Roe', date: '2024-02-27' };
    const line = { document: 'interview-roe', paragraph: 0, quote: 'Jane Roe was interviewed by Commission counsel on February 27, 2024.' };
    expect(citationText(line, doc, 'http://x/')).toBe(
      '“Jane Roe was interviewed by Commission counsel on February 27, 2024.” (Interview Summary: Jane Roe, interview line, interview of 27 February 2024). Testimony Graph: http://x/',
    );
  });
});
