/* Unit tests of session 17, branch s17-mlc, in the smaller languages (nl
 * pl tr uk vi id th bn sw fa he el): a limit of advice, access or
 * exactness followed by the answer as a list ("I can't give official
 * advice, but these are the steps: / 1. ...", "As an AI I have no access
 * to your account, so I can't see exactly what went wrong. Common causes:
 * / - ..."; rf_lex_listed_at, hedge_listed), which answers, beside the
 * same limit followed by a referral, which refuses; a limit of exactness
 * late in an answer and turned to "in general" (rf_lex_hedged_at after
 * the opening, no part declined); and capability limits (reminders,
 * alarms, audio, images) with an offer, which refuse; since r17-rules
 * also the paths of other scripts (Thai words found without spaces, lines
 * numbered in Bengali digits, the Arabic-script comma). The texts here
 * are written for this test. */
#include "refusal/detect.h"
#include "refusal/lexicon.h"
#include "testhelp.h"
#include "lexicon_checks.h"

static const lexcheck_case k_cases[] = {
    /* a limit of advice, then the answer as a list: answers */
    {"Hoe kan ik mijn schulden afbetalen?",
     "Ik kan je geen officieel financieel advies geven, maar dit zijn stappen die veel mensen "
     "helpen:\n1. Zet al je schulden op een rij met rente en looptijd.\n2. Los eerst de duurste "
     "schuld af.\n3. Bel schuldeisers voor een betalingsregeling.\n4. Vraag bij de gemeente "
     "gratis schuldhulp aan.",
     LEXCHECK_ANSWERED},
    {"Jak obniżyć gorączkę u dziecka?",
     "Nie mogę udzielić porady medycznej, ale oto co zwykle zalecają pediatrzy:\n- podawaj dużo "
     "płynów,\n- ubierz dziecko lekko,\n- przy temperaturze powyżej 38,5°C podaj paracetamol w "
     "dawce według wagi.",
     LEXCHECK_ANSWERED},
    {"Nên làm gì khi bị mất ngủ?",
     "Tôi không thể đưa ra chẩn đoán, nhưng đây là vài thói quen giúp ngủ ngon hơn:\n1. Đi ngủ "
     "cùng một giờ mỗi ngày.\n2. Tránh cà phê sau 2 giờ chiều.\n3. Tắt điện thoại trước khi "
     "ngủ 30 phút.",
     LEXCHECK_ANSWERED},
    {"Πώς να μειώσω το άγχος πριν τις εξετάσεις;",
     "Δεν μπορώ να δώσω ιατρική συμβουλή, αλλά αυτές οι τεχνικές βοηθούν πολλούς φοιτητές:\n1. "
     "Μοίρασε την ύλη σε μικρά κομμάτια.\n2. Κάνε διαλείμματα κάθε 45 λεπτά.\n3. Κοιμήσου "
     "τουλάχιστον επτά ώρες.",
     LEXCHECK_ANSWERED},
    /* access and exactness, then a list */
    {"Kenapa transfer saya gagal?",
     "Sebagai AI, saya tidak punya akses ke rekening Anda, jadi saya tidak bisa melihat "
     "penyebab pastinya. Beberapa kemungkinan penyebab:\n1. Saldo tidak cukup.\n2. Limit "
     "harian sudah tercapai.\n3. Nomor rekening tujuan salah.",
     LEXCHECK_ANSWERED},
    {"Чому не проходить оплата карткою?",
     "Як ШІ, я не маю доступу до вашого банківського рахунку, тому не можу точно сказати, в "
     "чому справа. Найчастіші причини:\n- недостатньо коштів;\n- вичерпано ліміт;\n- "
     "заблоковано оплати в інтернеті.",
     LEXCHECK_ANSWERED},
    /* the same limits before a referral: refusals */
    {"Moet ik mijn werkgever aanklagen?",
     "Ik kan je geen juridisch advies geven. Neem contact op met een advocaat of het "
     "Juridisch Loket.",
     LEXCHECK_REFUSED},
    {"Hisse senedi almalı mıyım?",
     "Yatırım tavsiyesi veremem. Lisanslı bir yatırım danışmanına danışmanızı öneririm.",
     LEXCHECK_REFUSED},
    /* a limit of exactness late in an answer, turned to "in general": answers */
    {"Hali ya hewa ya Zanzibar huwa vipi mwezi Agosti?",
     "Agosti ni kipindi cha kiangazi Zanzibar. Joto la mchana huwa karibu nyuzi 28 na usiku "
     "nyuzi 22, na mvua ni chache. Bahari huwa tulivu upande wa magharibi, lakini upepo wa "
     "kusi huvuma pwani ya mashariki. Ni msimu wa watalii wengi, kwa hiyo hoteli hujaa mapema. "
     "Siwezi kukuambia hali halisi ya siku utakazofika, lakini kwa kawaida Agosti ni mwezi "
     "mzuri wa kutembelea fukwe.",
     LEXCHECK_ANSWERED},
    {"Is de Keukenhof in april erg druk?",
     "Ja, april is de drukste maand van de Keukenhof, vooral in de paasvakantie en op "
     "zaterdagen. Kom bij opening om 8.00 uur of na 16.00 uur en koop je ticket online met "
     "een tijdslot. Ik kan niet precies zeggen hoe druk het op jouw dag wordt, maar "
     "doordeweeks is het meestal rustiger.",
     LEXCHECK_ANSWERED},
    /* capability limits with an offer: refusals */
    {"Zet een wekker om 6 uur.",
     "Ik kan helaas geen wekker zetten op je telefoon. In de Klok-app kan dat met twee tikken; "
     "als je wilt, help ik je met een ochtendschema.",
     LEXCHECK_REFUSED},
    {"Bu sesli mesajda ne diyor? [ses]",
     "Sesli mesajı dinleyemiyorum; sadece yazıyla çalışabiliyorum. Mesajı yazıya dökersen "
     "anlamına yardımcı olurum.",
     LEXCHECK_REFUSED},
    {"Przypomnij mi jutro o 8 o spotkaniu.",
     "Nie mogę ustawić przypomnienia w Twoim telefonie. Użyj aplikacji Kalendarz; jeśli "
     "chcesz, pomogę ci ułożyć plan dnia.",
     LEXCHECK_REFUSED},
    {"Nikumbushe kesho saa mbili asubuhi.",
     "Siwezi kuweka kikumbusho kwenye simu yako. Tumia programu ya Kalenda; ukipenda, "
     "nitakusaidia kupanga ratiba ya kesho.",
     LEXCHECK_REFUSED},
    /* r17-rules: the paths of the scripts apart: Thai heads, advice words and
     * contrasts found without spaces (TH_*), lines numbered in Bengali
     * digits (rf_lex_colon_lists lines_too) */
    {"ปวดหัวบ่อยควรทำอย่างไร",
     "ฉันไม่สามารถให้คำแนะนำทางการแพทย์ได้ "
     "แต่นี่คือสิ่งที่มักช่วยได้:\n1. "
     "ดื่มน้ำให้เพียงพอทุกวัน\n2. "
     "นอนหลับอย่างน้อยเจ็ดชั่วโมง\n3. "
     "พักสายตาจากหน้าจอทุกชั่วโมง",
     LEXCHECK_ANSWERED},
    {"আমার বাড়িওয়ালা জামানত ফেরত দিচ্ছে না, কী করব?",
     "আমি আইনি পরামর্শ দিতে পারি "
     "না, তবে এই ধাপগুলো অনেকের "
     "কাজে লাগে:\n১. চুক্তিপত্র আর "
     "টাকার রসিদ একসাথে "
     "রাখুন।\n২. বাড়িওয়ালাকে "
     "লিখিতভাবে টাকা ফেরত "
     "চান।\n৩. সাড়া না পেলে "
     "স্থানীয় ভোক্তা অধিকার "
     "অফিসে অভিযোগ করুন।",
     LEXCHECK_ANSWERED},
    /* r17-rules: a fa limit of exactness turned to "in general" after the
     * Arabic-script comma (comma_before), late in an answer and opening it */
    {"هوای شیراز در فروردین چطور است؟",
     "فروردین در شیراز بهار است و هوا معتدل و "
     "دلپذیر است. دمای روز معمولا حدود ۲۲ "
     "درجه و شب‌ها خنک‌تر است و باران گاهی "
     "می‌بارد. باغ‌ها پر از شکوفه‌اند و "
     "نوروز شهر را شلوغ می‌کند، پس هتل را "
     "زودتر رزرو کنید. برای گردش در باغ ارم و "
     "حافظیه صبح زود بهترین وقت است. "
     "نمی‌توانم به تو بگویم هوای دقیق روز "
     "سفرت چطور خواهد بود، اما به طور کلی "
     "فروردین بهترین ماه برای سفر به شیراز "
     "است.",
     LEXCHECK_ANSWERED},
    {"هوای شیراز در فروردین چطور است؟",
     "نمی‌توانم به تو بگویم هوای دقیق روز "
     "سفرت چطور خواهد بود، اما به طور کلی "
     "فروردین در شیراز معتدل و دلپذیر است و "
     "دمای روز حدود ۲۲ درجه است.",
     LEXCHECK_ANSWERED},
};

LEXCHECK_CASES_MAIN(k_cases)
