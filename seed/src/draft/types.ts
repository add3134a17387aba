// The draft's shape, shared by the drafter's modules and re-exported by index.ts (the interface in
// /work/briefs/draft-interface.md).
import type { NodeKind, PropertyValue, RelationType } from '../../../graph/src/model.ts';

/** What every drafted item carries besides its annotation fields. */
export interface DraftMeta {
  review: 'draft';
  /** The rule that proposed it, e.g. "person.full-name", "attended.served-as-representative", "coref.these-briefings" */
  rule: string;
  /** 0..1 */
  confidence: number;
}

/** quote: an exact substring of the paragraph's text */
export interface DraftEvidence {
  paragraph: number;
  quote: string;
}

export interface DraftNode extends DraftMeta {
  id: string;
  kind: NodeKind;
  name: string;
  aliases?: string[];
  description?: string;
  date?: string;
  category?: string;
  properties?: Record<string, PropertyValue>;
  /** A negative fact ("no further steps were taken"), written `negative: true` */
  negative?: true;
  evidence: DraftEvidence[];
}

export interface DraftEdge extends DraftMeta {
  id?: string;
  type: RelationType;
  source: string;
  target: string;
  /** RESPONDED_WITH needs { order }, HELD_ROLE { role } */
  properties?: Record<string, PropertyValue>;
  /** A negative fact ("did not attend"), written `negative: true` */
  negative?: true;
  evidence: DraftEvidence[];
}

export interface Draft {
  nodes: DraftNode[];
  edges: DraftEdge[];
}
