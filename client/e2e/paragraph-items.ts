// How much YAML the items of one paragraph take by hand: the nodes and relations of an annotation
// that cite the paragraph, with the lines and characters of their entries as written in the file.
// The workbench suite compares its counted steps with this for the Ishmael summary's paragraph 5.
// As a command: npx tsx client/e2e/paragraph-items.ts FILE.yaml PARAGRAPH
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isMap, isSeq, parseDocument } from 'yaml';

export interface ParagraphItems {
  /** "node braeden-caley", "edge braeden-caley ATTENDED site-briefings-2019", in file order */
  items: string[];
  lines: number;
  characters: number;
}

export function paragraphItems(yamlText: string, paragraph: number): ParagraphItems {
  const doc = parseDocument(yamlText);
  const result: ParagraphItems = { items: [], lines: 0, characters: 0 };
  for (const key of ['nodes', 'edges'] as const) {
    const list = doc.get(key);
    if (!isSeq(list)) continue;
    for (const item of list.items) {
      if (!isMap(item) || !item.range) continue;
      const evidence = item.get('evidence');
      if (!isSeq(evidence) || !evidence.items.some((e) => isMap(e) && Number(e.get('paragraph')) === paragraph)) continue;
      // The entry from its first key to its end, without the blank lines or comments after it.
      const text = yamlText.slice(item.range[0], item.range[1]).replace(/(\n\s*(#.*)?)+$/, '');
      const name = key === 'nodes' ? String(item.get('id')) : `${item.get('source')} ${item.get('type')} ${item.get('target')}`;
      result.items.push(`${key === 'nodes' ? 'node' : 'edge'} ${name}`);
      result.lines += text.split('\n').length;
      result.characters += text.length;
    }
  }
  return result;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [file, paragraph] = process.argv.slice(2);
  if (!file || !paragraph || !/^\d+$/.test(paragraph)) {
    console.error('usage: npx tsx client/e2e/paragraph-items.ts FILE.yaml PARAGRAPH');
    process.exit(2);
  }
  const counted = paragraphItems(readFileSync(file, 'utf8'), Number(paragraph));
  console.log(`${counted.items.join('\n')}\n${counted.items.length} items, ${counted.lines} lines, ${counted.characters} characters`);
}
