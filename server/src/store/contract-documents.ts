// The store contract (contract.ts): the source documents and their paragraphs, with what each mentions.
import { beforeAll, describe, expect, it } from 'vitest';
import type { GraphData } from '../../../graph/src/model.ts';
import { DOC, type ContractSubject } from './contract-support.ts';
import type { GraphStore } from './types.ts';

export function describeDocumentContract(subject: ContractSubject): void {
  const { paragraphText } = subject;
  let store: GraphStore;
  let seed: GraphData;
  beforeAll(() => {
    ({ store, seed } = subject);
  });

  describe('documents', () => {
    it('returns the document with sections and paragraphs 1 to 22, each with its text and mentions', async () => {
      const documents = await store.documents();
      const source = seed.documents[0];
      expect(documents.map((d) => d.id)).toEqual([DOC]);
      const doc = documents[0];
      expect(
        doc && {
          title: doc.title,
          interviewee: doc.interviewee,
          interviewer: doc.interviewer,
          date: doc.date,
          notes: doc.notes,
          sections: doc.sections,
        },
      ).toEqual(
        source && {
          title: source.title,
          interviewee: source.interviewee,
          interviewer: source.interviewer,
          date: source.date,
          notes: source.notes,
          sections: source.sections,
        },
      );
      expect(doc?.paragraphs.map((p) => p.number)).toEqual(Array.from({ length: 22 }, (_, i) => i + 1));
      for (const p of doc?.paragraphs ?? []) {
        const mentions = [
          ...new Set(seed.mentions.filter((m) => m.document === DOC && m.paragraph === p.number).map((m) => m.entity)),
        ].sort();
        const original = source?.paragraphs.find((q) => q.number === p.number);
        expect(p).toEqual({
          document: DOC,
          number: p.number,
          section: original?.section,
          text: original?.text,
          repairs: original?.repairs ?? [],
          mentions,
        });
        expect(p.text).not.toBe('');
      }
    });

    it('returns one document as documents() gives it, and null for one that does not exist', async () => {
      const [whole] = await store.documents();
      expect(await store.document(DOC)).toEqual(whole);
      expect(await store.document('no-such-document')).toBeNull();
    });

    it('returns one paragraph with the entities it mentions, and null for one that does not exist', async () => {
      const paragraph = await store.paragraph(DOC, 9);
      expect(paragraph?.text).toBe(paragraphText(9));
      expect(paragraph?.mentions).toEqual(
        [...new Set(seed.mentions.filter((m) => m.document === DOC && m.paragraph === 9).map((m) => m.entity))].sort(),
      );
      expect(await store.paragraph(DOC, 99)).toBeNull();
      expect(await store.paragraph('no-such-document', 1)).toBeNull();
    });
  });
}
