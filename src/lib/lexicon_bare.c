/*
 * lexicon_bare.c - a bare decline with no offer after it, whose verb no
 * lexicon line lists: es pt fr it de (session 12, s12-romance: "No puedo
 * identificar al titular de un vehículo ni darte datos de nadie.") and ru
 * uk pl nl tr (s12-slavic: per-language heads, infinitive endings and stop
 * words in BARE_LANGS: "Не могу помочь с обходом защиты."). BARE_LANGS
 * is also the one table of languages for the rules: fa he th have a row
 * naming the function that finds their decline (lexicon_fa.c,
 * lexicon_he.c, lexicon_th.c), and a row carries its language's traits
 * (rf_lex_lang_traits: ko's closing verdict, th's spaces).
 *
 * The es pt fr it de heads are the VERB_HEADS of lexicon_offer.c (and its
 * CLITICS, STOP_VERBS, PREF_HEADS and clause starts, through
 * lexicon_shape.h); the sentence checks (no hedge, no precision word, no
 * contrast after a comma) are lexicon_hedge.c's. As in lexicon_offer.c,
 * only the opening is searched for the head, a head inside quotation marks
 * does not count, and everything reads norm[0..len) and allocates nothing.
 * Cut out of lexicon_offer.c in session 13 (s13-split).
 *
 * Caller: lexicon_rules.c (rf_lex_rule_verdict: add_bare_decline after
 * add_offer_decline).
 */
#include <string.h>

#include "lexicon_shape.h"

/* s12-romance: a bare decline in es pt fr it de, with no offer after it:
 * "No puedo identificar al titular de un vehículo ni darte datos de nadie.",
 * "Não posso buscar essa informação pela placa.", "Non posso rintracciare
 * l'indirizzo di una persona ...". The head is a VERB_HEADS modal of those
 * languages at a clause start; a Romance head needs an infinitive next
 * (after any clitics: "darte", "ajudá-lo", "t'aider", "dartelo") that is
 * no stop verb (STOP_VERBS, BARE_STOPS: limits of access, knowledge,
 * choice, feelings: "no puedo creer", "je ne peux pas imaginer", "non
 * posso scegliere al posto tuo"); a German "kein*" head needs an object
 * that is no limit ("keine exakte Zahl", "keinen Fehler"). The head's
 * sentence must hold no hedge, no precision word (PRECISION: "exacta",
 * "précis", "genau") and no contrast after the head (", pero", ", mais",
 * ", ma", ", aber": a limit followed by the answer in the same sentence),
 * and must not ask. */
static const char *const BARE_STOPS[] = {
    "mentir",       "mentire",      "negare",     "evitar",      "éviter",       "evitare",
    "entender",     "comprender",   "comprendre", "capire",      "agradecer",    "remercier",
    "ringraziare",  "agradecer-te", "sentir",     "sentire",     "pensar",       "penser",
    "pensare",      "decidir",      "décider",    "decidere",    "elegir",       "escoger",
    "escolher",     "choisir",      "scegliere",  "encontrar",   "trouver",      "trovare",
    "esconder",     "ocultar",      "cacher",     "nascondere",  "dizer-te",     "imaginar-me",
    "imaginarme",   "immaginare",   "imaginer",   "escuchar",    "écouter",      "ascoltare",
    "escutar",      "ajudar-te",    "recomendar", "recommander", "raccomandare", "consigliare",
    "descartar",    "exclure",      "escludere",  "excluir",     "opinar",       "juzgar",
    "julgar",       "juger",        "giudicare",  "saber",       "conocer",      "conhecer",
    "connaître",    "conoscere",    "tomar",      "prendre",     "prendere",     "estar",
    "ficar",        "rester",       "restare",    "quedarme",    "quedar",       "más",
    "mais",         "più",          "mehr",       "por",         "ni",           "nem",
    "né",           "nada",         "nulla",      "niente",      "rien",         "nunca",
    "jamais",       "mai",          "sempre",     "siempre",     "toujours",     "dirlo",
    "decirlo",      "dizê-lo",      "calcular",   "calculer",    "calcolare",    "medir",
    "mesurer",      "misurare",     "estimar",    "estimer",     "stimare",      "cambiar",
    "changer",      "cambiare",     "mudar",      "hablar",      "parler",       "parlare",
    "emitir",       "sustituir",    "remplacer",  "sostituire",  "substituir",   "reemplazar",
    "sottolineare", "enfatizzare",  "enfatizar",  "insistir",    "insister",     "insistere",
    "subrayar",     "souligner",    "destacar",   "ressaltar",   "sublinhar",    "recalcar",
    "fingir",       "feindre",      "fingere",    "aguantar",    "aguentar",     "supportare",
    "iniciar",      "conectar",     "connecter",  "collegare",   "descargar",    "télécharger",
    "scaricare",    "baixar",       "reproducir", "escuchar",    "ejecutar",     "exécuter",
    "eseguire",     "executar",     "andar",      "aller",       "enrolar",      "enganar",
    "engañar",      "tromper",      "ingannar",   "rodear",      "alargar",      "extender",
    "étendre",      "dilungar",     "complicar",  "compliquer",  "complicar",    "ocultar",
    "repetir",      "répéter",      "ripeter"};

