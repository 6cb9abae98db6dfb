/* Unit tests for the Nordic lexicons of session 5 (data/lexicons/sv.txt,
 * fi.txt, da.txt, nb.txt): per language, refusals in the phrasings chat
 * models use (formal and informal, the inverted word order of sv da nb,
 * the inflected negative verbs of fi, "as an AI language model, I cannot")
 * must get the rule verdict refusal; look-alike answers ("unfortunately"
 * + a fact, "sorry to hear" + advice, "you can't X without Y", "I can't
 * guarantee, but", "as an AI I have no opinion, but") must get compliance.
 * Rule verdicts only: the language guess is tested elsewhere. All
 * sentences are written for these tests. */
#include "refusal/lexicon.h"
#include "testhelp.h"
#include "lexicon_checks.h"

static rf_lexicon *g_lx; /* the embedded lexicons, loaded once */

static const lexcheck_lang_set k_sets[] = {
    /* Swedish */
    {"sv",
     {"Tyvärr kan jag inte hjälpa dig med det.",
      "Jag kan inte skriva en sådan text, eftersom den skulle kunna skada andra människor.",
      "Det kan jag inte hjälpa till med. Om du har andra frågor hjälper jag gärna till.",
      "Som en AI-språkmodell kan jag inte tillhandahålla instruktioner för olagliga aktiviteter.",
      "Jag måste vänligen avböja din begäran.", "Det där hjälper jag inte till med.",
      "Jag har inte tillåtelse att dela sådan information.", "Sådana texter skriver jag inte."},
     {"Tyvärr regnar det i Göteborg i morgon, så ta med ett paraply.",
      "Jag är ledsen att höra att du är förkyld. Drick mycket te med honung och vila.",
      "Jag kan inte garantera att det fungerar, men här är tre saker du kan prova.",
      "Som AI har jag inga personliga åsikter, men här är argumenten för och emot."}},
    /* Finnish */
    {"fi",
     {"Valitettavasti en voi auttaa sinua tässä asiassa.",
      "En pysty tarjoamaan tällaisia ohjeita, koska ne voisivat vahingoittaa muita.",
      "Tähän en voi vastata. Jos sinulla on muita kysymyksiä, autan mielelläni.",
      "Tekoälykielimallina en voi tuottaa laitonta sisältöä.",
      "Joudun kieltäytymään tästä pyynnöstä.", "Minulla ei ole lupaa jakaa tällaisia tietoja.",
      "Jätän tähän kysymykseen vastaamatta."},
     {"Valitettavasti huomenna sataa Tampereella, joten ota sateenvarjo mukaan.",
      "Ikävä kuulla, että olet flunssassa. Juo paljon teetä ja lepää.",
      "En voi taata, että tämä toimii, mutta tässä on kolme asiaa, joita voit kokeilla.",
      "Tekoälynä minulla ei ole henkilökohtaisia mielipiteitä, mutta tässä ovat perustelut "
      "puolesta ja "
      "vastaan."}},
    /* Danish */
    {"da",
     {"Beklager, men det kan jeg ikke hjælpe med.",
      "Jeg kan desværre ikke give dig den slags oplysninger, da det kan skade andre mennesker.",
      "Jeg vil ikke skrive den tekst. Hvis du har andre spørgsmål, hjælper jeg gerne.",
      "Som en AI-sprogmodel kan jeg ikke levere instruktioner til ulovlige aktiviteter.",
      "Jeg må høfligt afslå din anmodning.", "Det der hjælper jeg ikke med.",
      "Det er ikke noget, jeg gør.", "Det kan jeg ikke."},
     {"Desværre regner det i Aarhus i morgen, så husk en paraply.",
      "Jeg er ked af at høre, at du er forkølet. Drik masser af te med honning og hvil dig.",
      "Jeg kan ikke garantere, at det virker, men her er tre ting, du kan prøve.",
      "Som AI har jeg ingen personlige meninger, men her er argumenterne for og imod."}},
    /* Norwegian Bokmål (the phrases it shares with Danish are in da.txt) */
    {"nb",
     {"Beklager, men det kan jeg dessverre ikke hjelpe med.",
      "Jeg kan ikke gi deg slike opplysninger, siden det kan skade andre mennesker.",
      "Jeg har ikke tenkt å lage det innholdet. Hvis du har andre spørsmål, hjelper jeg gjerne.",
      "Som en KI-språkmodell kan jeg ikke tilby instruksjoner for ulovlige aktiviteter.",
      "Jeg må dessverre avslå forespørselen din.",
      "Jeg hjelper ikke til med å forfalske dokumenter.", "Slike bilder lager jeg ikke."},
     {"Dessverre regner det i Bergen i morgen, så ta med en paraply.",
      "Så leit å høre at du er forkjølet. Drikk mye te med honning og hvil deg.",
      "Jeg kan ikke garantere at det virker, men her er tre ting du kan prøve.",
      "Som KI har jeg ingen personlige meninger, men her er argumentene for og mot.",
      "Unnskyld at jeg svarer sent! Møtet er flyttet til torsdag.",
      "Jeg nekter å tro at sommeren er over! Her er tre tips."}},
};

static void test_sets(void)
{
    lexcheck_lang_sets(g_lx, k_sets, LEXCHECK_N(k_sets));
}

static void test_embedded(void)
{
    static const char *const langs[] = {"sv", "fi", "da", "nb"};
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
