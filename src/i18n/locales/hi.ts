import type { Count, Terms, Wait } from '../terms.js';

/** Hindi. `n` words a count in this language's plural forms, `wait` a wait from now (both bound to the locale). */
const hi = (n: Count, wait: Wait): Terms => ({
  phoneLabel: 'फ़ोन नंबर',
  phoneHint: 'अगर आपका नंबर किसी दूसरे देश का है, तो देश का कोड जोड़ें, जैसे +91।',
  phoneProblems: {
    required: 'अपना फ़ोन नंबर दर्ज करें।',
    'too-short': 'यह नंबर बहुत छोटा है।',
    'too-long': 'यह नंबर बहुत लंबा है।',
    'invalid-country': 'यह देश कोड मौजूद नहीं है। "+" के बाद के अंक जाँचें।',
    'not-a-number': 'फ़ोन नंबर में केवल अंक होते हैं।',
    'not-mobile': 'यह मोबाइल नंबर नहीं है। अपने मोबाइल फ़ोन का नंबर दर्ज करें।',
    'country-not-allowed': 'इस देश के नंबर यहाँ इस्तेमाल नहीं किए जा सकते।',
    invalid: 'यह मान्य फ़ोन नंबर नहीं है।',
  },
  phoneMismatch: 'इस पेज से केवल उसी फ़ोन नंबर से लॉगिन किया जा सकता है जिसके लिए यह खोला गया था।',
  countryChosen: (name, dial) => `देश: ${name}, +${dial}`,
  countryNone: 'देश चुनें',
  countryDialog: 'देश चुनें',
  countrySearch: 'देश के नाम या डायल कोड से खोजें',
  countryList: 'देश',
  countryResults: (count) => (count === 0 ? 'कोई देश नहीं मिला।' : n(count, { one: '# देश मिला।', other: '# देश मिले।' })),
  submit: 'जारी रखें',
  submitting: 'भेजा जा रहा है…',
  starting: 'लॉगिन शुरू हो रहा है…',
  startUnreachable: 'लॉगिन सेवा से संपर्क नहीं हो सका। अपना कनेक्शन जाँचें और फिर से कोशिश करें।',
  rateLimited: (seconds) => `बहुत अधिक प्रयास। ${wait(seconds)} फिर से कोशिश करें।`,
  smsBudget: (seconds) => `अभी हम इस देश में कोड नहीं भेज सकते। ${wait(seconds)} फिर से कोशिश करें या लॉगिन का कोई दूसरा तरीका अपनाएँ।`,
  requestSentTo: (phone) => `लॉगिन अनुरोध ${phone} पर भेजा गया।`,
  codeHeading: 'सत्यापन कोड',
  codeAnnouncement: (digits, status) => `सत्यापन कोड: ${digits}। ${status}`,
  codeInstruction: 'फ़ोन पर पुष्टि करने से पहले देख लें कि उस पर यही कोड दिख रहा है।',
  waitingScheduled: 'आपके फ़ोन पर अनुरोध भेजा जा रहा है…',
  waitingProcessing: 'आपके फ़ोन पर पुष्टि की प्रतीक्षा है…',
  connectionTrouble: 'कनेक्शन में समस्या। कोशिश जारी है…',
  pinLabel: 'SMS में आया कोड',
  pinHint: (length, type) =>
    type === 'numeric'
      ? n(length, { one: '# अंक', other: '# अंक' })
      : type === 'alpha'
        ? n(length, { one: '# अक्षर', other: '# अक्षर' })
        : n(length, { one: '# अक्षर या अंक', other: '# अक्षर या अंक' }),
  pinIncomplete: (length) => `कोड के सभी ${n(length, { one: '# वर्ण', other: '# वर्ण' })} दर्ज करें।`,
  codeSentTo: (phone) => `हमने ${phone} पर SMS से एक कोड भेजा है।`,
  codeSent: (minutes) =>
    minutes === undefined
      ? 'कोड SMS से भेज दिया गया है।'
      : `कोड SMS से भेज दिया गया है। यह ${n(minutes, { one: '# मिनट', other: '# मिनट' })} में समाप्त हो जाएगा।`,
  expiresIn: (time) => `कोड ${time} में समाप्त होगा।`,
  expiringSoon: 'कोड एक मिनट से कम समय में समाप्त होगा।',
  wrongCode: (attemptsLeft) =>
    attemptsLeft === undefined
      ? 'गलत कोड। फिर से कोशिश करें।'
      : `गलत कोड। ${n(attemptsLeft, { one: '# प्रयास', other: '# प्रयास' })} बाकी हैं।`,
  pinUnreachable: 'लॉगिन सेवा से संपर्क नहीं हो सका। अपना कनेक्शन जाँचें और फिर से कोशिश करें।',
  verify: 'सत्यापित करें',
  verifying: 'कोड जाँचा जा रहा है…',
  resend: 'नया कोड भेजें',
  resendIn: (time) => `${time} बाद नया कोड भेजें`,
  changeNumber: 'नंबर बदलें',
  cancel: 'रद्द करें',
  success: 'आप लॉग इन हो गए हैं।',
  loggedInAs: (phone) => `${phone} से लॉग इन किया गया।`,
  failures: {
    not_registered: 'यह फ़ोन नंबर पंजीकृत नहीं है। लॉगिन का कोई दूसरा तरीका अपनाएँ या सहायता से संपर्क करें।',
    user_cancel: 'फ़ोन पर लॉगिन रद्द कर दिया गया।',
    expired: 'कोड की समय-सीमा समाप्त हो गई है।',
    too_many_attempts: 'बहुत अधिक गलत कोड। यह कोड अब इस्तेमाल नहीं किया जा सकता।',
    timeout: 'फ़ोन ने समय पर जवाब नहीं दिया। फिर से कोशिश करें।',
    provider_error: 'लॉगिन सेवा आपके फ़ोन तक नहीं पहुँच सकी। बाद में फिर से कोशिश करें।',
    canceled: 'लॉगिन रद्द हो गया या उसका समय समाप्त हो गया।',
    server_error: 'सर्वर पर कुछ गड़बड़ हुई। फिर से कोशिश करें।',
    method_disabled: 'इस साइट पर फ़ोन से लॉगिन बंद है। लॉगिन का कोई दूसरा तरीका अपनाएँ।',
    login_gone: 'इस लॉगिन की समय-सीमा समाप्त हो गई। फिर से शुरू करें।',
    time_limit: 'इसमें बहुत अधिक समय लगा। फिर से शुरू करें।',
    unreachable: 'लॉगिन सेवा से कनेक्शन टूट गया।',
    not_mobile_id_user: 'इस नंबर पर Mobile ID नहीं है। लॉगिन का कोई दूसरा तरीका अपनाएँ या अपने मोबाइल ऑपरेटर से पूछें।',
    phone_unreachable: 'आपके फ़ोन तक नहीं पहुँचा जा सका। जाँचें कि वह चालू है और उसमें सिग्नल है, फिर दोबारा कोशिश करें।',
    pin_blocked: 'आपके Mobile ID का PIN ब्लॉक हो गया है। इसे अपने PUK कोड से अनब्लॉक करें या अपने मोबाइल ऑपरेटर से पूछें।',
    card_blocked: 'आपके SIM कार्ड पर Mobile ID ब्लॉक है। अपने मोबाइल ऑपरेटर से संपर्क करें।',
    no_certificate: 'आपके SIM कार्ड में कोई मान्य Mobile ID प्रमाणपत्र नहीं है। अपने मोबाइल ऑपरेटर से संपर्क करें।',
    certificate_revoked: 'आपका Mobile ID प्रमाणपत्र रद्द कर दिया गया है। अपने मोबाइल ऑपरेटर से संपर्क करें।',
    invalid_signature: 'आपके फ़ोन के जवाब की पुष्टि नहीं हो सकी। फिर से कोशिश करें।',
    access_denied: 'इस लॉगिन पेज की समय-सीमा समाप्त हो गई है। पेज को फिर से लोड करें और दोबारा कोशिश करें।',
  },
  tryAgain: 'फिर से कोशिश करें',
  regionLabel: 'फ़ोन से लॉगिन',
});

export default hi;