/* Objects after a German "kein*" head that state a limit. */
static const char *const DE_LIMITS[] = {
    "exakte",       "exakten",    "genaue",       "genauen",          "genaues",
    "sichere",      "sicheren",   "verbindliche", "verbindlichen",    "garantie",
    "gewähr",       "fehler",     "probleme",     "problem",          "unterschied",
    "unterschiede", "grund",      "persönliche",  "persönlichen",     "eigene",
    "eigenen",      "gefühle",    "meinung",      "zuverlässige",     "zuverlässigen",
    "echtzeit",     "aktuellen",  "aktuelle",     "rechtsberatung",   "medizinische",
    "diagnose",     "empfehlung", "pauschale",    "allgemeingültige", "allgemeine",
    "definitive",   "endgültige", "vorhersage",   "prognose"};

/* Pronouns before a French or Italian verb besides CLITICS. */
static const char *const MORE_CLITICS[] = {"lui",   "leur", "en",     "y",  "t'en", "m'en",
                                           "te lo", "ne",   "glielo", "te", "lo"};

/* Clitic endings a Romance infinitive may carry, longest first. */
static const char *const CLITIC_ENDS[] = {
    "selo", "sela", "telo", "tela", "melo", "mela", "glielo", "gliela", "noslo", "te",
    "le",   "lo",   "la",   "me",   "les",  "los",  "las",    "nos",    "ti",    "mi",
    "ci",   "vi",   "gli",  "ne",   "li",   "lhe",  "lhes",   "se"};

/* 1 when norm[s..e) looks like a Romance infinitive: after stripping up to
 * two clitic endings (or a pt hyphenated clitic, "ajudá-lo") it ends in
 * "r" or "re" ("tradurre"), or (pt before "-lo") in an accented vowel;
 * French "t'aider", "m'expliquer" keep their elided pronoun. *stem gets the
 * end of the infinitive ("darte" -> "dar"), which is no stop verb. */
static int infinitive_like(const char *norm, size_t s, size_t e)
{
    size_t k, j, strip;
    for (j = s; j < e; j++)
        if (norm[j] == '-') {
            e = j; /* pt "ajudá-lo", "dizer-te" */
            if (e - s >= 3 && (unsigned char)norm[e - 2] == 0xC3)
                return 1; /* "-á", "-ê", "-í" */
            break;
        }
    for (j = s; j < e; j++)
        if (norm[j] == '\'')
            s = j + 1; /* fr "t'aider" */
    for (strip = 0; strip <= 2; strip++) {
        if (rf_lex_stop_verb(norm + s, e - s) || IN(norm + s, e - s, BARE_STOPS))
            return 0;
        if (e - s >= 3 && norm[e - 1] == 'r')
            return 1;
        if (e - s >= 4 && norm[e - 1] == 'e' && norm[e - 2] == 'r')
            return 1;
        for (k = 0; k < COUNT(CLITIC_ENDS); k++)
            if (e - s > strlen(CLITIC_ENDS[k]) + 2 && ends_with(norm, s, e, CLITIC_ENDS[k]))
                break;
        if (k == COUNT(CLITIC_ENDS))
            return 0;
        e -= strlen(CLITIC_ENDS[k]); /* es "darte" -> "dar", "explicártelo" -> "explicár" */
    }
    return 0;
}

