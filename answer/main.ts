import { bootstrapApplication } from '@angular/platform-browser';
import { AnswerApp } from './app/answer-app';
import { answerConfig } from './app/answer-config';

bootstrapApplication(AnswerApp, answerConfig).catch((error: unknown) => console.error(error));
