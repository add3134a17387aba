// The generated files are checked in, so that type-checking and the server need no generator run;
// these tests regenerate them in memory and fail when a checked-in one is stale.
import { readFileSync } from 'node:fs';
import { GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { NODE_KINDS, RELATION_TYPES } from '../graph/src/model.ts';
import { buildSchema } from '../server/src/app.ts';
import { ANNOTATE_TYPES, CLIENT_OPERATIONS, generate, MODEL_SDL, SERVER_TYPES } from './codegen.ts';

const ROOT = new URL('../', import.meta.url);
const generated = await generate();

describe('npm run codegen', () => {
  it('writes the model enums, the server types of both modes and the client operation types', () => {
    expect(generated.map((f) => f.path)).toEqual([MODEL_SDL, SERVER_TYPES, ANNOTATE_TYPES, CLIENT_OPERATIONS]);
  });

  it.each(generated.map((file) => [file.path, file] as const))(
    'has written %s as it would now (run `npm run codegen` if not)',
    (path, file) => {
      expect(readFileSync(new URL(path, ROOT), 'utf8')).toBe(file.content);
    },
  );
});

describe('the schema the server builds', () => {
  const schema = buildSchema();
  const values = (name: string) => {
    const type = schema.getType(name);
    return type instanceof GraphQLEnumType ? type.getValues().map((v) => v.name) : `${name} is not an enum`;
  };

  it('has the kinds and relation types of graph/src/model.ts as its NodeKind and RelationType enums, in order', () => {
    expect({ kinds: values('NodeKind'), types: values('RelationType') }).toEqual({ kinds: [...NODE_KINDS], types: [...RELATION_TYPES] });
  });
});