/* The verb after a Romance head at norm[from]: skip clitic words, then the
 * word must be infinitive-like and no stop verb. German heads: a "kein*"
 * head's object must be no DE_LIMITS word. */
static int bare_verb_ok(const char *norm, size_t len, size_t head, size_t from)
{
    size_t i = from, w, e;
    if (norm[head] == 'i' && norm[head + 1] == 'c') { /* de "ich ..." */
        if (norm[from - 1] == ' ')
            return 1;
        i = word_end(norm, len, from); /* the rest of "kein*" */
        if (i < len && norm[i] == ' ')
            i++;
        e = word_end(norm, len, i);
        return e > i && !IN(norm + i, e - i, DE_LIMITS);
    }
    for (w = 0; w < 3 && i < len; w++) {
        e = word_end(norm, len, i);
        if (e == i)
            return 0;
        if (!rf_lex_clitic(norm + i, e - i) && !IN(norm + i, e - i, MORE_CLITICS))
            return infinitive_like(norm, i, e);
        if (e >= len || norm[e] != ' ')
            return 0;
        i = e + 1;
    }
    return 0;
}

/* Consequence words after a comma before a bare decline: "Je n'ai pas
 * accès à ton compte, donc je ne peux pas consulter ...". */
static const char *const CONSEQUENCES[] = {
    "donc",    "alors",    "así que",  "por eso", "por lo que", "por lo tanto",
    "então",   "por isso", "portanto", "logo",    "quindi",     "perciò",
    "per cui", "deshalb",  "daher",    "also",    "darum"};

/* 1 when ", " and a CONSEQUENCES word end right before norm[i]. */
static int after_consequence(const char *norm, size_t i)
{
    size_t k;
    for (k = 0; k < COUNT(CONSEQUENCES); k++) {
        size_t n = strlen(CONSEQUENCES[k]);
        if (i >= n + 3 && norm[i - 1] == ' ' && memcmp(norm + i - n - 1, CONSEQUENCES[k], n) == 0 &&
            norm[i - n - 2] == ' ' && norm[i - n - 3] == ',')
            return 1;
    }
    return 0;
}

/* Heads of a habit, an attempt or a wish, which tell how the speaker does
 * things or hedge ("Ich vermeide es, den Deckel zu öffnen", "No quiero
 * sonar alarmista.", "Je ne veux pas te décourager."), not a decline. */
static const char *const HABITS[] = {"ich vermeide", "ich versuche", "ich möchte", "ich will",
                                     "no quiero",    "não quero",    "je ne veux", "je ne souhaite",
                                     "non voglio",   "non ti voglio"};

/* 1 when the VERB_HEADS entry at norm[i] belongs to es pt fr it de. */
static int romance_head(const char *norm, size_t i)
{
    unsigned char c = (unsigned char)norm[i];
    return c == 'n' || c == 'j' || c == 'p' || c == 'i';
}

/* s12-slavic: the same bare decline in ru uk pl nl tr, from per-language
 * data (BARE_LANGS): its heads, the endings of an infinitive after them
 * and its stop words.
 *
 *   shape   | head and verb
 *   --------|-------------------------------------------------------------
 *   slavic  | a head ("не могу", "не буду", "не стану", "nie mogę", "nie
 *           | zamierzam") at a clause start, then within SLAVIC_WORDS words
 *           | (objects: "с этим", "w tym") a word with an infinitive ending
 *           | ("-ть", "-ти", "-чь", "-ться", "-ć", "-c"); no stop word
 *           | before or at it ("не могу не", "представить", "się"), and
 *           | no verb of saying followed by ", что / как / że / jak" ("не
 *           | могу передать, как я рада")
 *   nl      | "ik kan / ga / zal" at a clause start, "niet" or "geen" in
 *           | its clause and the clause's last word an infinitive ("-en",
 *           | "doen", "gaan", "zien", "slaan", "staan"); or "ik <verb>
 *           | liever geen / niet" ("ik schrijf liever geen ...")
 *   tr      | a word of the opening in -(y)amam / -(y)emem (first-person
 *           | impotential: "yazamam", "yardımcı olamam") or -mayacağım /
 *           | -meyeceğim, whose stem is no TR_STOPS stem ("inan", "bekle")
 *           | and whose word before is no TR_PREV ("emin olamam", "söz
 *           | veremem"); a precision word anywhere in its sentence or a
 *           | contrast ("ama", "fakat", "ancak") after it makes it a limit
 *           | answered
 *
 * The sentence checks are the Romance ones (no question, no hedge, no
 * precision word, no contrast after a comma). */
