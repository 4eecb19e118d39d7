import { provideBrowserGlobalErrorListeners, provideZonelessChangeDetection, type ApplicationConfig } from '@angular/core';

/**
 * Deliberately bare: no router, no HttpClient, no forms, no Material, no store. The page is opened
 * once on a phone, often on a slow connection, and every kilobyte is paid for before the first question.
 */
export const answerConfig: ApplicationConfig = {
  providers: [provideBrowserGlobalErrorListeners(), provideZonelessChangeDetection()],
};
