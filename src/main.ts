import { bootstrapApplication } from '@angular/platform-browser';
import { App } from './app/app';
import { appConfig } from './app/app.config';
import { prefetchFirstPageCode } from './app/core/loading/first-page-prefetch';

prefetchFirstPageCode(location.pathname);
bootstrapApplication(App, appConfig).catch((error: unknown) => console.error(error));
