import { BARE_LINK_PATH, takeLinkToken } from './link-token';

describe('takeLinkToken', () => {
  const TOKEN = 'q9Zl3x0vH2yT7bE1kQm4Rw8sN5uA6cJd-_aPfGiLoYe';

  function historySpy() {
    return jasmine.createSpyObj<Pick<History, 'replaceState'>>('history', ['replaceState']);
  }

  it('returns the token of /r/<token> and leaves only /r/ in the address bar', () => {
    const history = historySpy();

    expect(takeLinkToken({ pathname: `/r/${TOKEN}` }, history)).toBe(TOKEN);
    expect(history.replaceState).toHaveBeenCalledOnceWith(null, '', BARE_LINK_PATH);
  });

  it('finds no token on the bare /r/ (a reload) and has nothing to replace', () => {
    const history = historySpy();

    expect(takeLinkToken({ pathname: '/r/' }, history)).toBeNull();
    expect(history.replaceState).not.toHaveBeenCalled();
  });

  it('refuses what is not a token, and still clears the address', () => {
    for (const pathname of ['/r/short', `/r/${TOKEN}/more`, `/r/${TOKEN}%3Cscript%3E`, '/somewhere']) {
      const history = historySpy();
      expect(takeLinkToken({ pathname }, history)).withContext(pathname).toBeNull();
      expect(history.replaceState).withContext(pathname).toHaveBeenCalledOnceWith(null, '', BARE_LINK_PATH);
    }
  });
});
