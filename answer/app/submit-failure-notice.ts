/** What to tell someone whose answers did not go through but who can try again, answers kept. */
export function submitFailureNotice(outcome: 'invalid' | 'rate-limited' | 'unavailable'): string {
  switch (outcome) {
    case 'invalid':
      return 'Some answers could not be accepted. Check them, then send them again.';
    case 'rate-limited':
      return 'There have been too many tries. Wait a few minutes, then send your answers again. Your answers are still here.';
    case 'unavailable':
      return 'Your answers could not be sent. Check your internet connection, then send them again. Your answers are still here.';
  }
}