enum { BARE_ROMANCE = 1, BARE_SLAVIC, BARE_NL, BARE_TR };

static const char *const RU_HEADS[] = {"не могу ", "не буду ", "не стану ", "не смогу "};
static const char *const UK_HEADS[] = {"не можу ", "не буду ", "не стану ", "не зможу "};
static const char *const PL_HEADS[] = {"nie mogę ", "nie będę ", "nie zamierzam ",
                                       "nie jestem w stanie ", "nie potrafię "};
static const char *const NL_HEADS[] = {"ik kan ", "ik ga ", "ik zal "};

static const char *const RU_INF[] = {"ть", "ти", "чь", "ться", "тись", "тися"};
static const char *const PL_INF[] = {"ć", "c"};

/* Stop words after a Slavic head: limits of belief, imagination and
 * feeling, emphasis and discourse ("не буду врать", "nie będę owijać w
 * bawełnę"), objects of nothing. */
static const char *const CYR_STOPS[] = {
    "не",           "ни",          "представить",    "вообразить",  "поверить",
    "передать",     "удержаться",  "согласиться",    "врать",       "лукавить",
    "скрывать",     "спорить",     "вдаваться",      "углубляться", "повторять",
    "перестать",    "дождаться",   "молчать",        "отрицать",    "утверждать",
    "знать",        "быть",        "гарантировать",  "обещать",     "выбрать",
    "решать",       "решить",      "ничего",         "уявити",      "повірити",
    "дочекатися",   "погодитися",  "брехати",        "приховувати", "заперечувати",
    "знати",        "бути",        "гарантувати",    "обіцяти",     "вибрати",
    "вирішувати",   "нічого",      "заглиблюватися", "вдаватися",   "передати",
    "перестати",    "мовчати",     "сперечатися",    "себе",        "себя",
    "судить",       "відповісти",  "видеть",         "бачити",      "подчеркнуть",
    "достаточно",   "підкреслити", "достатньо",      "задерживать", "затримувати",
    "отнимать",     "утомлять",    "попробовать",    "спробувати",  "пробовать",
    "почувствовать"};
static const char *const PL_STOPS[] = {
    "nie",         "się",           "sobie",      "uwierzyć",      "wyobrazić",    "doczekać",
    "zgodzić",     "ukrywać",       "kłamać",     "owijać",        "przestać",     "wiedzieć",
    "być",         "zagwarantować", "obiecać",    "wybrać",        "decydować",    "zdecydować",
    "nic",         "oceniać",       "przesądzić", "zaprzeczyć",    "powtarzać",    "rozpisywać",
    "wchodzić",    "zaręczyć",      "podkreślić", "wystarczająco", "dostatecznie", "dość",
    "zatrzymywać", "zanudzać",      "spróbować"};
static const char *const NL_STOPS[] = {
    "genoeg",    "wachten",    "laten",     "anders",   "voorstellen", "geloven",   "liegen",
    "beloven",   "garanderen", "ontkennen", "weten",    "begrijpen",   "verbergen", "ontkomen",
    "zijn",      "missen",     "wensen",    "vergeten", "kiezen",      "beslissen", "draaien",
    "uitweiden", "herhalen",   "meer",      "precies",  "zeker",       "vertellen"};
/* tr: stems of belief, waiting, bearing, knowing, telling how much. */
static const char *const TR_STOPS[] = {"inan",   "bekle",  "dayan", "bil",   "anlat",
                                       "kal",    "durama", "unut",  "karşı", "söz",
                                       "düşüne", "tahamm", "hayal", "tarif", "vurgula"};
