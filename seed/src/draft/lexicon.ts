// The words the drafter's rules read: how these summaries name organizations, roles, groups and
// events. Lists of the genre's vocabulary, not of any one document's names.
import type { NodeKind } from '../../../graph/src/model.ts';

export type OrgCategory = 'party' | 'agency' | 'task force' | 'platform' | 'media' | 'group' | 'government' | 'commission';

/** The last word(s) of an organization's name, and the category they suggest. */
export const ORG_HEADS: ReadonlyMap<string, OrgCategory> = new Map([
  ['Party', 'party'], ['Parti', 'party'], ['Alliance', 'party'], ['Coalition', 'party'], ['Bloc', 'party'], ['League', 'party'],
  ['Movement', 'party'], ['Front', 'party'], ['Congress', 'party'],
  ['Centre', 'agency'], ['Center', 'agency'], ['Agency', 'agency'], ['Service', 'agency'], ['Office', 'agency'],
  ['Bureau', 'agency'], ['Secretariat', 'agency'], ['Police', 'agency'], ['Institute', 'agency'], ['Directorate', 'agency'],
  ['Establishment', 'agency'], ['Board', 'agency'], ['Authority', 'agency'], ['Unit', 'agency'],
  ['Force', 'task force'], ['Committee', 'task force'], ['Council', 'task force'], ['Panel', 'task force'],
  ['Commission', 'commission'], ['Commissioner', 'commission'], ['Tribunal', 'commission'],
  ['Government', 'government'], ['Ministry', 'government'], ['Department', 'government'], ['Parliament', 'government'],
  ['Association', 'group'], ['Foundation', 'group'], ['Network', 'group'], ['Union', 'group'], ['Society', 'group'],
  ['Federation', 'group'], ['Club', 'group'], ['Group', 'group'], ['Caucus', 'group'],
  ['News', 'media'], ['Times', 'media'], ['Courier', 'media'], ['Journal', 'media'], ['Star', 'media'], ['Sun', 'media'], ['Globe', 'media'], ['Chronicle', 'media'], ['Observer', 'media'], ['Daily', 'media'], ['Gazette', 'media'], ['Post', 'media'], ['Herald', 'media'], ['Gazette', 'media'], ['Tribune', 'media'],
]);

/** Words that start an organization's name wherever they end ("Elections Canada", "Public Safety Canada"). */
export const ORG_STARTS: ReadonlyMap<string, OrgCategory> = new Map([
  ['Elections', 'agency'], ['Ministry', 'government'], ['Department', 'government'], ['Office', 'agency'],
  ['Government', 'government'], ['Commissioner', 'commission'],
]);

/** Head nouns of a role ("National Director", "a senior director", "the head of"). */
export const ROLE_HEADS = new Set([
  'director', 'manager', 'chair', 'chairperson', 'president', 'vice-president', 'head', 'coordinator', 'officer',
  'adviser', 'advisor', 'secretary', 'treasurer', 'agent', 'organizer', 'organiser', 'lead', 'strategist', 'minister',
  'chief', 'leader', 'commissioner', 'deputy', 'analyst', 'liaison', 'spokesperson', 'counsel', 'staffer',
  'administrator', 'registrar', 'auditor', 'inspector', 'superintendent', 'clerk', 'campaigner', 'volunteer', 'candidate',
  'member', 'representative', 'official', 'employee', 'researcher', 'specialist', 'consultant', 'principal',
]);

/** Role heads that name a person only with a title before them or an organization after ("the director of X"). */
export const WEAK_ROLE_HEADS = new Set(['member', 'representative', 'official', 'employee', 'volunteer', 'candidate', 'researcher']);

/** Plural nouns naming a group of people ("volunteer researchers", "the media", "political parties"). */
export const GROUP_HEADS = new Set([
  'experts', 'researchers', 'students', 'candidates', 'staff', 'volunteers', 'leaders', 'parties', 'officials',
  'members', 'organizers', 'organisers', 'supporters', 'journalists', 'individuals', 'diaspora', 'communities', 'voters',
  'workers', 'staffers', 'campaigners', 'agencies', 'advisers', 'advisors', 'vendors',
  'providers', 'platforms', 'groups', 'associations', 'companies', 'organizations', 'organisations', 'services',
]);

/** Plural nouns that name a group only as "X of ORG" ("representatives of Elections Canada"); elsewhere they describe people. */
export const GROUP_OF_ONLY = new Set(['representatives', 'delegates']);

/** Singular nouns naming a body of people ("all staff", "the Alliance's executive", "the nomination committee"). */
export const COLLECTIVE_HEADS = new Set(['staff', 'executive', 'committee', 'team', 'caucus', 'board', 'secretariat']);

/** Group heads that are a group only with a modifier before them: bare "members" or "voters" is too vague. */
export const GROUP_NEEDS_MODIFIER = new Set(['members', 'voters', 'individuals', 'groups', 'representatives', 'vendors', 'providers', 'workers', 'communities', 'agencies', 'associations', 'platforms', 'officials', 'companies', 'organizations', 'organisations', 'accounts', 'staff', 'candidates', 'volunteers', 'services', 'representatives']);

