import type { Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface LoopbackListener {
  /** Origin of the server, e.g. `http://127.0.0.1:40123`. */
  readonly url: string;
  /** Stops listening and destroys open sockets (keep-alive included). */
  close(): Promise<void>;
}

/**
 * Makes `server` listen on 127.0.0.1, on `port` or an ephemeral one (0). Open sockets are
 * tracked so `close()` never waits on a keep-alive connection, and the server is unref'd so a
 * forgotten one cannot keep a test process alive. A port in use rejects with the `EADDRINUSE` error.
 */
export async function listenOnLoopback(server: Server, port = 0): Promise<LoopbackListener> {
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  server.unref();
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const socket of sockets) socket.destroy();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