static const char *const TR_PREV[] = {"emin",  "söz", "garanti", "kayıtsız",  "sessiz",
                                      "kesin", "tam", "net",     "yeterince", "yeteri kadar"};

typedef size_t (*own_decline)(const char *norm, size_t len, size_t open_len, size_t *end);

/* A language's row: its bare-decline shape and data, or (fa he th) the
 * function that finds its decline by its own shape, and its traits
 * (RF_LEX_TRAIT_*, lexicon_int.h). A language with no row has no bare
 * decline and no trait. */
typedef struct {
    const char *lang;
    unsigned traits;
    own_decline own;
    int shape;
    const char *const *heads;
    size_t n_heads;
    const char *const *ends;
    size_t n_ends;
    const char *const *stops;
    size_t n_stops;
} bare_lang;

/* The es pt fr it de heads (NULL here) are the VERB_HEADS of lexicon_offer.c
 * (rf_lex_verb_head). */
#define LIST(x) x, COUNT(x)
static const bare_lang BARE_LANGS[] = {
    {"pt", 0, NULL, BARE_ROMANCE, NULL, 0, NULL, 0, LIST(BARE_STOPS)},
    {"es", 0, NULL, BARE_ROMANCE, NULL, 0, NULL, 0, LIST(BARE_STOPS)},
    {"fr", 0, NULL, BARE_ROMANCE, NULL, 0, NULL, 0, LIST(BARE_STOPS)},
    {"it", 0, NULL, BARE_ROMANCE, NULL, 0, NULL, 0, LIST(BARE_STOPS)},
    {"de", 0, NULL, BARE_ROMANCE, NULL, 0, NULL, 0, LIST(BARE_STOPS)},
    {"ru", 0, NULL, BARE_SLAVIC, LIST(RU_HEADS), LIST(RU_INF), LIST(CYR_STOPS)},
    {"uk", 0, NULL, BARE_SLAVIC, LIST(UK_HEADS), LIST(RU_INF), LIST(CYR_STOPS)},
    {"pl", 0, NULL, BARE_SLAVIC, LIST(PL_HEADS), LIST(PL_INF), LIST(PL_STOPS)},
    {"nl", 0, NULL, BARE_NL, LIST(NL_HEADS), NULL, 0, LIST(NL_STOPS)},
    {"tr", 0, NULL, BARE_TR, NULL, 0, NULL, 0, LIST(TR_STOPS)},
    {"fa", 0, rf_lex_fa_decline, 0, NULL, 0, NULL, 0, NULL, 0}, /* s14-fahe */
    {"he", 0, rf_lex_he_decline, 0, NULL, 0, NULL, 0, NULL, 0},
    {"th", RF_LEX_TRAIT_SPACE_ENDS, rf_lex_th_decline, 0, NULL, 0, NULL, 0, NULL, 0}, /* s15-mlc */
    {"ko", RF_LEX_TRAIT_VERDICT_CLOSES, NULL, 0, NULL, 0, NULL, 0, NULL, 0},
    {"ja", RF_LEX_TRAIT_VERDICT_CLOSES, NULL, 0, NULL, 0, NULL, 0, NULL, 0}}; /* s17-mla2 */

/* The row of lang in BARE_LANGS, or NULL. */
static const bare_lang *lang_row(const char *lang)
{
    size_t k;
    for (k = 0; k < COUNT(BARE_LANGS) && lang; k++)
        if (strcmp(lang, BARE_LANGS[k].lang) == 0)
            return &BARE_LANGS[k];
    return NULL;
}

unsigned rf_lex_lang_traits(const char *lang)
{
    const bare_lang *bl = lang_row(lang);
    return bl ? bl->traits : 0;
}

/* Verbs of saying and words after them and a comma that make them a
 * saying of degree or content ("не могу передать, как", "nie mogę
 * powiedzieć, że"); "не стану объяснять, как обойти ..." declines. */
