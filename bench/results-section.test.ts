import { describe, expect, it } from 'vitest';
import { markedSections, withSection } from './results-section.ts';

const report = '# Benchmarks\n\nrows\n';
const drafter = '<!-- eval:draft:start (written by npm run eval:draft) -->\n## Drafter\n\nold\n<!-- eval:draft:end -->';
const pdf = '<!-- pdf-extract:start -->\n## PDF\n\nx\n<!-- pdf-extract:end -->';

describe('marked sections of RESULTS.md', () => {
  it('appends a section the file does not hold yet, after one blank line', () => {
    expect(withSection(report, 'pdf-extract', pdf)).toBe(`# Benchmarks\n\nrows\n\n${pdf}\n`);
  });

  it('replaces a section in place and leaves the text around it as it was', () => {
    const text = `${report}\n${drafter}\n\n${pdf}\n`;
    const next = '<!-- eval:draft:start -->\n## Drafter\n\nnew\n<!-- eval:draft:end -->';
    expect(withSection(text, 'eval:draft', next)).toBe(`${report}\n${next}\n\n${pdf}\n`);
  });

  it('finds every section with its markers, so a rewritten report can keep them', () => {
    expect(markedSections(`${report}\n${drafter}\n\ntext between\n\n${pdf}\n`)).toEqual([drafter, pdf]);
  });
});
