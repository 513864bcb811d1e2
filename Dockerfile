# One image for every service of the federation; docker-compose.yml picks the
# entry point per service. Services run their TypeScript sources with tsx
# (see docs/architecture.md: no separate build step to drift from the tests).
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production APOLLO_TELEMETRY_DISABLED=1 npm_config_fund=false npm_config_audit=false
COPY package.json package-lock.json ./
COPY packages/tsconfig/package.json packages/tsconfig/
COPY packages/platform/package.json packages/platform/
COPY packages/auth/package.json packages/auth/
COPY packages/persistence/package.json packages/persistence/
COPY packages/org-tree/package.json packages/org-tree/
COPY packages/demo-data/package.json packages/demo-data/
COPY packages/subgraph-runtime/package.json packages/subgraph-runtime/
COPY subgraphs/workplace-committee/package.json subgraphs/workplace-committee/
COPY subgraphs/residence-committee/package.json subgraphs/residence-committee/
COPY subgraphs/evaluation/package.json subgraphs/evaluation/
COPY gateway/package.json gateway/
COPY test/package.json test/
RUN npm ci --include=dev --ignore-scripts && npm rebuild esbuild
COPY . .
USER node
CMD ["node", "--import", "tsx", "gateway/src/index.ts"]
