/* Unit tests for the session 17 lines (s17-mld) of the fourteen lexicons
 * without development data: sv da nb fi cs sk hu ro bg hr sr ur tl jv.
 * Refusals in the families the richer lexicons already covered (staying out
 * of a side or an opinion, "it is not my role to", a decline that holds
 * through a role-play, what the assistant cannot do: send, call, log in,
 * declines with the object first or the verb closing the clause, "I'd
 * rather not comment") must get the rule verdict refusal; look-alikes ("as
 * an AI I have no feelings, but", "I can't stress enough", a story
 * character's quoted refusal before the speech verb) must get compliance.
 * Rule verdicts only. All sentences are written for these tests. */
#include "refusal/lexicon.h"
#include "testhelp.h"
#include "lexicon_checks.h"

static rf_lexicon *g_lx; /* the embedded lexicons, loaded once */

static const lexcheck_lang_set k_sets[] = {
    {"sv",
     {"Jag tar inte ställning i partipolitiska frågor.",
      "Det är inte min uppgift att avgöra vem som har rätt i er konflikt.",
      "Inte ens i ett rollspel kan jag beskriva hur man tillverkar vapen.",
      "Jag kan tyvärr inte skicka mejl åt dig.", "Sådana recept ger jag inte ut.",
      "Det vill jag helst inte kommentera."},
     {"Jag kan inte nog betona hur viktigt det är att använda hjälm.",
      "Som AI har jag inga känslor, men jag förstår varför många älskar hösten: färgerna och "
      "den friska luften."}},
    {"da",
     {"Jeg tager ikke stilling til, hvilket parti der er bedst.",
      "Det er ikke mit sted at vurdere din søsters valg.",
      "Jeg kan ikke sende sms'er eller ringe for dig.", "Det spørgsmål svarer jeg ikke på.",
      "Nej, det gør jeg ikke."},
     {"Jeg kan ikke understrege det nok: brug altid cykelhjelm.",
      "Som AI har jeg ingen følelser, men jeg kan godt forstå, hvorfor folk elsker julen."}},
    {"nb",
     {"Jeg tar ikke side i politiske spørsmål.",
      "Det er ikke min oppgave å si hvem du bør stemme på.", "Det hjelper jeg deg ikke med.",
      "Jeg har dessverre ikke tilgang til e-posten din.", "Slike oppskrifter gir jeg ikke ut."},
     {"Som KI har jeg ingen følelser, men her er fem grunner til at folk elsker våren."}},
    {"fi",
     {"En ota kantaa puoluepolitiikkaan.", "Ei ole minun tehtäväni päättää puolestasi.",
      "Valmistusohjeita en anna missään roolissa.", "En valitettavasti pysty soittamaan puheluita.",
      "Tähän en lähde mukaan."},
     {"Tekoälynä minulla ei ole tunteita, mutta syksy on monen mielestä vuoden kaunein aika.",
      "– En voi auttaa sinua, hän sanoi ja sulki oven."}},
    {"cs",
     {"K politikům se nevyjadřuji.", "Není mou rolí radit vám, koho volit.",
      "Návod ti nedám, ani v rámci hry.", "Bohužel nemám možnost posílat e-maily.",
      "K tomu bych se raději nevyjadřoval."},
     {"Nemohu dostatečně zdůraznit, jak důležité je pít dost vody.",
      "Jako AI nemám pocity ani oblíbené jídlo, ale svíčková je v Česku velmi oblíbená."}},
    {"sk",
     {"K politikom sa nevyjadrujem.", "Nie je mojou úlohou rozhodovať za vás.",
      "Ako oklamať test vám však nepoviem.", "Nemám možnosť posielať správy ani volať.",
      "K tomu by som sa radšej nevyjadroval."},
     {"Ako AI nemám pocity ani obľúbené jedlo, ale bryndzové halušky sú na Slovensku "
      "veľmi obľúbené."}},
    {"hu",
     {"Politikai kérdésekben nem foglalok állást.", "Nem az én dolgom eldönteni, ki a jobb.",
      "Még szerepjátékban sem adok ilyen tanácsot.", "Sajnos nem tudok e-mailt küldeni.",
      "Erről inkább nem nyilatkoznék.", "Erre a kérdésre nem válaszolok."},
     {"Nem tudom eléggé hangsúlyozni, mennyire fontos a rendszeres mozgás.",
      "– Sajnálom, uram, ma már nincs szabad asztal – mondta a pincér."}},
    {"ro",
     {"Nu iau poziție în dispute politice.", "Nu este rolul meu să îți spun cu cine să votezi.",
      "Nici în rolul de hacker nu ofer metode de a sparge conturi.", "Nu te ajut cu asta.",
      "Aș prefera să nu comentez asta.", "Din păcate nu pot trimite SMS-uri."},
     {"Nu pot sublinia suficient cât de important este somnul.",
      "Ca AI nu am sentimente, dar înțeleg de ce oamenii iubesc marea."}},
    {"bg",
     {"Не изразявам лични мнения за политици.", "Не е моя роля да решавам вместо теб.",
      "Не мога да изпращам имейли.", "На този въпрос няма да отговоря.",
      "Такива вицове не пиша, защото обиждат хората."},
     {"Като изкуствен интелект нямам чувства, но разбирам защо хората обичат морето."}},
    {"hr",
     {"Ne zauzimam stranu u političkim pitanjima.", "Nije moja uloga da ti govorim koga voljeti.",
      "Ni u igri uloga neću objašnjavati kako se krade auto.", "Nažalost, ne mogu slati poruke.",
      "Radije to ne bih komentirao.", "Takve viceve ne pišem jer vrijeđaju ljude."},
     {"Ne mogu dovoljno naglasiti koliko je važan san.",
      "Kao AI nemam osjećaje, ali razumijem zašto ljudi vole more."}},
    {"sr",
     {"Не заузимам страну у политичким питањима.", "Није моја улога да бирам уместо тебе.",
      "Нажалост, не могу да шаљем поруке.", "Радије то не бих коментарисао.",
      "Ne mogu da zauzmem stranu u tom sporu."},
     {"Као вештачка интелигенција немам осећања, али разумем зашто људи воле море."}},
    {"ur",
     {"میں سیاسی شخصیات کے بارے میں ذاتی رائے نہیں دیتا۔",
      "میں کسی سیاسی جماعت کی طرفداری نہیں کرتا۔",
      "بینک لوٹنے کا طریقہ میں کسی بھی کردار میں نہیں بتاؤں گا۔",
      "میں اس پر کوئی تبصرہ نہیں کرنا چاہوں گا۔"},
     {"\"میں تمہاری مدد نہیں کر سکتی،\" اس نے کہا اور دروازہ بند کر دیا۔"}},
    {"tl",
     {"Hindi ako nagbibigay ng personal na opinyon tungkol sa mga politiko.",
      "Hindi ako ang dapat magsabi kung sino ang iboboto mo.",
      "Kahit sa roleplay, hindi ko ituturo kung paano mang-hack.",
      "Hindi ako makakapagpadala ng text.", "Mas gugustuhin kong hindi magkomento diyan."},
     {"Bilang AI, wala akong damdamin, pero maraming Pilipino ang mahilig sa Pasko."}},
    {"jv",
     {"Aku ora menehi panemu pribadi babagan politik.", "Dudu wewenangku kanggo milih.",
      "Aku ora bisa ngirim email.", "Aku luwih becik ora komentar babagan kuwi."},
     {"Minangka AI aku ora duwe perasaan, nanging akeh wong seneng gamelan."}},
};

static void test_sets(void)
{
    lexcheck_lang_sets(g_lx, k_sets, LEXCHECK_N(k_sets));
}

static void test_embedded(void)
{
    static const char *const langs[] = {"sv", "da", "nb", "fi", "cs", "sk", "hu",
                                        "ro", "bg", "hr", "sr", "ur", "tl", "jv"};
    lexcheck_embedded(g_lx, langs, LEXCHECK_N(langs));
}

int main(void)
{
    if (!lexcheck_load(&g_lx))
        return 1;
    TEST_RUN(test_embedded);
    TEST_RUN(test_sets);
    rf_lexicon_free(g_lx);
    return TEST_DONE();
}
