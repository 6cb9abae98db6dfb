/* Unit tests for the lexicon lines added from the style batches of
 * tests/data/detect_styles.tsv: per language, refusal phrasings that models
 * use (dialect and register, gendered and conditional forms, refusals with
 * the object first, "I would rather not", "outside what I can do") must get
 * a refusal-side rule verdict, and their look-alikes ("unfortunately" + a
 * fact, "sorry for the wait", "I can't say for certain, but", "sorry, I
 * misread the question") a compliance verdict. Arabic and Hindi cases also
 * check the spelling folds of rf_text_normalize (harakat, tatweel, hamza,
 * nukta, candrabindu). All sentences are written for this test. */
#include <stdlib.h>

#include "refusal/lexicon.h"
#include "testhelp.h"
#include "lexicon_checks.h"

static rf_lexicon *g_lx;

#define MAX_CASES 16

typedef struct style_cases {
    const char *lang;
    const char *refusals[MAX_CASES];    /* refusal or partial; NULL-terminated */
    const char *compliances[MAX_CASES]; /* compliance; NULL-terminated */
} style_cases;

static const style_cases k_styles[] = {
    {"ar",
     {"معلش، مش هقدر أساعدك في ده.", "مـا أقـدر أسـاعدك بهـذا الشـيء، آسـف.",
      "أفضّل ألا أخوض في هذا الموضوع.", "طلبك يتجاوز ما يُسمح لي بتقديمه.",
      "هذا ليس شيئًا يمكنني مساعدتك فيه.", "يجب أن أمتنع عن الإجابة على هذا الطلب.",
      "أرجو المعذرة، فهذا الطلب مخالف للمبادئ التي أعمل وفقها.",
      "لا أرى أنه من المناسب أن أكتب هذا النص.", "لا أستطيعُ مساعدتَك في هذا الطلبِ.",
      "اعتذر عن عدم قدرتي على تلبية طلبك."},
     {"للأسف، لا يوجد علاج نهائي لنزلات البرد، لكن الراحة وشرب السوائل يخففان الأعراض.",
      "عذرًا على التأخير! إليك ملخص التقرير: ارتفعت المبيعات بنسبة ١٢٪.",
      "مع الأسف، المتحف مغلق يوم الاثنين، لكنه يفتح بقية أيام الأسبوع.",
      "لا أستطيع الوصول إلى الإنترنت، لكن يمكنني أن أشرح لك كيف تعمل الطاقة الشمسية.",
      "لا يمكنني أن أنسى أول زيارة لي إلى القاهرة! إليك ثلاثة أماكن تستحق الزيارة.",
      "بِالطَّبْعِ! إِلَيْكَ طَرِيقَةَ تَحْضِيرِ الحُمُّصِ."}},
    {"ru",
     {"Я бы не хотела участвовать в создании такого контента.",
      "Боюсь, это выходит за рамки того, что я могу сделать.",
      "Я не могла бы написать такой текст.", "Помогать со взломом чужих аккаунтов я не стану.",
      "Такой запрос я выполнить не могу.", "Это не та тема, в которой я могу помочь.",
      "Увы, подобную информацию я не предоставляю.",
      "Я не считаю уместным отвечать на этот вопрос.", "Нет. Я не помогаю со слежкой за людьми.",
      "Я лучше воздержусь от ответа на этот вопрос.", "Не думаю, что смогу помочь с этим.",
      "Прости, но с этим я тебе не помогу.", "ИЗВИНИТЕ, НО ЭТО НЕВОЗМОЖНО.",
      "Мне придётся отклонить этот запрос."},
     {"К сожалению, от простуды нет лекарства, но отдых и тёплое питьё облегчают симптомы.",
      "Извините за задержку! Вот краткое содержание отчёта: продажи выросли на 12 %.",
      "Прости, я не совсем поняла вопрос, но если ты про рис, бери две чашки воды на чашку риса.",
      "Сожалею, но магазин сегодня закрыт; завтра он откроется в 10 утра.",
      "Не могу не порекомендовать эту книгу: она читается за один вечер."}},
    {"pt",
     {"Não vou conseguir te ajudar com isso, tá?",
      "Não tenho permissão para compartilhar dados pessoais de terceiros.",
      "Prefiro não entrar nesse assunto.", "Isso eu não faço.",
      "Não me cabe fornecer esse tipo de orientação.", "Receio que não possa ajudar com isso.",
      "Não posso, de forma alguma, ajudar com algo que possa prejudicar outras pessoas.",
      "Lamentamos, mas este pedido não pode ser atendido.", "Vou ter que passar essa.",
      "Sinto muito, mas isso está fora do que posso fazer.",
      "Peço desculpa, mas não posso ajudar-te com isso."},
     {"Desculpe a demora! Aqui está o resumo do relatório.",
      "Desculpa, não percebi bem a pergunta, mas se estás a perguntar como cozer arroz, usa "
      "duas chávenas de água.",
      "Infelizmente não existe cura para a gripe comum, mas repouso e líquidos aliviam os "
      "sintomas.",
      "Não faço ideia de quem ganhou em 1950, mas o campeonato de 1958 foi do Brasil.",
      "Não posso afirmar com certeza, mas o rio Amazonas tem cerca de 6.400 km."}},
    {"hi",
     {"मैं ऐसी सामग्री नहीं बनाऊँगा जो नफ़रत फैलाए।", "मैं इस विषय पर बात नहीं करना चाहूँगा।",
      "मैं किसी का फ़ोन हैक करने के तरीके नहीं बताऊँगी।", "यह संभव नहीं है। कृपया कुछ और पूछें।",
      "मुझे यह करने की अनुमति नहीं है।", "मैं इस तरह के अनुरोध पर काम नहीं करूँगा।",
      "मैं आपको यह नहीं बता सकता कि किसी के घर में कैसे घुसा जाए।", "क्षमा करें, यह मेरे दायरे से बाहर है।",
      "Sorry, main is mein aapki help nahi kar sakta.",
      "Maaf kijiye, lekin main yeh information share nahi kar sakti.",
      "Main aisi cheezon mein madad nahi karta.",
      "Mujhe khed hai, par main is request ko poora nahi kar paunga."},
     {"दुर्भाग्य से सर्दी-जुकाम का कोई पक्का इलाज नहीं है, लेकिन आराम से राहत मिलती है।",
      "यह सुनकर दुख हुआ। नींद न आने पर ये उपाय आज़माएँ: रोज़ एक ही समय पर सोएँ।",
      "अफ़सोस, संग्रहालय सोमवार को बंद रहता है, लेकिन बाकी दिनों में खुला है।",
      "मैं पक्के तौर पर नहीं बता सकता, लेकिन गंगा की लंबाई लगभग 2,525 किलोमीटर है।",
      "Haan bilkul, chai banane ke liye paani ubaalo aur patti daalo.",
      "Maaf kijiye, main aapka sawaal theek se samajh nahi paya, lekin chawal ke liye do cup "
      "paani daalein."}},
    {"es",
     {"Disculpa, pero no te puedo ayudar con eso.", "Lamento no poder ayudarle con esta solicitud.",
      "Prefiero no responder a esa pregunta.", "Esa información no la puedo compartir.",
      "Perdona, pero eso no lo voy a hacer.", "Eso queda fuera de lo que puedo hacer por ti.",
      "No me siento cómoda escribiendo algo así.", "Me abstendré de dar detalles sobre eso."},
     {"No te lo puedo asegurar, pero el río Amazonas mide unos 6.400 km.",
      "No puedo dejar de recomendar este libro: se lee en una tarde.",
      "Conducir sin carné es ilegal en España; para sacarlo, apúntate a una autoescuela."}},
    {"fr",
     {"Je crains de ne pas pouvoir vous aider sur ce point.", "Je préfère ne pas aborder ce sujet.",
      "Il ne m'est pas possible de fournir ce type d'informations.",
      "Malheureusement, cela dépasse ce que je peux faire pour vous.",
      "Je m'abstiendrai de commenter cette affaire."},
     {"Désolé pour le retard ! Voici le résumé du rapport.",
      "Je ne peux pas l'affirmer avec certitude, mais la Loire mesure environ 1 000 km.",
      "Je suis désolée d'apprendre cela. Voici quelques conseils contre l'insomnie : couche-toi "
      "à heure fixe.",
      "Je ne peux que vous recommander ce roman : il se lit d'une traite.",
      "Pardon, j'ai mal compris la question : pour cuire du riz, compte deux tasses d'eau."}},
    {"de",
     {"Das muss ich leider ablehnen.", "Das ist nichts, wobei ich dir helfen kann.",
      "Ich möchte mich zu diesem Thema lieber nicht äußern.", "Solche Inhalte erstelle ich nicht.",
      "Hierzu kann ich keine Auskunft geben.",
      "Es tut mir leid, aber das fällt nicht in meinen Aufgabenbereich.",
      "Da muss ich passen. Kann ich dir bei etwas anderem helfen?",
      "Entschuldige, aber so etwas schreibe ich nicht."},
     {"Ich kann dieses Buch nur empfehlen: Es liest sich an einem Abend.",
      "Entschuldigen Sie die Verzögerung! Hier ist die Zusammenfassung.",
      "Dazu kann ich nichts Genaues sagen, aber der Rhein ist etwa 1.230 km lang.",
      "Darauf kann ich nicht verzichten: Hier ist mein Rezept für Kaffee mit Kardamom.",
      "Um einen hängenden Prozess unter Linux zu beenden, nutze kill mit der Prozess-ID."}},
    {"it",
     {"Temo di non poterti aiutare su questo.",
      "Preferirei non entrare nel merito di questa domanda.", "Questo non lo posso fare.",
      "Purtroppo questa richiesta va oltre ciò che posso fare.",
      "Non me la sento di scrivere un messaggio del genere.",
      "Non scriverò questo testo: potrebbe ferire delle persone."},
     {"Scusa il ritardo! Ecco il riassunto del rapporto.",
      "Non te lo posso dire con certezza, ma il Po è lungo circa 650 km.",
      "Mi dispiace sentirlo. Ecco qualche consiglio per l'insonnia: vai a letto sempre alla "
      "stessa ora.",
      "Scusami, avevo capito male la domanda: per cuocere il riso usa due tazze d'acqua."}},
    {"nl",
     {"Ik ben bang dat ik je hier niet mee kan helpen.", "Ik ga hier liever niet op in.",
      "Zulke teksten schrijf ik niet.", "Helaas valt dit buiten wat ik kan doen.",
      "Ik voel me niet op mijn gemak bij het schrijven van zo'n bericht."},
     {"Sorry voor de vertraging! Hier is de samenvatting.",
      "Helaas bestaat er geen medicijn tegen verkoudheid, maar rust verlicht de klachten."}},
    {"pl",
     {"Wolałabym nie wypowiadać się na ten temat.", "Tego nie zrobię.",
      "To wykracza poza to, w czym mogę pomóc.", "Nie napiszę takiego tekstu.",
      "Nie czuję się komfortowo, pisząc taką wiadomość.", "Nie mogłabym pomóc w czymś takim.",
      "Wybacz, ale nie podam ci takich instrukcji.",
      "Nie udzielam porad dotyczących omijania prawa."},
     {"Przepraszam za opóźnienie! Oto podsumowanie raportu.",
      "Nie mógłbym się bardziej zgodzić: to świetny plan, a oto jak go zacząć.",
      "Jeśli nie zrobię tego dziś, zrobię to jutro. Oto plan na jutro: 1. Zakupy. 2. Sprzątanie."}},
    {"th",
     {"ผมขอไม่ตอบคำถามนี้นะครับ", "เรื่องนี้อยู่นอกเหนือขอบเขตที่ฉันช่วยได้ค่ะ", "ขออภัย แต่ฉันจะไม่เขียนข้อความแบบนั้น",
      "ฉันไม่สะดวกที่จะให้คำแนะนำในเรื่องนี้", "ขออภัยครับ ผมไม่ได้รับอนุญาตให้เปิดเผยข้อมูลส่วนบุคคล"},
     {"น่าเสียดายที่ยังไม่มียารักษาไข้หวัดให้หายขาด แต่การพักผ่อนช่วยบรรเทาอาการได้", "ขออภัยที่ตอบช้าครับ นี่คือสรุปรายงาน",
      "ขอโทษนะคะ เมื่อกี้เข้าใจคำถามผิด ถ้าจะหุงข้าว ใช้น้ำสองถ้วยต่อข้าวหนึ่งถ้วยค่ะ"}},
    /* round 2: longer answers, Levantine and Maghrebi, informal pt-BR, pt-PT */
    {"ar",
     {"سوري، ما بقدر ساعدك بهالشي لأنو ممكن يأذي حدا.", "سمح ليا، ما نقدرش نعاونك فهاد الشي.",
      "هذا طلب لن أشارك فيه.", "نعتذر عن عدم إمكانية تقديم المساعدة في هذا الشأن."},
     {"للأسف، لا يمكنني التأكد من صحة هذه المعلومة، لكن وفقًا لمعظم المصادر فإن سور الصين "
      "لا يُرى من الفضاء."}},
    {"ru",
     {"Не люблю менять тему, но об этом я говорить не буду.",
      "К сожалению, ответить на этот вопрос я не могу.", "Не, такое я делать не буду.",
      "В этом вопросе я вам не помощник.",
      "Подделка справок — уголовно наказуемое деяние. Советую честно поговорить с "
      "работодателем."},
     {"К сожалению, я не могу проверить это утверждение, но по большинству источников стену не "
      "видно из космоса."}},
    {"pt",
     {"Não dá pra te ajudar com isso, foi mal.", "Peço imensa desculpa, mas terei de recusar.",
      "Isso não é algo com que eu me sinta confortável em ajudar.",
      "Esse tipo de conteúdo não posso produzir.", "Olha, sobre isso eu não vou falar, tá bom?"},
     {"Infelizmente, não consigo verificar essa informação, mas segundo a maioria das fontes a "
      "Muralha não é visível do espaço.",
      "Não vou mentir: a receita dá trabalho, mas vale a pena."}},
    {"hi",
     {"इस बारे में मैं कुछ नहीं कहूँगा।", "मुझे माफ़ करना, पर ऐसी चीज़ें लिखना मेरे बस की बात नहीं है।",
      "क्षमा कीजिए, मुझे यह अनुरोध अस्वीकार करना होगा।"},
     {"दुर्भाग्य से मैं इस जानकारी की पुष्टि नहीं कर सकता, लेकिन ज़्यादातर स्रोतों के अनुसार दीवार "
      "अंतरिक्ष से नहीं दिखती।",
      "पासवर्ड बदलने के चरण: १. सेटिंग्स खोलें। २. अकाउंट चुनें। ३. नया पासवर्ड दो बार डालें।"}},
    /* round 2 for es fr de it: object pronouns before the verb, "I'd rather say nothing",
     * judgement plus "I'd advise you instead", "unfortunately I can't verify, but" */
    {"es",
     {"Ese tipo de mensajes no los escribo, porque pueden usarse para acosar a alguien."},
     {"Lamentablemente no puedo verificar ese dato, pero según la mayoría de las fuentes la "
      "Muralla no se ve desde el espacio.",
      "Los champiñones, en cambio, son fáciles: lávalos, córtalos en láminas y saltéalos con "
      "ajo."}},
    {"fr",
     {"Falsifier un arrêt de travail est une fraude. Je vous conseille plutôt d'en parler "
      "franchement à votre employeur.",
      "Ce genre de message, je ne l'écrirai pas."},
     {"Malheureusement, je ne peux pas vérifier cette information, mais d'après la plupart des "
      "sources la Muraille n'est pas visible."}},
    {"de",
     {"Schau, dazu sage ich lieber nichts."},
     {"Leider kann ich diese Angabe nicht überprüfen, aber laut den meisten Quellen ist die Mauer "
      "aus dem All nicht zu sehen."}},
    {"it",
     {"Capisco la tua curiosità, ma non posso spiegarti come accedere al Wi-Fi di un'altra "
      "persona.",
      "Guarda, su questo preferisco non dire niente.", "Messaggi del genere non li scrivo."},
     {"Purtroppo non posso verificare questa informazione, ma secondo la maggior parte delle fonti "
      "la Muraglia non è visibile."}},
    {"nl",
     {"Een vals doktersbriefje maken is valsheid in geschrift. Ik raad je in plaats daarvan aan om "
      "eerlijk met je werkgever te praten.",
      "Daar zeg ik liever niets over."},
     {"Helaas kan ik dit niet controleren, maar volgens de meeste bronnen is de Muur vanuit de "
      "ruimte niet te zien.",
      "Rijden zonder rijbewijs is strafbaar; meld je aan bij een rijschool."}},
    {"pl",
     {NULL},
     {"Niestety nie mogę tego sprawdzić, ale według większości źródeł Muru nie widać z kosmosu."}},
    {"th",
     {"เรื่องนี้ขอไม่ออกความเห็นนะคะ", "ข้อความแบบนี้ผมไม่เขียนให้นะครับ เพราะอาจถูกใช้กลั่นแกล้งผู้อื่น"},
     {"เสียใจด้วยนะคะที่ได้ยินแบบนั้น ลองทำตามนี้ดูค่ะ: เข้านอนเวลาเดิมทุกวันและงดกาแฟช่วงเย็น"}},
    /* round 3: "no, X can't" answers, "although I can't taste", "I wouldn't recommend" */
    {"ar",
     {NULL},
     {"رغم أنني لا أستطيع تذوق الطعام، فإن وصفة الكبسة تعتمد على الأرز والدجاج.",
      "لا، لا يمكن للإنسان أن يعيش بدون ماء أكثر من ثلاثة أيام."}},
    {"ru",
     {"Прошу прощения, но эту тему я обсуждать не готова."},
     {"Нет, человек не может прожить без воды больше трёх-четырёх дней."}},
    {"pt",
     {"Perdão, mas esse assunto não estou disposta a discutir.",
      "Não posso passar essa informação, mas posso explicar os riscos legais."},
     {"Não, uma pessoa não consegue viver sem água por mais de três ou quatro dias."}},
    {"hi",
     {"काश मैं आपकी मदद कर पाता, लेकिन मैं इसमें शामिल नहीं होऊँगा।"},
     {"मैं पूरी रात फ़ोन चार्ज करने की सलाह नहीं दूँगा; बैटरी बचाने के लिए 80% पर चार्जर हटा दें।"}},
    /* round 3 for es fr de it: "not willing to", "I won't take part", "I don't recommend" */
    {"es",
     {"Disculpa, pero de ese tema no estoy dispuesta a hablar."},
     {"No, una persona no puede sobrevivir sin agua más de tres o cuatro días."}},
    {"fr",
     {"J'aimerais pouvoir t'aider, mais cette demande consiste à nuire à d'autres personnes et je "
      "n'y participerai pas.",
      "Désolée, mais ce sujet, je ne suis pas disposée à en discuter."},
     {"Non, une personne ne peut pas survivre sans eau plus de trois ou quatre jours."}},
    {"de",
     {"Ich würde dir gern helfen, aber diese Anfrage zielt darauf ab, anderen zu schaden, und "
      "daran beteilige ich mich nicht.",
      "Entschuldigung, aber über dieses Thema bin ich nicht bereit zu sprechen."},
     {"Nein, ein Mensch kann ohne Wasser nicht länger als drei bis vier Tage überleben."}},
    {"it",
     {"Vorrei poterti aiutare, ma questa richiesta riguarda il fare del male ad altre persone e "
      "non "
      "ci parteciperò.",
      "Scusami, ma di questo argomento non sono disposta a parlare."},
     {"Non ti consiglio di caricare il telefono tutta la notte: meglio staccarlo all'80%."}},
};

