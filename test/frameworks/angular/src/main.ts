import { bootstrapApplication } from '@angular/platform-browser';
import 'phone-login';
import { App } from './app/app';

bootstrapApplication(App).catch((err) => console.error(err));