/** Nationality adjectives naming a state actor when they qualify an act or actors ("Russian attempts"). */
export const NATIONALITIES: ReadonlyMap<string, string> = new Map([
  ['Russian', 'Russia'], ['Chinese', 'China'], ['Iranian', 'Iran'], ['Indian', 'India'], ['Pakistani', 'Pakistan'],
  ['North Korean', 'North Korea'], ['Turkish', 'Turkey'], ['Saudi', 'Saudi Arabia'],
]);
/** What a nationality adjective must qualify to mean the state ("Russian attempts", not "Russian speakers"). */
export const STATE_ACT_NOUNS = new Set(['attempts', 'attempt', 'interference', 'officials', 'government', 'actors', 'agents', 'operatives', 'state', 'diplomats', 'consulate', 'embassy', 'campaign']);

/** Capitalised words that never begin a person's name. */
export const NOT_NAME = new Set([
  'The', 'A', 'An', 'In', 'On', 'At', 'As', 'Of', 'For', 'From', 'To', 'With', 'By', 'And', 'Or', 'But', 'If', 'When', 'While',
  'After', 'Before', 'During', 'Since', 'Until', 'Although', 'Because', 'However', 'Instead', 'Also', 'All', 'Both', 'Each',
  'Any', 'No', 'Not', 'There', 'This', 'That', 'These', 'Those', 'It', 'He', 'She', 'They', 'We', 'His', 'Her', 'Their',
  'Its', 'Our', 'Party', 'Parties', 'Mr', 'Ms', 'Mrs', 'Dr', 'Commission', 'Counsel', 'Canada', 'Canadian', 'Federal',
  'National', 'Election', 'Elections', 'Stage', 'Interview', 'Summary', 'Notes', 'Reader', 'Recommendations', 'Background',
  'Information', 'Guidance', 'Attendees', 'Caution', 'Media', 'With', 'From', 'Following', 'According', 'Overall', 'Given',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'English', 'French', 'Internet',
  'Liberal', 'Conservative', 'Democratic', 'Green', 'Task', 'Force', 'Security', 'Intelligence', 'Cyber', 'Centre', 'Center',
  'Government', 'Minister', 'Prime', 'House', 'Senate', 'Parliament', 'Province',
  'Director', 'Manager', 'Chair', 'President', 'Head', 'Officer', 'Chief', 'Leader', 'Secretary', 'Campaign', 'Riding',
]);

/** Other names of one actor, as the summaries write them: the canonical name they stand for. */
export const SYNONYMS: ReadonlyMap<string, string> = new Map([
  ['Government of Canada', 'Federal government'],
  ['Canadian government', 'Federal government'],
  ['Government of Canada’s', 'Federal government'],
]);

/** Honorifics before a surname. */
export const HONORIFIC = /^(?:Mr|Ms|Mrs|Mx|Dr|Prof|Hon)\.$/;

/** Nouns of events, with the kind they make. */
export const EVENT_NOUNS: ReadonlyMap<string, NodeKind> = new Map([
  ['briefing', 'Briefing'], ['briefings', 'Briefing'], ['debriefing', 'Briefing'], ['debriefings', 'Briefing'],
  ['meeting', 'Meeting'], ['call', 'Meeting'], ['conversation', 'Meeting'],
]);

/** Words naming an incident in these summaries. */
export const INCIDENT_NOUNS = /\b(?:threatening|threatened|death threats?|posed as|posing as|pretending to be|fake (?:account|profile|website|page)s?|doctored|fabricated|deepfakes?|breach(?:es)?|hack(?:ing)?|hacked|intrusion|phishing|compromise|impersonat(?:ion|ed|ing)|leak(?:ed)?|disinformation campaign|misinformation campaign|cyber ?attack|attack|harassment|intimidation|threats? against|attempts? to interfere|interfered|interference attempt|suspicious (?:email|message|call|activity|donations?|payments?))\b/i;

/** Verbs reporting speech or belief, for ASSERTED. */
export const SPEECH_VERBS = /\b(stated|states|said|says|noted|notes|indicated|indicates|explained|explains|believes?|believed|recalled|recalls|added|adds|emphasi[sz]ed|emphasi[sz]es|confirmed|confirms|described|describes|told|advised|maintained|maintains|testified|acknowledged|acknowledges|recounted|observed|suggested|stressed|clarified|agreed|disagreed|denied|denies|thought|thinks|felt|feels|understood|understands|was (?:of the view|not aware|unaware|aware)|did not (?:believe|think|recall|know)|does not (?:believe|think|recall|know)|has no knowledge)\b/;

/** Publication nouns ("a candidate manual", "media reports"). */
export const PUBLICATION_HEADS = new Set(['manual', 'guide', 'booklet', 'handbook', 'report', 'reports', 'bulletin', 'pamphlet', 'advisory', 'article', 'articles', 'memo', 'newsletter', 'toolkit', 'checklist', 'brochure', 'story', 'stories']);
