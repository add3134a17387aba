// docker-compose.yml, read as Compose reads it (YAML with merge keys; `docker compose config` needs
// Docker, which the tests do not have): Neo4j, the seed once, and two app replicas on that one
// Neo4j that differ in their published port only, the second behind the `replicas` profile.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';

const FILE = fileURLToPath(new URL('../docker-compose.yml', import.meta.url));

const Service = z
  .object({
    image: z.string().optional(),
    build: z.string().optional(),
    environment: z.record(z.string(), z.string()).optional(),
    depends_on: z.record(z.string(), z.object({ condition: z.string() })).optional(),
    ports: z.array(z.string()).optional(),
    profiles: z.array(z.string()).optional(),
    restart: z.string().optional(),
  })
  .loose();
const Compose = z.object({ services: z.record(z.string(), Service), volumes: z.record(z.string(), z.unknown()) }).loose();

describe('docker-compose.yml', async () => {
  const compose = Compose.parse(parse(await readFile(FILE, 'utf8'), { merge: true }));
  const { app, 'app-2': second, seed } = compose.services;

  it('has Neo4j, the seed, and two app replicas, the second one behind the replicas profile', () => {
    expect(Object.keys(compose.services).sort()).toEqual(['app', 'app-2', 'neo4j', 'seed']);
    expect({ app: app?.profiles, second: second?.profiles }).toEqual({ app: undefined, second: ['replicas'] });
  });

  it('runs both replicas alike on the one Neo4j, after the seed, on different host ports', () => {
    const { ports: appPorts, profiles: _a, ...appRest } = app ?? {};
    const { ports: secondPorts, profiles: _b, ...secondRest } = second ?? {};
    expect(secondRest).toEqual(appRest);
    expect({ app: appPorts, second: secondPorts }).toEqual({ app: ['127.0.0.1:4000:4000'], second: ['127.0.0.1:4001:4000'] });
    expect(app?.environment?.['NEO4J_URI']).toBe(seed?.environment?.['NEO4J_URI']);
    expect(app?.environment?.['NEO4J_URI']).toMatch(/^(bolt|neo4j):\/\/neo4j:7687$/);
    expect(app?.depends_on).toEqual({ neo4j: { condition: 'service_healthy' }, seed: { condition: 'service_completed_successfully' } });
    // localhost and 127.0.0.1 on any port: both published ports are allowed.
    expect(app?.environment?.['ALLOWED_HOSTS']?.split(',')).toEqual(['localhost', '127.0.0.1', '[::1]']);
  });
});