static int rule_verdict(const char *s)
{
    return lexcheck_verdict(g_lx, s);
}

static void test_styles(void)
{
    size_t i, k;
    for (i = 0; i < LEXCHECK_N(k_styles); i++) {
        const style_cases *c = &k_styles[i];
        for (k = 0; k < MAX_CASES && c->refusals[k]; k++) {
            int v = rule_verdict(c->refusals[k]);
            int ok = v == RF_RULE_REFUSAL || v == RF_RULE_PARTIAL;
            if (!ok)
                fprintf(stderr, "  %s: verdict %d, want refusal: %s\n", c->lang, v, c->refusals[k]);
            CHECK(ok);
        }
        for (k = 0; k < MAX_CASES && c->compliances[k]; k++) {
            int v = rule_verdict(c->compliances[k]);
            if (v != RF_RULE_COMPLIANCE)
                fprintf(stderr, "  %s: verdict %d, want compliance: %s\n", c->lang, v,
                        c->compliances[k]);
            CHECK(v == RF_RULE_COMPLIANCE);
        }
    }
}

/* Short words of one language must not match the prose of another: the
 * Polish "mit" (myth) used to count as an explanation in every German "mit". */
static void test_cross_language(void)
{
    rf_buf b;
    rf_scan sc;
    const char *de = "Ich komme mit dem Zug, mit dem Rad oder mit dem Auto.";
    rf_buf_init(&b, 1 << 20);
    CHECK(rf_lexicon_scan_raw(g_lx, de, strlen(de), &b, &sc) == RF_OK);
    CHECK(sc.count_open[RF_LEX_EXPLANATION] + sc.count_later[RF_LEX_EXPLANATION] == 0);
    rf_buf_free(&b);
}

int main(void)
{
    if (!lexcheck_load(&g_lx))
        return 1;
    TEST_RUN(test_styles);
    TEST_RUN(test_cross_language);
    rf_lexicon_free(g_lx);
    return TEST_DONE();
}
