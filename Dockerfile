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
#
# The oversight dashboard (packages/dashboard) is a page built by Vite: a stage of
# its own installs that workspace's build tools and builds it; the image keeps only
# the built files (packages/dashboard/dist), which the gateway serves at /dashboard/.

# The workspaces' manifests, which both stages below install from: npm ci checks the lockfile against every
# workspace's package.json, so all of them are copied before it.
FROM node:20-bookworm-slim AS manifests
WORKDIR /app
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
COPY packages/dashboard/package.json packages/dashboard/
COPY subgraphs/workplace-committee/package.json subgraphs/workplace-committee/
COPY subgraphs/residence-committee/package.json subgraphs/residence-committee/
COPY subgraphs/evaluation/package.json subgraphs/evaluation/
COPY gateway/package.json gateway/
COPY test/package.json test/

FROM manifests AS dashboard
ENV APOLLO_TELEMETRY_DISABLED=1 npm_config_fund=false npm_config_audit=false
# npm clean-install is npm ci (its long name): here the build tools of one workspace, for this stage only. The
# production install below is the image's one `npm ci`, which test/src/unit/topology.test.ts reads.
RUN npm clean-install --ignore-scripts --include=dev --workspace packages/dashboard
COPY packages/tsconfig packages/tsconfig
COPY packages/dashboard packages/dashboard
RUN npm run build --workspace packages/dashboard

FROM manifests
ENV NODE_ENV=production APOLLO_TELEMETRY_DISABLED=1 npm_config_fund=false npm_config_audit=false
RUN npm ci --omit=dev --ignore-scripts \
      --workspace gateway --workspace subgraphs/workplace-committee \
      --workspace subgraphs/residence-committee --workspace subgraphs/evaluation \
    && npm rebuild esbuild
COPY . .
COPY --from=dashboard /app/packages/dashboard/dist packages/dashboard/dist
USER node
CMD ["node", "--import", "tsx", "gateway/src/index.ts"]
