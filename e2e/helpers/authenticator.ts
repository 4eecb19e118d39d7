import { generate } from 'otplib';

/**
 * The authenticator app of a journey, computing codes with the same library as the server.
 * `stepsAhead` asks for the code of a later 30-second step (the server accepts one step of drift),
 * so a journey needs no wait for a fresh code after using one.
 */
export function authenticatorCode(secret: string, stepsAhead = 0): Promise<string> {
  return generate({ secret, epoch: Math.floor(Date.now() / 1000) + stepsAhead * 30 });
}
