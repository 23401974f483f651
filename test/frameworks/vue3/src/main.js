import { createApp } from 'vue';
import 'phone-login';
import App from './App.vue';

createApp(App).mount('#app');
