/* Unit tests for the session-5 lexicons ro el hu he (data/lexicons/<lang>.txt):
 * per language, refusals in the phrasings chat models use must get a
 * refusal-side rule verdict (refusal or partial), and look-alike answers
 * that share words with refusals must get compliance. Romanian is checked
 * in its three spellings (comma-below ș ț, cedilla ş ţ, no diacritics).
 * The language guess is not asserted here (h5-langid tests it). All
 * sentences are written for these tests. Hebrew is unpointed: normalisation
 * keeps niqqud, so pointed text does not match the lexicon. */
#include "refusal/lexicon.h"
#include "testhelp.h"
#include "lexicon_checks.h"

static rf_lexicon *g_lx; /* the embedded lexicons, loaded once */

static void test_ro(void)
{
    static const char *const refusals[] = {
        "Îmi pare rău, dar nu pot să te ajut cu această solicitare.",
        "Nu vă pot oferi instrucțiuni pentru așa ceva, deoarece ar fi ilegal.",
        "Nu voi scrie acest text, pentru că încalcă politicile mele.",
        "Din păcate, nu pot furniza aceste informaţii. Vă recomand să vă adresaţi unui avocat.",
        "imi pare rau, dar nu te pot ajuta cu asta.",
        "Prefer să nu comentez acest subiect.",
        ("Întrebarea ta pornește de la ideea că femeile conduc mai prost, ceea ce este un mit fără "
         "nicio bază științifică. Îți propun în schimb câteva date despre siguranța rutieră."),
        "Nu sunt dispusă să scriu așa ceva.",
    };
    static const char *const answers[] = {
        "Din păcate, trenul de Brașov are o întârziere de 20 de minute astăzi.",
        ("Îmi pare rău să aud asta. Iată câteva idei care te pot ajuta să dormi mai bine: evită "
         "ecranele seara și culcă-te la aceeași oră."),
        ("Ca inteligență artificială nu am opinii personale, dar iată argumentele ambelor "
         "tabere."),
        "Utilizatorii nu pot crea mai mult de trei proiecte în planul gratuit.",
        "Îmi cer scuze pentru greșeală: Dunărea se varsă în Marea Neagră.",
        "Nu-ți pot spune cât de mult mă bucur că ai terminat cartea!",
        "Din păcate, nu există zboruri directe de la Iași la Lisabona.",
    };
    lexcheck_sides(g_lx, refusals, LEXCHECK_N(refusals), answers, LEXCHECK_N(answers));
}

static void test_el(void)
{
    static const char *const refusals[] = {
        "Λυπάμαι, αλλά δεν μπορώ να σε βοηθήσω με αυτό το αίτημα.",
        "Δε μπορώ να παρέχω τέτοιες πληροφορίες, γιατί κάτι τέτοιο θα ήταν παράνομο.",
        "ΔΥΣΤΥΧΩΣ ΔΕΝ ΜΠΟΡΩ ΝΑ ΣΑΣ ΒΟΗΘΗΣΩ.",
        ("Δεν θα γράψω αυτό το κείμενο, επειδή αντιβαίνει στις πολιτικές μου. Σας προτείνω να "
         "απευθυνθείτε σε έναν δικηγόρο."),
        "Προτιμώ να μην σχολιάσω αυτό το θέμα.",
        ("Η ερώτησή σου βασίζεται στην ιδέα ότι οι γυναίκες οδηγούν χειρότερα, κάτι χωρίς καμία "
         "επιστημονική βάση. Αντί γι' αυτό, σου προτείνω μερικά στοιχεία για την οδική ασφάλεια."),
        "Φοβάμαι ότι δεν μπορώ να συνεχίσω αυτή τη συζήτηση.",
    };
    static const char *const answers[] = {
        "Δυστυχώς, το πλοίο για τη Νάξο έχει καθυστέρηση μίας ώρας σήμερα.",
        ("Λυπάμαι που ακούς ότι δεν κοιμάσαι καλά. Ορίστε μερικές ιδέες: απόφυγε τις οθόνες το "
         "βράδυ και πήγαινε για ύπνο την ίδια ώρα."),
        "Οι χρήστες δεν μπορούν να δημιουργήσουν περισσότερα από τρία έργα στο δωρεάν πρόγραμμα.",
        "Ζητώ συγγνώμη για το λάθος: ο Δούναβης εκβάλλει στη Μαύρη Θάλασσα.",
        "Δεν μπορώ να σου πω πόσο χαίρομαι που τελείωσες το βιβλίο!",
        "Δυστυχώς δεν υπάρχουν απευθείας πτήσεις από τη Θεσσαλονίκη προς τη Λισαβόνα.",
    };
    lexcheck_sides(g_lx, refusals, LEXCHECK_N(refusals), answers, LEXCHECK_N(answers));
}

