import { describe, expect, it } from 'vitest';
import { documentShortName, paragraphRef } from './document-label.ts';

const ishmael = {
  id: 'stage1-interview-summary-azam-ishmael',
  title: 'Stage 1 Interview Summary: Azam Ishmael',
  interviewee: 'Azam Ishmael',
};

describe('document labels', () => {
  it('names a one-witness document by the witness surname', () => {
    expect(documentShortName(ishmael)).toBe('Ishmael');
  });

  it('names a panel by every surname', () => {
    expect(documentShortName({ id: 'p', title: 'Panel', interviewee: 'Orla Fenwick, Tomas Bright and Ana Quill' })).toBe(
      'Fenwick, Bright, Quill',
    );
  });

  it('falls back to the id when the document names no witness', () => {
    expect(documentShortName({ id: 'notes-1', title: 'Notes', interviewee: '' })).toBe('notes-1');
  });

  it('writes a paragraph reference with the full title for hover', () => {
    const docs = new Map([[ishmael.id, ishmael]]);
    expect(paragraphRef(docs, ishmael.id, 5)).toEqual({
      text: 'Ishmael ¶5',
      title: 'Stage 1 Interview Summary: Azam Ishmael, paragraph 5',
    });
    expect(paragraphRef(docs, 'unknown-doc', 2)).toEqual({ text: 'unknown-doc ¶2', title: 'unknown-doc' });
  });

  it('names the header an Interview cites as the interview line, not as a paragraph 0', () => {
    const docs = new Map([[ishmael.id, ishmael]]);
    expect(paragraphRef(docs, ishmael.id, 0)).toEqual({
      text: 'Ishmael, interview line',
      title: 'Stage 1 Interview Summary: Azam Ishmael, the interview line of its header',
    });
  });
});
