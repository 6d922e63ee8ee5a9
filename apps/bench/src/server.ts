// One small static server for the benchmark's pages and for each built explorer: files through
// sirv on 127.0.0.1 only, so nothing the browser loads comes from elsewhere.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/** A running server. */
export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  close(): Promise<void>;
}

/** Serves the folder `root` on a free port of 127.0.0.1 (`dir/` answers with `dir/index.html`). */
export async function serveFolder(root: string): Promise<StaticServer> {
  // `dev: true` reads the folder on every request: the data of a size is written after the
  // server started, and sirv's production mode only serves files it saw at start.
  const files = sirv(root, { dev: true, etag: false, dotfiles: false });
  const server = createServer((request, response) =>
    files(request, response, () => {
      response.writeHead(404).end('not found');
    }),
  );
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
