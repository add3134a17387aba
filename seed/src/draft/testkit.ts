// Test support for the drafter's unit tests: a fictional summary in the series' format, parsed by
// the seed's parser, so every test drafts the text exactly as the seed would read it.
import type { Document } from '../../../graph/src/model.ts';
import { parseDocument } from '../parse.ts';
import { draftDocument, type Draft, type KnownEntity } from './index.ts';

/** Paragraphs [1]… under one heading, in a summary of the invented witness Jane Doe (fiction, for tests). */
export function fictionalSummary(paragraphs: readonly string[], heading = '1. Background'): Document {
  const body = paragraphs.map((p, i) => `[${i + 1}] ${p}`).join('\n\n');
  const text = `Stage 1 Interview Summary: Jane Doe\n\nJane Doe, the Chief of Staff of the Harbour Party, was interviewed by Commission counsel on February 9, 2024.\n\n${heading}\n\n${body}\n`;
  const { document, problems } = parseDocument(text, 'fiction.txt', 'fiction');
  if (!document) throw new Error(problems.map((p) => p.message).join('; '));
  return document;
}

export function draft(paragraphs: readonly string[], known: readonly KnownEntity[] = [], heading?: string): Draft {
  return draftDocument(fictionalSummary(paragraphs, heading), known);
}

/** Edges as "TYPE source -> target", the shape most assertions compare. */
export function edgeLines(d: Draft, types?: readonly string[]): string[] {
  return d.edges
    .filter((e) => !types || types.includes(e.type))
    .map((e) => `${e.type} ${e.source} -> ${e.target}${e.negative ? ' (negative)' : ''}`);
}

export function known(id: string, kind: KnownEntity['kind'], name: string, aliases: string[] = []): KnownEntity {
  return { id, kind, name, aliases, file: 'annotations/other.yaml' };
}
