import { mount } from 'svelte';
import 'phone-login';
import App from './App.svelte';

mount(App, { target: document.getElementById('app') });