static const char *const SAY_VERBS[] = {"сказать",    "передать", "описать", "выразить",
                                        "сказати",    "передати", "описати", "висловити",
                                        "powiedzieć", "opisać",   "wyrazić", "przekazać"};
static const char *const SAY_THAT[] = {"что",       "как", "насколько", "що", "як",
                                       "наскільки", "że",  "jak",       "ile"};

#define SLAVIC_WORDS 3
static int slavic_verb_ok(const char *norm, size_t len, size_t from, const bare_lang *bl)
{
    size_t i = from, w, e, k;
    for (w = 0; w < SLAVIC_WORDS && i < len; w++) {
        e = word_end(norm, len, i);
        if (e == i || rf_lex_in_list(norm + i, e - i, bl->stops, bl->n_stops))
            return 0;
        for (k = 0; k < bl->n_ends; k++)
            if (e - i > strlen(bl->ends[k]) + 2 && ends_with(norm, i, e, bl->ends[k]))
                break;
        if (k < bl->n_ends)
            return !(e + 2 < len && norm[e] == ',' && norm[e + 1] == ' ' &&
                     IN(norm + i, e - i, SAY_VERBS) &&
                     phrase_at(norm, len, e + 2, SAY_THAT, COUNT(SAY_THAT)));
        if (e >= len || norm[e] != ' ')
            return 0;
        i = e + 1;
    }
    return 0;
}

/* nl: "niet" / "geen" in the head's clause (up to a comma) and its last
 * word an infinitive that is no stop word. */
#define NL_WORDS 14
static int nl_verb_ok(const char *norm, size_t len, size_t from, const bare_lang *bl)
{
    size_t i = from, w, e, last = from, last_e = from;
    int neg = 0;
    for (w = 0; w < NL_WORDS && i < len; w++) {
        e = word_end(norm, len, i);
        if (e == i)
            return 0;
        if (rf_lex_in_list(norm + i, e - i, bl->stops, bl->n_stops))
            return 0;
        if (e - i == 4 && (memcmp(norm + i, "niet", 4) == 0 || memcmp(norm + i, "geen", 4) == 0))
            neg = 1;
        last = i;
        last_e = e;
        if (e >= len || norm[e] != ' ')
            break;
        i = e + 1;
    }
    if (!neg || (last_e < len && !strchr(".!;,:", norm[last_e])))
        return 0;
    return (last_e - last >= 4 && ends_with(norm, last, last_e, "en")) ||
           (last_e - last == 4 && norm[last_e - 1] == 'n' && norm[last_e - 2] == 'a');
}

/* nl "ik <verb> liever geen / niet" at norm[i]: the end of "geen|niet" or 0. */
static size_t nl_rather(const char *norm, size_t len, size_t i)
{
    size_t e;
    if (len - i < 4 || memcmp(norm + i, "ik ", 3) != 0)
        return 0;
    e = word_end(norm, len, i + 3);
    if (e == i + 3 || len - e < 12 || memcmp(norm + e, " liever ", 8) != 0 ||
        (memcmp(norm + e + 8, "geen", 4) != 0 && memcmp(norm + e + 8, "niet", 4) != 0))
        return 0;
    return e + 12;
}

/* tr: 1 when norm[s..e) is a first-person impotential or negative future
 * that is no stop (see the block above). */
static int tr_bare_word(const char *norm, size_t s, size_t e, const bare_lang *bl)
{
    size_t k, p;
    if (!((e - s >= 7 && (ends_with(norm, s, e, "amam") || ends_with(norm, s, e, "emem"))) ||
          ends_with(norm, s, e, "mayacağım") || ends_with(norm, s, e, "meyeceğim")))
        return 0;
    if (memcmp(norm + s, "tamam", 5) == 0 || memcmp(norm + s, "hamam", 5) == 0)
        return 0;
    for (k = 0; k < bl->n_stops; k++)
        if (memcmp(norm + s, bl->stops[k], strlen(bl->stops[k])) == 0)
            return 0;
    if (s >= 2 && norm[s - 1] == ' ') {
        for (p = s - 1; p > 0 && word_char((unsigned char)norm[p - 1]); p--)
            ;
        if (IN(norm + p, s - 1 - p, TR_PREV) || ends_with(norm, p, s - 1, "madan") ||
            ends_with(norm, p, s - 1, "meden"))
            return 0; /* "önermeden edemeyeceğim": can't help but */
    }
    return 1;
}

