import type { Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface LoopbackListener {
  /** Origin of the server, e.g. `http://127.0.0.1:40123`. */
  readonly url: string;
  /** Stops listening and destroys open sockets (keep-alive included). */
  close(): Promise<void>;
}

/**
 * Makes `server` listen on 127.0.0.1 with an ephemeral port. Open sockets are
 * tracked so `close()` never waits on a keep-alive connection, and the server
 * is unref'd so a forgotten one cannot keep the test process alive.
 */
export async function listenOnLoopback(server: Server): Promise<LoopbackListener> {
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.unref();
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const socket of sockets) socket.destroy();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
