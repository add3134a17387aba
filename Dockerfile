# The API and the viewer on one port. Without NEO4J_URI it serves the in-memory graph built from
# seed/; with it (docker-compose.yml), Neo4j, seeding it first when it is empty.
FROM node:20-slim

WORKDIR /app

# Dependencies first, so a change to the sources does not reinstall them.
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

COPY . .
# Build the viewer (client/dist), then drop the build and test tools from the image.
RUN npm run build --if-present && npm prune --omit=dev --no-audit --no-fund

# HOST=0.0.0.0: inside a container the port is only reachable from outside on every interface.
# npm_config_ignore_scripts: `npm start` must not run `prestart` (the viewer build) at run time;
# the viewer is already built and vite is no longer installed.
# npm_config_script_shell: npm passes `docker stop`'s SIGTERM to the script's shell; dash (the
# default /bin/sh) dies without passing it on, orphaning the server; bash execs the one command,
# so the server gets the signal and shuts down cleanly (measured: "SIGTERM: closing… Stopped").
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    npm_config_ignore_scripts=true \
    npm_config_script_shell=/bin/bash \
    npm_config_update_notifier=false

USER node
EXPOSE 4000

HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]

CMD ["npm", "start"]
