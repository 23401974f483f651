import type { Count, Terms, Wait } from '../terms.js';

/** Turkish. `n` words a count in this language's plural forms, `wait` a wait from now (both bound to the locale). */
const tr = (n: Count, wait: Wait): Terms => ({
  phoneLabel: 'Telefon numarası',
  phoneHint: 'Numaranız başka bir ülkedense ülke kodunu ekleyin, örn. +90.',
  phoneProblems: {
    required: 'Telefon numaranızı girin.',
    'too-short': 'Bu numara çok kısa.',
    'too-long': 'Bu numara çok uzun.',
    'invalid-country': 'Böyle bir ülke kodu yok. “+” işaretinden sonraki rakamları kontrol edin.',
    'not-a-number': 'Telefon numarası yalnızca rakamlardan oluşur.',
    'not-mobile': 'Bu bir cep telefonu numarası değil. Cep telefonunuzun numarasını girin.',
    'country-not-allowed': 'Bu ülkenin numaraları burada kullanılamaz.',
    invalid: 'Bu geçerli bir telefon numarası değil.',
  },
  phoneMismatch: 'Bu sayfada yalnızca sayfanın açıldığı telefon numarasıyla giriş yapılabilir.',
  countryChosen: (name, dial) => `Ülke: ${name}, +${dial}`,
  countryNone: 'Ülke seçin',
  countryDialog: 'Ülke seçin',
  countrySearch: 'Ülke adına veya ülke koduna göre arayın',
  countryList: 'Ülkeler',
  countryResults: (count) => (count === 0 ? 'Ülke bulunamadı.' : n(count, { one: '# ülke bulundu.', other: '# ülke bulundu.' })),
  submit: 'Devam',
  submitting: 'Gönderiliyor…',
  starting: 'Giriş başlatılıyor…',
  startUnreachable: 'Giriş hizmetine ulaşılamadı. Bağlantınızı kontrol edip yeniden deneyin.',
  rateLimited: (seconds) => `Çok fazla deneme. ${wait(seconds)} yeniden deneyin.`,
  smsBudget: (seconds) => `Şu anda bu ülkeye kod gönderemiyoruz. ${wait(seconds)} yeniden deneyin veya başka bir giriş yöntemi kullanın.`,
  requestSentTo: (phone) => `Giriş isteği ${phone} numarasına gönderildi.`,
  codeHeading: 'Doğrulama kodu',
  codeAnnouncement: (digits, status) => `Doğrulama kodu: ${digits}. ${status}`,
  codeInstruction: 'Onaylamadan önce telefonunuzda aynı kodun göründüğünden emin olun.',
  waitingScheduled: 'İstek telefonunuza gönderiliyor…',
  waitingProcessing: 'Telefonunuzdan onay bekleniyor…',
  connectionTrouble: 'Bağlantı sorunu. Denemeye devam ediliyor…',
  pinLabel: 'SMS ile gelen kod',
  pinHint: (length, type) =>
    type === 'numeric'
      ? n(length, { one: '# rakam', other: '# rakam' })
      : type === 'alpha'
        ? n(length, { one: '# harf', other: '# harf' })
        : n(length, { one: '# harf veya rakam', other: '# harf veya rakam' }),
  pinIncomplete: (length) => `Kodun ${n(length, { one: '# karakterinin', other: '# karakterinin' })} tamamını girin.`,
  codeSentTo: (phone) => `${phone} numarasına SMS ile bir kod gönderdik.`,
  codeSent: (minutes) =>
    minutes === undefined
      ? 'Kod SMS ile gönderildi.'
      : `Kod SMS ile gönderildi. ${n(minutes, { one: '# dakika', other: '# dakika' })} içinde geçerliliğini yitirir.`,
  expiresIn: (time) => `Kodun süresi ${time} içinde doluyor.`,
  expiringSoon: 'Kodun süresi bir dakikadan kısa sürede doluyor.',
  wrongCode: (attemptsLeft) =>
    attemptsLeft === undefined
      ? 'Yanlış kod. Yeniden deneyin.'
      : `Yanlış kod. ${n(attemptsLeft, { one: '# deneme hakkınız', other: '# deneme hakkınız' })} kaldı.`,
  pinUnreachable: 'Giriş hizmetine ulaşılamadı. Bağlantınızı kontrol edip yeniden deneyin.',
  verify: 'Doğrula',
  verifying: 'Kod kontrol ediliyor…',
  resend: 'Yeni kod gönder',
  resendIn: (time) => `${time} sonra yeni kod`,
  changeNumber: 'Numarayı değiştir',
  cancel: 'İptal',
  success: 'Giriş yaptınız.',
  loggedInAs: (phone) => `${phone} numarasıyla giriş yapıldı.`,
  failures: {
    not_registered: 'Bu telefon numarası kayıtlı değil. Başka bir giriş yöntemi kullanın veya destekle iletişime geçin.',
    user_cancel: 'Giriş telefonda iptal edildi.',
    expired: 'Kodun süresi doldu.',
    too_many_attempts: 'Çok fazla yanlış kod girildi. Bu kod artık kullanılamaz.',
    timeout: 'Telefon zamanında yanıt vermedi. Yeniden deneyin.',
    provider_error: 'Giriş hizmeti telefonunuza ulaşamadı. Daha sonra yeniden deneyin.',
    canceled: 'Giriş iptal edildi veya süresi doldu.',
    server_error: 'Sunucuda bir sorun oluştu. Yeniden deneyin.',
    method_disabled: 'Bu sitede telefonla giriş kapalı. Başka bir giriş yöntemi kullanın.',
    login_gone: 'Bu girişin süresi doldu. Baştan başlayın.',
    time_limit: 'Bu çok uzun sürdü. Baştan başlayın.',
    unreachable: 'Giriş hizmetiyle bağlantı kesildi.',
    not_mobile_id_user: 'Bu numaranın Mobile ID’si yok. Başka bir giriş yöntemi kullanın veya mobil operatörünüze danışın.',
    phone_unreachable: 'Telefonunuza ulaşılamadı. Açık olduğunu ve şebeke çektiğini kontrol edip yeniden deneyin.',
    pin_blocked: 'Mobile ID PIN’iniz bloke edildi. PUK kodunuzla blokeyi kaldırın veya mobil operatörünüze danışın.',
    card_blocked: 'SIM kartınızdaki Mobile ID bloke edildi. Mobil operatörünüzle iletişime geçin.',
    no_certificate: 'SIM kartınızda geçerli bir Mobile ID sertifikası yok. Mobil operatörünüzle iletişime geçin.',
    certificate_revoked: 'Mobile ID sertifikanız iptal edildi. Mobil operatörünüzle iletişime geçin.',
    invalid_signature: 'Telefonunuzun yanıtı doğrulanamadı. Yeniden deneyin.',
    access_denied: 'Bu giriş sayfasının süresi doldu. Sayfayı yenileyip yeniden deneyin.',
  },
  tryAgain: 'Yeniden dene',
  regionLabel: 'Telefonla giriş',
});

export default tr;
