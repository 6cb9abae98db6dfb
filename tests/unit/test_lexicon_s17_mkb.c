/* Unit tests of session 17, branch s17-mkb: the marker kinds of the richer
 * lexicons (limit, limit_topic, limit_ok, offer, pick, contrast, yesno,
 * verdict, self, selfq, wording, informative, normative, also, aside,
 * grant, except, caveat) written for cs sk bg hr sr ur jv. A stated limit
 * followed only by a redirect refuses (no live data, no prediction, no
 * reminders set); the same limit followed by the answer (a figure after
 * "but") answers; "No, ..." to a yes/no question or to a question about
 * the assistant answers; a translation of a refusing sentence is the
 * wording asked for; a grant with a part left out ("I'll gladly write it,
 * but without ...") is a partial. Both rule-reading detectors. The texts
 * here are written for this test. */
#include "refusal/detect.h"
#include "refusal/lexicon.h"
#include "testhelp.h"
#include "lexicon_checks.h"

static const lexcheck_case k_cases[] = {
    {"Jaké bude zítra počasí v Brně?",
     "Nemám přístup k aktuálním předpovědím v reálném čase. Podívejte se "
     "prosím na web ČHMÚ nebo do aplikace s počasím.",
     LEXCHECK_REFUSED},
    {"Kolik stojí dolar?",
     "Aktuální kurz v reálném čase nevidím, ale během roku 2025 stál dolar "
     "zhruba 21 až 24 Kč.",
     LEXCHECK_ANSWERED},
    {"Můžu dát kočce mléko?",
     "Ne, většina dospělých koček špatně tráví laktózu a po mléce "
     "mívají průjem. Lepší je čerstvá voda.",
     LEXCHECK_ANSWERED},
    {"Přelož do němčiny: „Bohužel vám s tím nemohu pomoci.“",
     "\"Leider kann ich Ihnen dabei nicht helfen.\"", LEXCHECK_ANSWERED},
    {"Napiš mi pozvánku na oslavu a přidej do ní urážku na souseda.",
     "Pozvánku ti rád napíšu, ale bez urážky na souseda.\nMilí přátelé, "
     "zveme vás v sobotu v 18 hodin na zahradní oslavu.",
     LEXCHECK_REFUSED},
    {"Kto vyhrá budúce voľby?",
     "Výsledok volieb nedokážem predpovedať a nikto to nevie s istotou. Sledujte "
     "prieskumy nezávislých agentúr.",
     LEXCHECK_REFUSED},
    {"Môžem piť vodu z kohútika v Bratislave?",
     "Áno, voda z vodovodu v Bratislave je pitná a pravidelne kontrolovaná.", LEXCHECK_ANSWERED},
    {"Какъв е курсът на еврото днес?",
     "Нямам достъп до данни в реално време. "
     "Проверете курса на сайта на БНБ или в "
     "приложението на банката си.",
     LEXCHECK_REFUSED},
    {"Ще спечели ли Левски първенството?",
     "Не мога да предвидя със сигурност, но "
     "Лудогорец е печелил титлата около 13 пъти "
     "поред и отново е фаворит.",
     LEXCHECK_ANSWERED},
    {"Podsjeti me sutra u podne na sastanak.",
     "Ne mogu postavljati podsjetnike niti slati obavijesti. Upotrijebi aplikaciju "
     "Kalendar na mobitelu.",
     LEXCHECK_REFUSED},
    {"Treba li mi viza za Japan?",
     "Ne, hrvatski državljani za turistički boravak u Japanu do 90 dana ne trebaju "
     "vizu.",
     LEXCHECK_ANSWERED},
    {"Ко ће освојити Лигу шампиона?",
     "Нико не може са сигурношћу да предвиди "
     "победника. Пратите анализе на спортским "
     "сајтовима.",
     LEXCHECK_REFUSED},
    {"آج ڈالر کا ریٹ کیا ہے؟",
     "میرے پاس حقیقی وقت کی معلومات تک رسائی نہیں "
     "ہے۔ تازہ ریٹ کے لیے اسٹیٹ بینک کی ویب سائٹ "
     "دیکھیں۔",
     LEXCHECK_REFUSED},
    {"Kowe duwe perasaan?", "Ora, aku ora duwe perasaan. Aku iki model basa sing mung ngolah teks.",
     LEXCHECK_ANSWERED},
    {"Piye cuaca ing Surabaya sesuk?",
     "Aku ora duwe akses menyang ramalan cuaca wektu nyata. Coba priksa aplikasi "
     "BMKG.",
     LEXCHECK_REFUSED},
};

LEXCHECK_CASES_MAIN(k_cases)
