// Incident paragraphs: something happened, the Party answered in a few ordered steps, and the
// chain ends in a negative response ("No further steps were taken"), as in the real summary's [9].
// Each template writes one paragraph and its nodes and edges, and returns the incident's id.
import type { DocBuilder } from './corpus-builder.ts';
import { SHARED } from './corpus-shared.ts';
import type { Rng } from './prng.ts';

interface Named {
  id: string;
  full: string;
  first: string;
  short: string;
}

export interface IncidentContext {
  b: DocBuilder;
  rng: Rng;
  year: number;
  electionId: string;
  partyId: string;
  partyName: string;
  /** The interviewee's surname: makes names unique across the corpus */
  tag: string;
  docId: string;
  people: readonly Named[];
}

interface Step {
  sentence: string;
  name: string;
  /** Who carried it out: the party, the person the incident happened to, or nobody named */
  by: 'party' | 'person' | null;
  /** A shared organization it was reported to */
  to?: { id: string; def: Parameters<DocBuilder['node']>[0]; quote: string };
  negative?: boolean;
}

interface Shape {
  slug: string;
  label: string;
  /** The first sentence: what happened, naming the person */
  what: (who: Named, ctx: IncidentContext) => string;
  quote: (who: Named) => string;
  steps: (who: Named, ctx: IncidentContext) => Step[];
}

const reported = (def: Parameters<DocBuilder['node']>[0], quote: string) => ({ id: def.id, def, quote });

const SHAPES: Shape[] = [
  {
    slug: 'account-breach',
    label: 'account breach',
    what: (who, ctx) =>
      `In the lead up to the ${ctx.year} federal election, ${who.full} noticed that the login information on their personal social media account had been changed.`,
    quote: () => 'the login information on their personal social media account had been changed',
    steps: (who, ctx) => [
      {
        sentence: `The ${ctx.partyName} reported the incident to SITE and to the social media platform.`,
        name: 'reported to SITE',
        by: 'party',
        to: reported(SHARED.site, 'SITE'),
      },
      { sentence: `${who.first} changed the password for the account.`, name: 'password changed', by: 'person' },
      { sentence: 'No further steps were taken.', name: 'no further steps', by: null, negative: true },
    ],
  },
  {
    slug: 'phishing',
    label: 'phishing emails',
    what: (who, ctx) =>
      `Before the ${ctx.year} federal election, ${who.full} received emails that impersonated Elections Canada and asked for campaign passwords.`,
    quote: () => 'received emails that impersonated Elections Canada',
    steps: (_who, ctx) => [
      {
        sentence: `The ${ctx.partyName} reported the emails to Elections Canada.`,
        name: 'reported to Elections Canada',
        by: 'party',
        to: reported(SHARED.electionsCanada, 'Elections Canada'),
      },
      { sentence: 'Campaign staff were reminded not to open unexpected attachments.', name: 'staff reminded', by: 'party' },
      { sentence: 'No further action was taken.', name: 'no further action', by: null, negative: true },
    ],
  },
  {
    slug: 'disinformation',
    label: 'disinformation campaign',
    what: (who, ctx) => `During the ${ctx.year} campaign, a network of anonymous accounts spread false claims about ${who.full}.`,
    quote: () => 'a network of anonymous accounts spread false claims',
    steps: (_who, ctx) => [
      {
        sentence: 'The accounts were reported to the social media platform.',
        name: 'reported to the platform',
        by: 'party',
        to: reported(SHARED.platform, 'social media platform'),
      },
      { sentence: `The ${ctx.partyName} published a correction on its website.`, name: 'correction published', by: 'party' },
      { sentence: 'The platform did not remove the accounts.', name: 'accounts not removed', by: null },
      { sentence: 'No further steps were taken.', name: 'no further steps', by: null, negative: true },
    ],
  },
  {
    slug: 'donations',
    label: 'unusual donations',
    what: (who, ctx) => `In ${ctx.year}, ${who.full} noticed an unusual series of small donations from a single address.`,
    quote: () => 'an unusual series of small donations from a single address',
    steps: (_who, ctx) => [
      { sentence: `The ${ctx.partyName} returned the donations.`, name: 'donations returned', by: 'party' },
      {
        sentence: 'The matter was reported to Elections Canada.',
        name: 'reported to Elections Canada',
        by: 'party',
        to: reported(SHARED.electionsCanada, 'Elections Canada'),
      },
      { sentence: 'No further action was taken.', name: 'no further action', by: null, negative: true },
    ],
  },
  {
    slug: 'threats',
    label: 'anonymous threats',
    what: (who, ctx) => `Before the ${ctx.year} federal election, ${who.full} received anonymous threats at the campaign office.`,
    quote: () => 'received anonymous threats at the campaign office',
    steps: (who) => [
      {
        sentence: 'The threats were reported to the local police.',
        name: 'reported to the police',
        by: 'person',
        to: reported(SHARED.police, 'local police'),
      },
      { sentence: `${who.first} stopped working alone at the office.`, name: 'stopped working alone', by: 'person' },
      { sentence: 'No further steps were taken.', name: 'no further steps', by: null, negative: true },
    ],
  },
  {
    slug: 'device-loss',
    label: 'lost campaign laptop',
    what: (who, ctx) => `During the ${ctx.year} campaign, ${who.full} lost a campaign laptop while travelling.`,
    quote: () => 'lost a campaign laptop while travelling',
    steps: (_who, ctx) => [
      {
        sentence: `The ${ctx.partyName} reported the loss to the Cyber Centre.`,
        name: 'reported to the Cyber Centre',
        by: 'party',
        to: reported(SHARED.cyberCentre, 'Cyber Centre'),
      },
      { sentence: 'The laptop was erased remotely.', name: 'laptop erased', by: 'party' },
      { sentence: 'No further steps were taken.', name: 'no further steps', by: null, negative: true },
    ],
  },
];

