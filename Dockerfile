# One image for every service of the federation; docker-compose.yml picks the
# entry point per service. Services run their TypeScript sources with tsx, a
# dependency of each service (see docs/architecture.md: no separate build step
# to drift from the tests).
#
# A production image: only the services' workspaces are installed (--workspace),
# without development dependencies. Plain `npm ci --omit=dev` would not do: npm
# installs every workspace's dependencies, and packages/dev-database (embedded
# PostgreSQL, COPY) and test are workspaces too. npm ci still checks the lockfile
# against every workspace's package.json, so all of them are copied first.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production APOLLO_TELEMETRY_DISABLED=1 npm_config_fund=false npm_config_audit=false
COPY package.json package-lock.json ./
COPY packages/tsconfig/package.json packages/tsconfig/
COPY packages/platform/package.json packages/platform/
COPY packages/auth/package.json packages/auth/
COPY packages/persistence/package.json packages/persistence/
COPY packages/dev-database/package.json packages/dev-database/
COPY packages/org-tree/package.json packages/org-tree/
COPY packages/demo-data/package.json packages/demo-data/
COPY packages/subgraph-runtime/package.json packages/subgraph-runtime/
COPY packages/telemetry/package.json packages/telemetry/
COPY subgraphs/workplace-committee/package.json subgraphs/workplace-committee/
COPY subgraphs/residence-committee/package.json subgraphs/residence-committee/
COPY subgraphs/evaluation/package.json subgraphs/evaluation/
COPY gateway/package.json gateway/
COPY test/package.json test/
RUN npm ci --omit=dev --ignore-scripts \
      --workspace gateway --workspace subgraphs/workplace-committee \
      --workspace subgraphs/residence-committee --workspace subgraphs/evaluation \
    && npm rebuild esbuild
COPY . .
USER node
CMD ["node", "--import", "tsx", "gateway/src/index.ts"]