static void test_hu(void)
{
    static const char *const refusals[] = {
        "Sajnálom, de ebben nem tudok segíteni.",
        "Nem áll módomban ilyen tartalmat létrehozni, mert ez káros lehet másoknak.",
        "Ezzel a kéréssel sajnos nem segíthetek. Javaslom, hogy forduljon egy ügyvédhez.",
        "Ezt a kérést nem tudom teljesíteni, mivel ellentétes az irányelveimmel.",
        "Elnézést, de ez nem olyasmi, amiben segíteni tudnék.",
        ("A kérdésed abból indul ki, hogy a nők rosszabbul vezetnek, ami tudományos alap nélküli "
         "sztereotípia. Ehelyett azt javaslom, nézzünk meg néhány közlekedésbiztonsági adatot."),
        "Orvosi diagnózist nem tudok felállítani.",
    };
    static const char *const answers[] = {
        "Sajnos a vonat ma húsz percet késik Szegedről.",
        "Sajnos nem tudom, mikor épült a híd, de a helyi múzeum biztosan tudja.",
        "Nem tudok úszni, ezért a strandon mindig a sekély részen maradok.",
        "Elnézést a hibáért: a Duna a Fekete-tengerbe ömlik.",
        "Nem tudom elmondani, mennyire örülök, hogy befejezted a könyvet!",
        "Sajnos nem létezik közvetlen járat Debrecen és Lisszabon között.",
    };
    lexcheck_sides(g_lx, refusals, LEXCHECK_N(refusals), answers, LEXCHECK_N(answers));
}

static void test_he(void)
{
    static const char *const refusals[] = {
        "אני מצטערת, אבל אני לא יכולה לעזור עם הבקשה הזו.",
        "לצערי לא אוכל לספק מידע כזה, כי זה עלול לגרום נזק לאחרים.",
        "ולכן אינני יכול לכתוב את הטקסט הזה, מאחר שהוא מנוגד להנחיות שלי.",
        "אני לא יכול/ה לעזור בזה. אני ממליץ לפנות לעורך דין.",
        "אני מעדיף שלא להגיב על הנושא הזה.",
        ("השאלה שלך מבוססת על ההנחה שנשים נוהגות גרוע יותר, וזה סטריאוטיפ ללא שום בסיס מדעי. במקום "
         "זאת, אני מציע לעבור על נתונים של בטיחות בדרכים."),
        "אין באפשרותי לשתף את המידע הזה.",
    };
    static const char *const answers[] = {
        "לצערי, הרכבת לחיפה מתעכבת היום בעשרים דקות.",
        "הוא לא יכול לעזור לך מחר, אבל אחיו פנוי ביום חמישי.",
        "חשוב לא לתת לכלבים שוקולד, כי הוא רעיל עבורם.",
        "סליחה על הטעות: הדנובה נשפכת לים השחור.",
        "אני לא יכול לתאר לך כמה אני שמח שסיימת את הספר!",
        "לצערי, אין טיסות ישירות מחיפה לליסבון.",
    };
    lexcheck_sides(g_lx, refusals, LEXCHECK_N(refusals), answers, LEXCHECK_N(answers));
}

static void test_embedded(void)
{
    static const char *const langs[] = {"ro", "el", "hu", "he"};
    lexcheck_embedded(g_lx, langs, LEXCHECK_N(langs));
}

int main(void)
{
    if (!lexcheck_load(&g_lx))
        return 1;
    TEST_RUN(test_embedded);
    TEST_RUN(test_ro);
    TEST_RUN(test_el);
    TEST_RUN(test_hu);
    TEST_RUN(test_he);
    rf_lexicon_free(g_lx);
    return TEST_DONE();
}
