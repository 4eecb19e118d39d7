import { firstPageChunks } from './first-page-prefetch';

describe('firstPageChunks', () => {
  it('fetches the caseload page for the home address and the caseload', () => {
    expect(firstPageChunks('/')).toEqual(['shell', 'clientsRoutes', 'caseload']);
    expect(firstPageChunks('/caseload')).toEqual(['shell', 'clientsRoutes', 'caseload']);
  });

  it('fetches the client page with its overview for a client address, without the overview for a tab', () => {
    expect(firstPageChunks('/clients/0193a6c1-0000-7000-8000-000000000001')).toEqual(['shell', 'clientsRoutes', 'clientPage', 'clientOverview']);
    expect(firstPageChunks('/clients/0193a6c1-0000-7000-8000-000000000001/network')).toEqual(['shell', 'clientsRoutes', 'clientPage']);
  });

  it('fetches the team routes for a supervisor address and nothing for sign-in', () => {
    expect(firstPageChunks('/team')).toEqual(['shell', 'teamRoutes']);
    expect(firstPageChunks('/sign-in')).toEqual([]);
    expect(firstPageChunks('/agenda')).toEqual(['shell']);
  });
});
