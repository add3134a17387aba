import { describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../../../test/csv-read.ts';
import { viewerEdge, viewerNode } from '../../../test/viewer-elements.ts';
import type { DocumentNaming } from '../document-label.ts';
import { edgesCsv, nodesCsv, rowMove, tableRows } from './table.ts';

// Invented people and quotes, for the table's ordering and its CSV only.
const DOC = 'interview-roe';
const documents = new Map<string, DocumentNaming>([[DOC, { id: DOC, title: 'Interview Summary: Jane Roe', interviewee: 'Jane Roe' }]]);
const quote = (paragraph: number, text: string) => ({ document: DOC, paragraph, quote: text });
const nodes = [
  viewerNode('roe', 'Person', {
    name: 'Jane Roe',
    elections: [2021],
    evidence: [quote(2, 'Ms. Roe, a "senior" organizer')],
    evidenceCount: 3,
  }),
  viewerNode('party', 'Organization', { name: 'Fictional Party', evidence: [quote(1, 'the Fictional Party')], evidenceCount: 1 }),
  viewerNode('doe', 'Person', { name: 'John Doe' }),
  viewerNode('nothing', 'Response', {
    name: 'Nothing was done',
    negative: true,
    evidence: [quote(4, 'Nothing was done.')],
    evidenceCount: 1,
  }),
];
const names = new Map(nodes.map((n) => [n.id, n.name]));
const catalog = { nodeName: (id: string) => names.get(id) ?? id };
const edges = [
  viewerEdge('r2', 'REPRESENTED', 'roe', 'party', { evidence: [quote(2, 'represented the Party, at times')] }),
  viewerEdge('r1', 'HELD_ROLE', 'doe', 'party'),
];

describe('the table view', () => {
  it('orders entities by kind as the legend does, then by name, and relations by their ends', () => {
    const rows = tableRows(nodes, edges, catalog);
    expect(rows.nodes.map((r) => r.id)).toEqual(['roe', 'doe', 'party', 'nothing']);
    expect(rows.edges).toEqual([
      {
        id: 'r2',
        from: 'Jane Roe',
        relation: 'represented',
        to: 'Fictional Party',
        evidence: quote(2, 'represented the Party, at times'),
        moreEvidence: 0,
      },
      { id: 'r1', from: 'John Doe', relation: 'held a role in', to: 'Fictional Party', evidence: null, moreEvidence: 0 },
    ]);
  });

  it('downloads each table as CSV that reads back as the rows it shows', () => {
    const rows = tableRows(nodes, edges, catalog);
    expect(parseCsvRecords(nodesCsv(rows.nodes, documents))).toEqual([
      {
        Name: 'Jane Roe',
        Kind: 'Person',
        'Did not happen': '',
        Election: '2021',
        Paragraph: 'Roe ¶2',
        Quote: 'Ms. Roe, a "senior" organizer',
        'More quotes': '2',
        Id: 'roe',
      },
      { Name: 'John Doe', Kind: 'Person', 'Did not happen': '', Election: '', Paragraph: '', Quote: '', 'More quotes': '0', Id: 'doe' },
      {
        Name: 'Fictional Party',
        Kind: 'Organization',
        'Did not happen': '',
        Election: '',
        Paragraph: 'Roe ¶1',
        Quote: 'the Fictional Party',
        'More quotes': '0',
        Id: 'party',
      },
      {
        Name: 'Nothing was done',
        Kind: 'Response',
        'Did not happen': 'yes',
        Election: '',
        Paragraph: 'Roe ¶4',
        Quote: 'Nothing was done.',
        'More quotes': '0',
        Id: 'nothing',
      },
    ]);
    expect(parseCsvRecords(edgesCsv(rows.edges, documents))).toEqual([
      {
        From: 'Jane Roe',
        Relation: 'represented',
        To: 'Fictional Party',
        Paragraph: 'Roe ¶2',
        Quote: 'represented the Party, at times',
        'More quotes': '0',
        Id: 'r2',
      },
      { From: 'John Doe', Relation: 'held a role in', To: 'Fictional Party', Paragraph: '', Quote: '', 'More quotes': '0', Id: 'r1' },
    ]);
  });

  it('moves the row focus with the arrows, the page keys, Home and End, staying inside the rows', () => {
    expect([
      rowMove('ArrowDown', 0, 5),
      rowMove('ArrowDown', 4, 5),
      rowMove('ArrowUp', 0, 5),
      rowMove('PageDown', 1, 5),
      rowMove('PageUp', 4, 30),
      rowMove('Home', 3, 5),
      rowMove('End', 0, 5),
      rowMove('a', 0, 5),
      rowMove('ArrowDown', 0, 0),
    ]).toEqual([1, 4, 0, 4, 0, 0, 4, null, null]);
  });
});
