import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'phone-login';

// The API's URL comes from the page's: ?api=https://api.example/api/auth-valimo/
const api = new URLSearchParams(location.search).get('api') ?? '/api/auth-valimo/';

function App() {
  const [lang, setLang] = useState('en');
  const [token, setToken] = useState('');
  const [cancels, setCancels] = useState(0);
  const [camelCase, setCamelCase] = useState([]);
  return (
    <main>
      {/* React 19 sets properties and listens to `on` + the event's name as written: onsuccess → "success". */}
      <phone-login
        endpoint={api}
        default-country="EE"
        lang={lang}
        onsuccess={(event) => setToken(event.detail.token)}
        oncancel={() => setCancels((n) => n + 1)}
        // The camelCase forms, kept to prove they never fire: onSuccess listens for "Success",
        // and onCancel is React's own event of <dialog>.
        onSuccess={() => setCamelCase((names) => [...names, 'onSuccess'])}
        onCancel={() => setCamelCase((names) => [...names, 'onCancel'])}
      />
      <output id="token">{token}</output>
      <output id="cancels">{cancels}</output>
      <output id="camel-case">{camelCase.join(' ')}</output>
      <button type="button" id="lang" onClick={() => setLang(lang === 'en' ? 'et' : 'en')}>
        {lang === 'en' ? 'Eesti keeles' : 'In English'}
      </button>
    </main>
  );
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
