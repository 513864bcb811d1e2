import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import express from 'express';
import { REFERENCE_DIR } from './supergraph/reference.js';

/** Where the gateway serves the IDE's files. */
export const GRAPHQL_IDE_PATH = '/graphql-ide';
/** Where it serves the developer reference generated from the API schema (gateway/schema/reference). */
export const REFERENCE_PATH = '/reference';

/** The reference is static: its own script and styles, nothing from elsewhere. */
const REFERENCE_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'none'";

const TITLE = 'Sinh hoạt hai chiều · GraphQL';

/** Monaco's workers by the label the editor asks for, each a file of its own. */
const WORKERS = { editorWorkerService: 'editor.worker.js', json: 'json.worker.js', graphql: 'graphql.worker.js' } as const;

const DEFAULT_QUERY = `# Trình soạn truy vấn GraphQL (GraphiQL) của hệ thống sinh hoạt hai chiều, do gateway
# phục vụ: không cần Internet. Mỗi yêu cầu cần một token: dán vào ô Headers bên dưới,
# thay cho <token>. Token thử: npm run -s token -- --role oversight --org <mã tổ chức>.
# Chạy truy vấn: Ctrl-Enter. Tài liệu lược đồ: nút sách ở bên trái, hoặc tài liệu
# tham khảo đầy đủ tại /reference/.
#
# The GraphQL IDE (GraphiQL) of the two-way federation, served by the gateway itself:
# no internet needed. Every request needs a token: put it in the Headers editor below,
# in place of <token>. Run: Ctrl-Enter. Schema documentation: the book button on the left,
# or the whole reference at /reference/.

query Provinces {
  provinces {
    id
    name
    children { id name kind }
  }
}
`;

/** What GraphiQL starts with: the gateway's endpoint, a hint for the Authorization header (never kept in the browser's storage). */
const IDE_OPTIONS = {
  endpoint: '/graphql',
  title: TITLE,
  defaultQuery: DEFAULT_QUERY,
  headers: JSON.stringify({ Authorization: 'Bearer <token>' }, null, 2),
  shouldPersistHeaders: false,
};

/** Our own start-up script: Monaco's workers from the gateway (not from blobs or a CDN), then GraphiQL once the page has loaded. */
const START_SCRIPT = `'use strict';
(function () {
  var workers = ${JSON.stringify(Object.fromEntries(Object.entries(WORKERS).map(([label, file]) => [label, `${GRAPHQL_IDE_PATH}/${file}`])))};
  self.MonacoEnvironment = {
    globalAPI: false,
    getWorkerUrl: function (_moduleId, label) { return workers[label] || workers.editorWorkerService; },
  };
  window.addEventListener('DOMContentLoaded', function () {
    YogaGraphiQL.renderYogaGraphiQL(document.getElementById('graphql-ide'), ${JSON.stringify(IDE_OPTIONS)});
  });
})();
`;

/**
 * The landing page at /graphql: every file it loads is served by the gateway
 * (the content security policy holds the browser to that), so the IDE works
 * on a network without internet.
 */
const PAGE = `<!doctype html>
<html lang="vi">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; worker-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'">
    <title>${TITLE}</title>
    <link rel="icon" href="${GRAPHQL_IDE_PATH}/favicon.ico">
    <link rel="stylesheet" href="${GRAPHQL_IDE_PATH}/graphiql.css">
    <style>html, body, #graphql-ide { height: 100%; margin: 0; }</style>
  </head>
  <body class="no-focus-outline">
    <noscript>Trình soạn truy vấn cần JavaScript. The GraphQL IDE needs JavaScript.</noscript>
    <div id="graphql-ide"></div>
    <script src="${GRAPHQL_IDE_PATH}/start.js"></script>
    <script src="${GRAPHQL_IDE_PATH}/graphiql.js"></script>
  </body>
</html>
`;

interface Asset {
  body: string | Buffer;
  type: string;
  etag: string;
}

const asset = (body: string | Buffer, type: string): Asset => ({ body, type, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` });

/**
 * The IDE's files: GraphiQL as GraphQL Yoga builds it for browsers
 * (@graphql-yoga/render-graphiql: React, GraphiQL and the Monaco editor in one
 * script, its styles, the editor's workers), read on the first request for
 * one, since they weigh some 9 MB.
 */
async function loadAssets(): Promise<Map<string, Asset>> {
  const bundle = await import('@graphql-yoga/render-graphiql/graphiql');
  const favicon = /^data:([^;,]+);base64,(.*)$/s.exec(bundle.favicon);
  return new Map([
    ['start.js', asset(START_SCRIPT, 'text/javascript; charset=utf-8')],
    ['graphiql.js', asset(bundle.js, 'text/javascript; charset=utf-8')],
    ['graphiql.css', asset(bundle.css, 'text/css; charset=utf-8')],
    [WORKERS.editorWorkerService, asset(bundle.editorWorkerService, 'text/javascript; charset=utf-8')],
    [WORKERS.json, asset(bundle.jsonWorker, 'text/javascript; charset=utf-8')],
    [WORKERS.graphql, asset(bundle.graphqlWorker, 'text/javascript; charset=utf-8')],
    ...(favicon ? [['favicon.ico', asset(Buffer.from(favicon[2]!, 'base64'), favicon[1]!)] as const] : []),
  ]);
}

/**
 * A GraphQL IDE for development that needs no internet: GraphiQL, with a
 * headers editor for the bearer token, in place of Apollo Sandbox (which the
 * browser loads from Apollo's CDN); and next to it, at /reference/, the
 * developer reference generated from the API schema. The gateway leaves all of
 * it out in production, as it does introspection.
 */
export function graphqlIde(): { landingPage: ApolloServerPlugin; routes(app: express.Express): void } {
  let assets: Promise<Map<string, Asset>> | undefined;
  return {
    landingPage: {
      async serverWillStart() {
        return {
          async renderLandingPage() {
            return { html: PAGE };
          },
        };
      },
    },
    routes(app) {
      app.use(REFERENCE_PATH, (_req, res, next) => {
        res.set({ 'content-security-policy': REFERENCE_SECURITY_POLICY, 'x-content-type-options': 'nosniff' });
        next();
      }, express.static(REFERENCE_DIR), (_req, res) => {
        res.status(404).type('text/plain').send('Not found');
      });
      app.get(`${GRAPHQL_IDE_PATH}/:file`, async (req, res, next) => {
        try {
          assets ??= loadAssets();
          const found = (await assets).get(req.params.file);
          if (!found) {
            res.status(404).type('text/plain').send('Not found');
            return;
          }
          res.set({ 'content-type': found.type, 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff', etag: found.etag });
          res.send(found.body);
        } catch (error) {
          assets = undefined;
          next(error);
        }
      });
    },
  };
}