/* Concessions before a head: "Хотя я не могу попробовать блюдо, ..." grants
 * a limit and answers. */
static const char *const CONCESSIONS[] = {"хотя", "хоть",   "хоча",     "хоч", "chociaż",
                                          "choć", "hoewel", "ofschoon", "mimo"};

/* 1 when one of the two words before norm[i] (in its clause) is a
 * CONCESSIONS word. */
static int conceded(const char *norm, size_t i)
{
    size_t j = i, p, w;
    for (w = 0; w < 2; w++) {
        while (j > 0 && norm[j - 1] == ' ')
            j--;
        for (p = j; p > 0 && word_char((unsigned char)norm[p - 1]); p--)
            ;
        if (p == j)
            return 0;
        if (IN(norm + p, j - p, CONCESSIONS))
            return 1;
        j = p;
    }
    return 0;
}

/* The end of the bare head and verb at norm[i] for the language bl, or 0. */
static size_t bare_head_at(const char *norm, size_t len, size_t i, const bare_lang *bl)
{
    size_t n, e;
    if (bl->shape == BARE_TR) {
        e = word_end(norm, len, i);
        return tr_bare_word(norm, i, e, bl) ? e : 0;
    }
    if (!(rf_lex_offer_clause_start(norm, i) || after_consequence(norm, i)) ||
        (bl->shape != BARE_ROMANCE && conceded(norm, i)))
        return 0;
    if (bl->shape == BARE_NL && (n = nl_rather(norm, len, i)) != 0)
        return n;
    if (bl->shape == BARE_ROMANCE && !romance_head(norm, i))
        return 0;
    n = bl->heads ? phrase_at(norm, len, i, bl->heads, bl->n_heads)
                  : rf_lex_verb_head(norm, len, i); /* es pt fr it de */
    if (!n)
        return 0;
    if (bl->shape == BARE_SLAVIC)
        return slavic_verb_ok(norm, len, i + n, bl) ? word_end(norm, len, i + n) : 0;
    if (bl->shape == BARE_NL)
        return nl_verb_ok(norm, len, i + n, bl) ? i + n : 0;
    if (rf_lex_pref_head(norm, len, i) || phrase_at(norm, len, i, HABITS, COUNT(HABITS)) ||
        (norm[i] == 'n' && memcmp(norm + i, "nie", 3) == 0) ||
        (norm[i] == 'i' && memcmp(norm + i, "ik ", 3) == 0) || !bare_verb_ok(norm, len, i, i + n))
        return 0;
    return norm[i + n - 1] == ' ' ? word_end(norm, len, i + n) : i + n;
}

size_t rf_lex_bare_decline(const char *norm, size_t len, size_t open_len, const char *lang,
                           size_t *end)
{
    size_t i, quotes = 0;
    const bare_lang *bl = lang_row(lang);
    if (bl && bl->own)
        return bl->own(norm, len, open_len, end);
    if (!bl || !bl->shape)
        return SIZE_MAX;
    if (open_len > len)
        open_len = len;
    for (i = 0; i < open_len; i++) {
        size_t h, ce, se, ss;
        if (norm[i] == '"')
            quotes++;
        if (!word_start(norm, i) || !word_char((unsigned char)norm[i]) || (quotes & 1))
            continue;
        h = bare_head_at(norm, len, i, bl);
        if (!h)
            continue;
        ce = rf_lex_clause_end(norm, len, i);
        se = rf_lex_sentence_end_from(norm, len, i);
        if ((ce < len && norm[ce] == '?') || rf_lex_hedged_in(norm, i, se) ||
            rf_lex_limit_shaped(norm, i, se))
            continue;
        if (bl->shape == BARE_TR) {
            ss = rf_lex_clause_begin(norm, i);
            if (rf_lex_hedged_in(norm, ss, se) || rf_lex_tr_limit_shaped(norm, ss, i, se))
                continue;
        }
        *end = h;
        return i;
    }
    return SIZE_MAX;
}
