import net from 'node:net';
import { adminDatabaseUrl } from './test-env';

/**
 * A TCP relay in front of the test PostgreSQL server, to take "the database" away from a running app and bring
 * it back: `down()` closes the listener and cuts every open connection (what a crashed or restarting server
 * looks like to the app: ECONNRESET, then ECONNREFUSED), `up()` listens again on the same port.
 */
export class DatabaseProxy {
  private server: net.Server | null = null;
  private readonly sockets = new Set<net.Socket>();
  port = 0;

  /** The test server of this run (127.0.0.1:5432 or the embedded fallback). */
  private readonly targetHost = new URL(adminDatabaseUrl()).hostname;
  private readonly targetPort = Number(new URL(adminDatabaseUrl()).port || '5432');

  /** `url` with its host and port replaced by this relay's. */
  via(url: string): string {
    const parsed = new URL(url);
    parsed.hostname = '127.0.0.1';
    parsed.port = String(this.port);
    return parsed.toString();
  }

  async up(): Promise<void> {
    const server = net.createServer((client) => {
      const upstream = net.connect(this.targetPort, this.targetHost);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => undefined);
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    const address = server.address();
    if (address !== null && typeof address === 'object') this.port = address.port;
    this.server = server;
  }

  async down(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
