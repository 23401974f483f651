import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { PhoneLogin } from 'phone-login/react';

// The API's URL comes from the page's: ?api=https://api.example/api/auth-valimo/
const api = new URLSearchParams(location.search).get('api') ?? '/api/auth-valimo/';

function App() {
  const [lang, setLang] = useState('en');
  const [token, setToken] = useState('');
  const [cancels, setCancels] = useState(0);
  return (
    <main>
      {/* React 18 would pass every prop as an attribute and cannot listen to custom events: the wrapper can. */}
      <PhoneLogin
        endpoint={api}
        defaultCountry="EE"
        lang={lang}
        onSuccess={(event) => setToken(event.detail.token)}
        onCancel={() => setCancels((n) => n + 1)}
      />
      <output id="token">{token}</output>
      <output id="cancels">{cancels}</output>
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