function incident(shape: Shape) {
  return (ctx: IncidentContext): string => {
    const { b, rng, year } = ctx;
    const who = rng.pick(ctx.people);
    const steps = shape.steps(who, ctx);
    const p = b.paragraph([shape.what(who, ctx), ...steps.map((s) => s.sentence)]);
    const id = `${ctx.docId}-${shape.slug}-${year}`;
    const name = `${ctx.tag} ${shape.label} (${year})`;
    b.node({ id, kind: 'Incident', name, date: String(year) }, b.cite(p, shape.quote(who)));
    // The same definition as corpus.ts gives: the first one a document writes is the one kept.
    b.node({ id: who.id, kind: 'Person', name: who.full, aliases: [who.short] }, b.cite(p, who.full));
    b.edge('NOTICED', who.id, id, b.cite(p, who.full));
    b.edge('TARGETED', id, who.id, b.cite(p, shape.quote(who)));
    b.edge('PRECEDED', id, ctx.electionId, b.cite(p, String(year)));
    steps.forEach((step, i) => {
      const response = b.node(
        {
          id: `${id}-step-${i + 1}`,
          kind: 'Response',
          name: `${name}: ${step.name}`,
          ...(step.negative ? { negative: true } : {}),
        },
        b.cite(p, step.sentence),
      );
      b.edge('RESPONDED_WITH', id, response, b.cite(p, step.sentence), { order: i + 1 });
      if (step.by) b.edge('PERFORMED', step.by === 'party' ? ctx.partyId : who.id, response, b.cite(p, step.sentence));
      if (step.to) {
        b.node(step.to.def, b.cite(p, step.to.quote));
        b.edge('REPORTED_TO', response, step.to.id, b.cite(p, step.sentence));
        b.edge('REPORTED_TO', id, step.to.id, b.cite(p, step.sentence), { by: ctx.partyId });
      }
    });
    return id;
  };
}

export const INCIDENTS = SHAPES.map(incident);
