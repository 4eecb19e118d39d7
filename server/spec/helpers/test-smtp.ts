import { createServer, type Server } from 'node:net';

/** A minimal SMTP server on the loopback that keeps each message's DATA, so specs can read what was sent. */
export class TestSmtp {
  readonly messages: string[] = [];
  private server: Server | undefined;

  async start(): Promise<string> {
    this.server = createServer((socket) => {
      let inData = false;
      let data = '';
      let buffer = '';
      socket.write('220 test ESMTP\r\n');
      socket.on('data', (chunk) => {
        buffer += chunk.toString('utf8');
        let newline: number;
        while ((newline = buffer.indexOf('\r\n')) >= 0) {
          const line = buffer.slice(0, newline);
          buffer = buffer.slice(newline + 2);
          if (inData) {
            if (line === '.') {
              inData = false;
              this.messages.push(data);
              data = '';
              socket.write('250 queued\r\n');
            } else {
              data += `${line}\n`;
            }
            continue;
          }
          const command = line.slice(0, 4).toUpperCase();
          if (command === 'EHLO' || command === 'HELO') {
            socket.write('250 test\r\n');
          } else if (command === 'DATA') {
            inData = true;
            socket.write('354 go ahead\r\n');
          } else if (command === 'QUIT') {
            socket.end('221 bye\r\n');
          } else {
            socket.write('250 ok\r\n');
          }
        }
      });
      socket.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    return `smtp://127.0.0.1:${port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
