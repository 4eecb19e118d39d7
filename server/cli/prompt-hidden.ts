/**
 * Asks for a secret on the terminal without echoing it (raw mode, so no shell history or screen
 * copy). Enter finishes, Backspace deletes, Ctrl-C cancels. Only for a TTY stdin.
 */
export function promptHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) {
    return Promise.reject(new Error('Cannot prompt: standard input is not a terminal.'));
  }
  return new Promise((resolve, reject) => {
    let answer = '';
    const finish = (error?: Error) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
      if (error) {
        reject(error);
      } else {
        resolve(answer);
      }
    };
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n' || char === '\u0004') {
          finish();
          return;
        }
        if (char === '\u0003') {
          finish(new Error('Cancelled.'));
          return;
        }
        if (char === '\u007f' || char === '\b') {
          answer = Array.from(answer).slice(0, -1).join('');
        } else if (char >= ' ') {
          answer += char;
        }
      }
    };
    process.stderr.write(question);
    stdin.setEncoding('utf8');
    stdin.setRawMode(true);
    stdin.resume();
    stdin.on('data', onData);
  });
}
