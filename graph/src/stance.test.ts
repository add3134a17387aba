import { describe, expect, it } from 'vitest';
import { opposedStance, sharedWords, stances, stanceWords } from './stance.ts';

describe('stance words', () => {
  it('finds the words that judge, with their theme and side, in text order', () => {
    expect(stanceWords('The session was useful, though the handouts were vague.')).toEqual([
      { theme: 'usefulness', pole: 'positive', text: 'useful' },
      { theme: 'detail', pole: 'negative', text: 'vague' },
    ]);
  });

  it('turns a word after a negation to the other side and shows the negation', () => {
    expect(stanceWords('She did not find the advice useful.')).toEqual([
      { theme: 'usefulness', pole: 'negative', text: 'not find the advice useful' },
    ]);
    expect(stanceWords("The guide wasn't clear")).toEqual([{ theme: 'clarity', pole: 'negative', text: "n't clear" }]);
    expect(stanceWords('It did not include anything specific to the group')).toEqual([
      { theme: 'detail', pole: 'negative', text: 'not include anything specific' },
    ]);
  });

  it('reads a phrase whole before its words ("of little use", "no response") and does not negate it twice', () => {
    expect(stanceWords('The report was of little use')).toEqual([{ theme: 'usefulness', pole: 'negative', text: 'of little use' }]);
    expect(stanceWords('They got no response')).toEqual([{ theme: 'response', pole: 'negative', text: 'no response' }]);
  });

  it('reads past set phrases in which a stance word judges nothing', () => {
    expect(stanceWords('Before the general election, the Director General spoke in general terms')).toEqual([]);
    expect(stanceWords('The general election briefings were general')).toEqual([{ theme: 'detail', pole: 'negative', text: 'general' }]);
  });

  it('takes no stance on a theme the text judges both ways', () => {
    expect([...stances('Specific about some threats, vague about others; always useful').entries()]).toEqual([
      ['usefulness', { theme: 'usefulness', pole: 'positive', text: 'useful' }],
    ]);
  });
});

describe('opposedStance', () => {
  it('names the theme and the words of two texts that judge it oppositely', () => {
    expect(opposedStance('The briefings gave detailed information', 'The briefings were too broad to act on')).toEqual({
      theme: 'detail',
      first: 'detailed',
      second: 'too broad',
    });
    expect(opposedStance('The hotline was responsive', 'The office ignored our letters')).toEqual({
      theme: 'response',
      first: 'responsive',
      second: 'ignored',
    });
  });

  it('finds nothing when the texts agree, judge different themes, or judge nothing', () => {
    expect(opposedStance('useful', 'helpful')).toBeNull();
    expect(opposedStance('The briefings were useful', 'The briefings were late')).toBeNull();
    expect(opposedStance('The meeting took place in May', 'It was held in June')).toBeNull();
  });
});

describe('sharedWords', () => {
  it('gives the content words two texts share, plurals as singulars, without function words, negations or the ignored names', () => {
    expect(
      sharedWords('The party received warnings about the forum', 'No warning about the forum reached the party', ['the Forum']),
    ).toEqual(['party', 'warning']);
    expect(sharedWords('It was not sent', 'It was sent', [])).toEqual(['sent']);
    expect(sharedWords('The forum was held downtown', 'No minutes of the forum were kept', ['forum'])).toEqual([]);
  });
});
