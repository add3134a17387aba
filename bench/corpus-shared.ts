// The entities every synthetic document may share. A document that names one defines it again
// with its own evidence, exactly as two real summaries would: the seed merges them into one node,
// which is what makes the corpus one connected graph instead of N islands.
import type { NodeDef } from './corpus-builder.ts';

export type SharedDef = Omit<NodeDef, 'evidence'>;

export interface Party {
  def: SharedDef;
  /** How the text names it */
  name: string;
}

const party = (id: string, name: string, alias: string): Party => ({
  def: { id, kind: 'Organization', category: 'party', name, aliases: [alias] },
  name,
});

export const PARTIES: readonly Party[] = [
  party('liberal-party', 'Liberal Party', 'Liberal party'),
  party('conservative-party', 'Conservative Party', 'Conservative party'),
  party('ndp', 'New Democratic Party', 'NDP'),
  party('bloc-quebecois', 'Bloc Québécois', 'Bloc'),
  party('green-party', 'Green Party', 'Green party'),
];

export const SHARED = {
  site: {
    id: 'site-task-force',
    kind: 'Organization',
    category: 'task force',
    name: 'SITE Task Force',
    aliases: ['SITE', 'Security and Intelligence Threats to Elections Task Force'],
  },
  cyberCentre: {
    id: 'cyber-centre',
    kind: 'Organization',
    category: 'agency',
    name: 'Canadian Centre for Cyber Security',
    aliases: ['Cyber Centre'],
  },
  electionsCanada: { id: 'elections-canada', kind: 'Organization', category: 'agency', name: 'Elections Canada' },
  government: {
    id: 'federal-government',
    kind: 'Organization',
    category: 'government',
    name: 'Federal government',
    aliases: ['federal government'],
  },
  media: { id: 'media', kind: 'Organization', category: 'media', name: 'The media' },
  platform: {
    id: 'social-media-platform',
    kind: 'Organization',
    category: 'platform',
    name: 'Social media platform',
    aliases: ['social media platform'],
  },
  police: { id: 'local-police', kind: 'Organization', category: 'agency', name: 'Local police', aliases: ['local police'] },
  experts: {
    id: 'cybersecurity-experts',
    kind: 'Organization',
    category: 'group',
    name: 'Cybersecurity experts',
    aliases: ['cybersecurity experts'],
  },
} as const satisfies Record<string, SharedDef>;

export function election(year: number): SharedDef {
  return {
    id: `election-${year}`,
    kind: 'Election',
    name: `${year} federal election`,
    aliases: [`${year} election`],
    date: String(year),
    properties: { year },
  };
}

export function siteBriefings(year: number): SharedDef {
  return { id: `site-briefings-${year}`, kind: 'Briefing', name: `SITE briefings for the ${year} election`, date: String(year) };
}

export const RIDINGS = [
  'Don Valley North',
  'Scarborough Centre',
  'Richmond Centre',
  'Burnaby South',
  'Ottawa Centre',
  'Halifax West',
  'Calgary Skyview',
  'Edmonton Mill Woods',
  'Winnipeg North',
  'Papineau',
  'Outremont',
  'Brampton East',
  'Mississauga Centre',
  'Surrey Newton',
  'Vancouver East',
  'Kitchener Centre',
  'London West',
  'Regina Lewvan',
  'Saskatoon West',
  'Nanaimo Ladysmith',
  'Sudbury',
  'Fredericton',
  'Charlottetown',
  'Markham Thornhill',
  'Willowdale',
  'Richmond Hill',
  'King Vaughan',
  'Oakville',
  'Guelph',
  'Hamilton Centre',
  'Niagara Falls',
  'Kingston and the Islands',
  'Peterborough',
  'Nepean',
  'Kanata Carleton',
  'Laval Les Iles',
  'Longueuil',
  'Sherbrooke',
  'Beauce',
  'Saint John Rothesay',
] as const;

export function riding(name: string): SharedDef {
  return { id: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'), kind: 'Place', name };
}
