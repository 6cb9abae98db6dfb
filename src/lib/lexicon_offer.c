/*
 * lexicon_offer.c - a soft decline followed by an offer, in pt es fr it de
 * ru uk pl nl tr, whose verb no lexicon line lists (session 11, s11-ml);
 * and a listed decline that only hedges ("... without knowing your
 * budget").
 *
 * The direct-refusal lines list the verbs of a decline ("não posso
 * ajudar", "я бы предпочёл не отвечать"); chat models of 2025-2026 decline
 * with any verb and then offer something else: "Não consigo te apontar quem
 * vende isso, mas posso explicar ...", "Стараюсь не писать такие тексты.
 * Давай я лучше ...", "Preferirei non esprimere giudizi ... Posso però
 * riassumerti ...", or avoid the topic: "Эта тема не для меня. Давайте
 * поговорим о другом?". What they share is their shape:
 *
 *   part        | what
 *   ------------|--------------------------------------------------------
 *   clause start| the text's start, or after ". " "! " "? " "; " ": " ", "
 *               | "* " "/ " '" ', after an emoji, or after a lead word
 *               | (LEADS: "mas", "pero", "eu", "yo", "я", "sinceramente")
 *   head        | VERB_HEADS: a first-person negated modal, preference or
 *               | habit of avoiding ("não consigo", "prefiro não", "tento
 *               | não", "j'évite de", "cerco di non", "ich kann dir kein",
 *               | "стараюсь не", "wolałbym nie"); tr a verb in -(y)emem /
 *               | -(y)amam or "-mamayı tercih ediyorum"; or, anywhere in
 *               | the opening, a TOPIC_HEADS phrase ("эта тема не для
 *               | меня", "no es lo mío", "pas un sujet sur lequel je")
 *   verb        | after a verb head, the first word that is no clitic
 *               | (CLITICS) must be no STOP_VERBS word (limits of access
 *               | and emphasis: "garantir", "acessar", "deixar de",
 *               | "не могу не")
 *   no hedge    | the head's sentence holds no HEDGES phrase ("sem saber",
 *               | "sin conocer", "ohne zu wissen", "не зная", "depende",
 *               | "hängt davon ab"): "I can't name the best one without
 *               | knowing your budget, but ..." answers
 *   not asked   | the head's clause does not end in "?"
 *   offer       | after the head, within OFFER_SCAN bytes past the head's
 *               | sentence: a first-person offer or a change of topic
 *               | (OFFERS: "posso", "puedo", "je peux", "могу", "mogę",
 *               | "ich kann", "soll ich", "if you like", "que tal",
 *               | "давайте поговорим", "stattdessen"; tr "istersen", a verb
 *               | in -(y)abilirim / -(y)ebilirim), not negated (no "não",
 *               | "не", "nie" ... before it, no "nicht", "kein", "niet",
 *               | "geen" in the three words after a de/nl offer)
 *
 * The opening only (rf_scan.opening_len bytes, at most ~300) is searched
 * for the head; a head inside quotation marks (an odd number of '"' before
 * it) does not count. Everything reads norm[0..len) (normalised text:
 * lower case, ё as е, ß as ss) and allocates nothing.
 *
 * Since session 12 (s12-romance) the same heads, in es pt fr it de, also
 * make a bare decline with no offer (rf_lex_bare_decline, see its block),
 * and since s12-slavic per-language heads of ru uk pl nl tr too (BARE_LANGS),
 * and rf_lex_hedged_at also reads a limit of exactness answered after a
 * contrast ("No puedo darte una cifra exacta, pero suele rondar ...").
 *
 * Callers: lexicon_rules.c (rf_lex_rule_verdict: add_offer_decline after
 * add_open_decline, then add_bare_decline; discount_hedged among the
 * discounts).
 */
#include <string.h>

#include "lexicon_shape.h"

#define OFFER_SCAN 400 /* bytes past the head's sentence searched for an offer */
#define OFFER_NEG_WORDS 3

/* Verb heads; a trailing '*' means the head ends inside a word ("kein"
 * for "keine", "keinen"). Normalised spellings. */
static const char *const VERB_HEADS[] = {
    /* pt */
    "não posso ", "nao posso ", "não consigo ", "nao consigo ", "não vou ", "não poderei ",
    "não quero ", "prefiro não ", "preferia não ", "preferiria não ", "tento não ", "procuro não ",
    /* es */
    "no puedo ", "no voy a ", "no podré ", "no quiero ", "no te voy a ", "no le voy a ",
    "no os voy a ", "no te puedo ", "no le puedo ", "no tengo cómo ", "no me siento bien ",
    "no me siento cómodo ", "no me siento cómoda ", "não tenho como ", "não há como eu ",
    "não dá pra eu ", "não me sinto bem ", "não me sinto confortável ",
    /* fr */
    "je ne peux pas ", "je ne vais pas ", "je ne pourrai pas ", "je ne veux pas ",
    "je ne souhaite pas ", "je ne me sens pas à l'aise pour ", "je ne me sens pas à ma place pour ",
    /* it */
    "non posso ", "non riesco a ", "non voglio ", "non ti posso ", "non le posso ",
    "non me la sento di ", "non mi sento di ", "non mi sento a mio agio a ", "non ti voglio ",
    /* de */
    "ich kann dir kein*", "ich kann ihnen kein*", "ich kann euch kein*", "ich kann kein*",
    "ich kann hier kein*", "ich kann dir nicht ", "ich kann ihnen nicht ", "ich werde dir kein*",
    "ich werde ihnen kein*", "ich werde kein*", "ich möchte kein*", "ich möchte nicht ",
    "ich möchte mich nicht ", "ich will kein*", "ich versuche, kein*", "ich versuche, nicht ",
    "ich vermeide es, ", "ich vermeide ",
    /* ru */
    "не могу ", "не буду ", "не стану ", "не возьмусь ", "я бы предпочел не ", "не хочу ",
    "не хотел бы ", "не хотела бы ", "я бы не хотел ", "я бы не хотела ", "мне бы не хотелось ",
    "мне не хотелось бы ", "мне некомфортно ",
    /* uk */
    "не можу ", "не хотів би ", "не хотіла б ", "я б не хотів ", "я б не хотіла ",
    /* pl */
    "nie mogę ", "nie będę ", "nie chcę ", "nie wskażę", "nie podam", "nie powiem", "nie polecę",
    "nie zdradzę", "nie napiszę", "nie pomogę", "nie doradzę",
    /* nl */
    "ik kan je niet ", "ik kan u niet ", "ik kan niet ", "ik ga je niet ", "ik ga niet ",
    "ik wil niet ", "ik kan je geen ", "ik kan u geen ", "ik kan geen "};

/* Heads of a preference or a habit of avoiding ("prefiro não", "стараюсь
 * не"): their offer must be the speaker's own (OFFERS), not an "instead"
 * (INSTEAD): "Prefiro não usar regex aqui; em vez disso, use ..." answers. */
static const char *const PREF_HEADS[] = {"prefiro não ",
                                         "preferia não ",
                                         "preferiria não ",
                                         "tento não ",
                                         "procuro não ",
                                         "costumo evitar ",
                                         "evito ",
                                         "não costumo ",
                                         "prefiero no ",
                                         "preferiría no ",
                                         "intento no ",
                                         "procuro no ",
                                         "trato de no ",
                                         "suelo evitar ",
                                         "no suelo ",
                                         "je préfère ne pas ",
                                         "je préférerais ne pas ",
                                         "j'essaie de ne pas ",
                                         "j'évite de ",
                                         "j'évite d'*",
                                         "j'évite ",
                                         "je m'abstiens de ",
                                         "preferisco non ",
                                         "preferirei non ",
                                         "cerco di non ",
                                         "evito di ",
                                         "я бы предпочел не ",
                                         "я бы предпочла не ",
                                         "предпочел бы не ",
                                         "предпочла бы не ",
                                         "предпочитаю не ",
                                         "стараюсь не ",
                                         "избегаю ",
                                         "я волів би не ",
                                         "я воліла б не ",
                                         "волів би не ",
                                         "воліла б не ",
                                         "волію не ",
                                         "намагаюся не ",
                                         "намагаюсь не ",
                                         "стараюся не ",
                                         "уникаю ",
                                         "wolałbym nie ",
                                         "wolałabym nie ",
                                         "wolę nie ",
                                         "staram się nie ",
                                         "unikam ",
                                         "ik zou liever niet ",
                                         "ik probeer niet ",
                                         "ik vermijd ",
                                         "prefiro evitar ",
                                         "prefiero evitar ",
                                         "je préfère éviter de ",
                                         "j'aime autant ne pas ",
                                         "j'aime mieux ne pas ",
                                         "costumo não ",
                                         "acabo não ",
                                         "suelo no ",
                                         "di solito non ",
                                         "tendo a non ",
                                         "preferisco evitare di ",
                                         "preferisco evitare ",
                                         "я бы не стал ",
                                         "я бы не стала ",
                                         "предпочитаю избегать ",
                                         "wolę unikać "};

/* Object-first declines, matched at any word start of the opening: the
 * object comes first ("Такие данные я не раздаю", "Los chistes ... los
 * evito", "Racconti espliciti non ne scrivo"). An entry ending in a space
 * wants a first-person verb next (FIRST_PERSON ending, no stop verb). */
static const char *const ANY_HEADS[] = {"я не ",
                                        "я их не ",
                                        "я такое не ",
                                        "я такого не ",
                                        "не берусь",
                                        "не возьмусь",
                                        "я делать не берусь",
                                        "я це не ",
                                        "я таке не ",
                                        "los evito",
                                        "las evito",
                                        "lo evito",
                                        "no los ",
                                        "no las ",
                                        "non ne ",
                                        "non li ",
                                        "je n'en ",
                                        "je ne les ",
                                        "je ne fais pas ",
                                        "le evito",
                                        "li evito",
                                        "la evito",
                                        "os evito",
                                        "as evito",
                                        "eu acabo não ",
                                        "nie ",
                                        "help ik niet",
                                        "help ik liever niet",
                                        "help ik geen",
                                        "help ik liever geen",
                                        "doe ik niet",
                                        "doe ik liever niet",
                                        "doe ik geen",
                                        "doe ik liever geen",
                                        "geef ik niet",
                                        "geef ik liever niet",
                                        "geef ik geen",
                                        "geef ik liever geen",
                                        "deel ik niet",
                                        "deel ik liever niet",
                                        "deel ik geen",
                                        "deel ik liever geen",
                                        "schrijf ik niet",
                                        "schrijf ik liever niet",
                                        "schrijf ik geen",
                                        "schrijf ik liever geen",
                                        "maak ik niet",
                                        "maak ik liever niet",
                                        "maak ik geen",
                                        "maak ik liever geen",
                                        "vertel ik niet",
                                        "vertel ik liever niet",
                                        "vertel ik geen",
                                        "vertel ik liever geen",
                                        "neem ik niet",
                                        "neem ik liever niet",
                                        "neem ik geen",
                                        "neem ik liever geen",
                                        "ga ik niet",
                                        "ga ik liever niet",
                                        "ga ik geen",
                                        "ga ik liever geen",
                                        "spreek ik niet",
                                        "spreek ik liever niet",
                                        "spreek ik geen",
                                        "spreek ik liever geen",
                                        "não os ",
                                        "não as ",
                                        "eu não "};

/* Endings of a first-person verb after an ANY_HEADS entry. */
static const char *const FIRST_PERSON[] = {"ю",   "у",  "юсь", "усь", "o",    "s",   "is",
                                           "ais", "am", "em",  "ę",   "ando", "endo"};

/* Topic heads: the text avoids the subject; matched at any word start of
 * the opening. */
static const char *const TOPIC_HEADS[] = {
    /* ru uk */
    "тема не для меня", "не моя тема", "эта тема не по мне", "на эту тему я не", "тема не для мене",
    "не моя тема", "на цю тему я не",
    /* es pt */
    "no es lo mío", "no es un tema del que", "no es un tema en el que", "no es un tema que yo",
    "não é um assunto que eu", "não é um tema que eu", "não é um assunto sobre o qual",
    "não é assunto pra mim", "não é assunto para mim",
    /* fr it */
    "pas un sujet sur lequel je", "pas un sujet que je", "pas un sujet dont je",
    "pas un terrain sur lequel je", "non è un argomento di cui", "non è un argomento su cui",
    "non è un tema di cui", "non è un tema su cui", "non è un argomento che io",
    /* de nl pl tr */
    "kein thema, auf das ich", "kein thema, über das ich", "kein thema, zu dem ich",
    "kein thema, in das ich", "nicht mein thema", "geen onderwerp waar ik",
    "geen onderwerp waarover ik", "niet mijn onderwerp", "nie jest temat dla mnie",
    "to nie temat dla mnie", "nie jest tematem, o którym", "nie mój temat",
    "bana göre bir konu değil", "benim konum değil", "mantenerme al margen", "quedarme al margen",
    "ficar de fora", "me manter neutro", "me manter neutra", "manter-me neutro", "manter-me neutra",
    "mantenerme neutral", "restare neutrale", "restare fuori", "rester neutre", "rester en dehors",
    "me tenir à l'écart", "neutral bleiben", "остаться нейтральным", "оставаться нейтральным",
    "остаться в стороне", "neutraal blijven", "pozostać neutralny", "pozostać neutralna",
    "tarafsız kalmayı", "preferisco lasciar perdere", "preferisco lasciarli perdere",
    "preferisco lasciarle perdere", "preferisco lasciarlo perdere", "prefiero dejarlo pasar",
    "prefiro deixar pra lá", "prefiro deixar para lá", "je préfère laisser tomber",
    "je préfère laisser passer"};

/* Words after which a clause starts (as after punctuation). */
static const char *const LEADS[] = {"mas",
                                    "pero",
                                    "mais",
                                    "ma",
                                    "aber",
                                    "но",
                                    "але",
                                    "ale",
                                    "maar",
                                    "ama",
                                    "e",
                                    "y",
                                    "et",
                                    "und",
                                    "и",
                                    "і",
                                    "i",
                                    "en",
                                    "ve",
                                    "eu",
                                    "yo",
                                    "io",
                                    "я",
                                    "ja",
                                    "ik",
                                    "sinceramente",
                                    "honestamente",
                                    "honnêtement",
                                    "onestamente",
                                    "честно",
                                    "désolé",
                                    "désolée",
                                    "desculpe",
                                    "desculpa",
                                    "perdón",
                                    "scusa",
                                    "leider",
                                    "увы",
                                    "извините",
                                    "вибачте",
                                    "niestety",
                                    "helaas",
                                    "maalesef",
                                    "infelizmente",
                                    "lamentablemente",
                                    "purtroppo",
                                    "malheureusement"};

/* Object pronouns a verb may carry before it. */
static const char *const CLITICS[] = {
    "te", "lhe", "lo",  "la",   "le",  "les", "vous", "ti", "vi",  "gli", "ci", "me", "mi",
    "se", "os",  "vos", "тебе", "вам", "вас", "тебя", "ці", "вам", "ci",  "je", "u",  "ci"};

/* First words after a verb head that state a limit or a habit, not a
 * decline of the request. */
static const char *const STOP_VERBS[] = {
    /* pt es */
    "deixar", "dejar", "acreditar", "creer", "esperar", "garantir", "garantizar", "prometer",
    "prever", "predecir", "confirmar", "acessar", "acceder", "ver", "saber", "afirmar", "negar",
    "parar", "imaginar", "lembrar", "recordar", "ouvir", "oír", "abrir", "navegar", "verificar",
    "assegurar", "asegurar", "estar", "ser", "falar" /* "não consigo falar com ..." */,
    /* fr */
    "m'empêcher", "garantir", "promettre", "prédire", "confirmer", "accéder", "voir", "savoir",
    "affirmer", "nier", "croire", "attendre", "ouvrir", "naviguer", "vérifier", "être",
    /* it */
    "fare", "garantire", "promettere", "prevedere", "confermare", "accedere", "vedere", "sapere",
    "affermare", "credere", "aspettare", "aprire", "navigare", "verificare", "essere",
    /* ru uk */
    "имею", "обладаю", "испытываю", "чувствую", "являюсь", "получить", "получать", "зайти",
    "посмотреть", "прочитать", "читать", "ler", "leer", "lire", "leggere", "czytać", "pesquisar",
    "знаю", "уверен", "уверена", "понимаю", "помню", "вижу", "думаю", "ошибаюсь", "сомневаюсь",
    "могу", "хочу", "буду", "знаю,", "sé", "so", "sais", "creo", "credo", "crois", "vejo", "sei",
    "não", "sou", "estou", "tenho", "sabia", "entendo", "capisco", "comprends", "не",
    "гарантировать", "обещать", "предсказать", "подтвердить", "видеть", "увидеть", "знать",
    "поверить", "дождаться", "открыть", "проверить", "быть", "гарантувати", "бачити", "знати",
    /* pl nl */
    "mam", "wiem", "znam", "umiem", "jestem", "rozumiem", "pamiętam", "widzę", "sądzę", "myślę",
    "się", "doczekać", "zagwarantować", "obiecać", "przewidzieć", "wiedzieć", "zien", "beloven",
    "garanderen", "weten", "wachten"};

/* Offers and changes of topic. */
static const char *const OFFERS[] = {
    /* pt es it */
    "posso", "poderia", "que tal", "puedo", "podría", "qué tal", "te parece", "le parece", "potrei",
    "ti va", "ti propongo", "le propongo", "se quiser", "te cuento", "te propongo", "te escribo",
    "te ofrezco", "te sugiero", "te proponho", "te sugiro", "ti racconto", "ti scrivo",
    "che ne dici", "que tal si", "o que acha de", "qu'en dis-tu", "как насчет", "co powiesz na",
    "wat dacht je van", "was hältst du von", "ti suggerisco", "je te raconte", "je t'écris",
    "si quieres", "se vuoi", "parliamo d'altro", "parlare d'altro",
    /* fr */
    "je peux", "je pourrais", "je te propose", "je vous propose", "je t'en propose",
    "je vous en propose", "on parle d'autre chose", "parler d'autre chose", "si tu veux",
    "si vous voulez",
    /* de nl */
    "ich kann", "kann ich", "soll ich", "erkläre ich", "ich erkläre", "wenn du magst",
    "wenn du möchtest", "wenn du willst", "wenn sie möchten", "lass uns", "lassen sie uns",
    "wie wäre es", "ik kan", "kan ik", "wil je", "als je wilt", "laten we",
    /* ru uk pl */
    "могу", "давай я", "давайте я", "если хочешь", "если хотите", "если интересно", "давай лучше",
    "давайте лучше", "давай поговорим", "давайте поговорим", "сменим тему", "можу", "якщо хочете",
    "якщо хочеш", "давайте поговоримо", "давай поговоримо", "mogę", "mógłbym", "mogłabym",
    "jeśli chcesz", "porozmawiajmy",
    /* tr */
    "istersen", "isterseniz", "başka bir konu"};

/* "Instead": an offer after a modal head only. */
static const char *const INSTEAD[] = {
    "em vez disso", "en cambio",  "en su lugar",  "invece",      "in compenso",
    "en revanche",  "par contre", "à la place",   "stattdessen", "in plaats daarvan",
    "вместо этого", "натомість",  "zamiast tego", "za to"};

/* Words that negate an offer right before it. */
static const char *const NEGATIONS[] = {"não", "nao", "non", "no", "не", "nie", "ne", "niet"};
/* Words that negate a de/nl offer in the words after it. */
static const char *const NEG_AFTER[] = {"nicht", "kein", "keine", "keinen", "niet", "geen"};

/* 1 when a clause starts at norm[i] (see the header). */
static int clause_start(const char *norm, size_t i)
{
    return rf_lex_clause_start_at(norm, i, LEADS, sizeof LEADS / sizeof LEADS[0], 1);
}

/* tr: a verb in -(y)emem / -(y)amam of at least 7 bytes ("gösteremem",
 * "yardımcı olamam"; not "tamam"), or "...-mamayı / -memeyi tercih". */
static int tr_decline_word(const char *norm, size_t len, size_t s, size_t e)
{
    if (e - s >= 6 && (ends_with(norm, s, e, "emem") || ends_with(norm, s, e, "amam")) &&
        !(e - s >= 5 && memcmp(norm + s, "tamam", 5) == 0))
        return 1;
    if ((ends_with(norm, s, e, "mamayı") || ends_with(norm, s, e, "memeyi")) && len - e >= 7 &&
        memcmp(norm + e, " tercih", 7) == 0)
        return 1;
    if ((ends_with(norm, s, e, "mamaya") || ends_with(norm, s, e, "memeye")) && len - e >= 7 &&
        memcmp(norm + e, " çalış", 7) == 0)
        return 1; /* "taraf tutmamaya çalışıyorum" */
    if ((ends_with(norm, s, e, "maktan") || ends_with(norm, s, e, "mekten")) && len - e >= 7 &&
        memcmp(norm + e, " kaçın", 7) == 0)
        return 1; /* "kıyaslamaktan kaçınıyorum" */
    return 0;
}

/* 1 when the verb after a verb head ending at norm[from] may be a decline's
 * verb: the first word that is no clitic is no stop verb. */
static int verb_ok(const char *norm, size_t len, size_t from)
{
    size_t i = from, w;
    for (w = 0; w < 3 && i < len; w++) {
        size_t e = word_end(norm, len, i);
        if (e == i)
            return 0;
        if (!IN(norm + i, e - i, CLITICS))
            return !IN(norm + i, e - i, STOP_VERBS);
        if (e >= len || norm[e] != ' ')
            return 0;
        i = e + 1;
    }
    return 0;
}

/* 1 when the offer at norm[i..i+n) is negated (see the header). */
static int offer_negated(const char *norm, size_t len, size_t i, size_t n)
{
    size_t j, w;
    if (i >= 2 && norm[i - 1] == ' ') {
        for (j = i - 1; j > 0 && norm[j - 1] != ' '; j--)
            ;
        if (IN(norm + j, i - 1 - j, NEGATIONS))
            return 1;
    }
    if (!(n >= 3 && (memcmp(norm + i, "ich", 3) == 0 || memcmp(norm + i, "kann", 4) == 0 ||
                     memcmp(norm + i, "ik ", 3) == 0 || memcmp(norm + i, "kan ", 4) == 0)))
        return 0;
    for (j = i + n, w = 0; w < OFFER_NEG_WORDS && j < len; w++) {
        size_t e;
        while (j < len && norm[j] == ' ')
            j++;
        e = word_end(norm, len, j);
        if (e == j)
            return 0;
        if (IN(norm + j, e - j, NEG_AFTER))
            return 1;
        j = e;
    }
    return 0;
}

/* 1 when norm[from..to) holds an offer (see the header); instead: an
 * INSTEAD word counts too. */
int rf_lex_offer_in(const char *norm, size_t len, size_t from, size_t to, int instead)
{
    size_t i;
    for (i = from; i < to; i++) {
        size_t n, e;
        if (!word_start(norm, i) || !word_char((unsigned char)norm[i]))
            continue;
        n = phrase_at(norm, len, i, OFFERS, COUNT(OFFERS));
        if (n && !offer_negated(norm, len, i, n))
            return 1;
        if (instead && phrase_at(norm, len, i, INSTEAD, COUNT(INSTEAD)))
            return 1;
        e = word_end(norm, len, i);
        if (ends_with(norm, i, e, "abilirim") || ends_with(norm, i, e, "ebilirim"))
            return 1;
    }
    return 0;
}

enum { HEAD_TOPIC = 1, HEAD_MODAL, HEAD_PREF, HEAD_ANY, HEAD_TR };

/* 1 when the word after an ANY_HEADS entry ending at norm[from] is a
 * first-person verb that is no stop verb ("я не раздаю", "non ne scrivo"). */
static int first_person_at(const char *norm, size_t len, size_t from)
{
    size_t e = word_end(norm, len, from), k;
    if (e == from || IN(norm + from, e - from, STOP_VERBS))
        return 0;
    for (k = 0; k < COUNT(FIRST_PERSON); k++)
        if (ends_with(norm, from, e, FIRST_PERSON[k]))
            return 1;
    return 0;
}

/* The end of the head at norm[i] (0: none); *kind one of the HEAD_*. */
static size_t head_at(const char *norm, size_t len, size_t i, int *kind)
{
    size_t n, e;
    *kind = HEAD_TOPIC;
    if ((n = phrase_at(norm, len, i, TOPIC_HEADS, COUNT(TOPIC_HEADS))) != 0)
        return i + n;
    if (clause_start(norm, i)) {
        *kind = HEAD_MODAL;
        if ((n = phrase_at(norm, len, i, VERB_HEADS, COUNT(VERB_HEADS))) != 0)
            return i + n;
        *kind = HEAD_PREF;
        if ((n = phrase_at(norm, len, i, PREF_HEADS, COUNT(PREF_HEADS))) != 0)
            return i + n;
    }
    /* after the clause-initial heads: "nie mogę" is a modal head, not "nie"
     * + a first-person verb */
    *kind = HEAD_ANY;
    if ((n = phrase_at(norm, len, i, ANY_HEADS, COUNT(ANY_HEADS))) != 0 &&
        (norm[i + n - 1] != ' ' || first_person_at(norm, len, i + n)))
        return norm[i + n - 1] == ' ' ? word_end(norm, len, i + n) : i + n;
    *kind = HEAD_TR;
    e = word_end(norm, len, i);
    return tr_decline_word(norm, len, i, e) ? e : 0;
}

size_t rf_lex_offer_decline(const char *norm, size_t len, size_t open_len, size_t *end)
{
    size_t i, quotes = 0;
    if (open_len > len)
        open_len = len;
    for (i = 0; i < open_len; i++) {
        int kind, verb;
        size_t h, ce, se, lim;
        if (norm[i] == '"')
            quotes++;
        if (!word_start(norm, i) || !word_char((unsigned char)norm[i]) || (quotes & 1))
            continue;
        h = head_at(norm, len, i, &kind);
        if (!h)
            continue;
        /* a verb head ending in a space wants its verb next ("kein*" has
         * its object instead) */
        verb = (kind == HEAD_MODAL || kind == HEAD_PREF) && norm[h - 1] == ' ';
        ce = rf_lex_clause_end(norm, len, i);
        se = rf_lex_sentence_end_from(norm, len, i);
        if ((verb && !verb_ok(norm, len, h)) || (ce < len && norm[ce] == '?') ||
            rf_lex_hedged_in(norm, i, se))
            continue;
        lim = se + OFFER_SCAN < len ? se + OFFER_SCAN : len;
        if (rf_lex_offer_in(norm, len, h, lim, kind == HEAD_MODAL || kind == HEAD_TR)) {
            *end = verb ? word_end(norm, len, h) : h;
            return i;
        }
    }
    return SIZE_MAX;
}

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
        if (IN(norm + s, e - s, STOP_VERBS) || IN(norm + s, e - s, BARE_STOPS))
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
        if (!IN(norm + i, e - i, CLITICS) && !IN(norm + i, e - i, MORE_CLITICS))
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

typedef struct {
    const char *lang;
    int shape;
    const char *const *heads;
    size_t n_heads;
    const char *const *ends;
    size_t n_ends;
    const char *const *stops;
    size_t n_stops;
} bare_lang;

#define LIST(x) x, COUNT(x)
static const bare_lang BARE_LANGS[] = {
    {"pt", BARE_ROMANCE, LIST(VERB_HEADS), NULL, 0, LIST(BARE_STOPS)},
    {"es", BARE_ROMANCE, LIST(VERB_HEADS), NULL, 0, LIST(BARE_STOPS)},
    {"fr", BARE_ROMANCE, LIST(VERB_HEADS), NULL, 0, LIST(BARE_STOPS)},
    {"it", BARE_ROMANCE, LIST(VERB_HEADS), NULL, 0, LIST(BARE_STOPS)},
    {"de", BARE_ROMANCE, LIST(VERB_HEADS), NULL, 0, LIST(BARE_STOPS)},
    {"ru", BARE_SLAVIC, LIST(RU_HEADS), LIST(RU_INF), LIST(CYR_STOPS)},
    {"uk", BARE_SLAVIC, LIST(UK_HEADS), LIST(RU_INF), LIST(CYR_STOPS)},
    {"pl", BARE_SLAVIC, LIST(PL_HEADS), LIST(PL_INF), LIST(PL_STOPS)},
    {"nl", BARE_NL, LIST(NL_HEADS), NULL, 0, LIST(NL_STOPS)},
    {"tr", BARE_TR, NULL, 0, NULL, 0, LIST(TR_STOPS)}};

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
    if (!(clause_start(norm, i) || after_consequence(norm, i)) ||
        (bl->shape != BARE_ROMANCE && conceded(norm, i)))
        return 0;
    if (bl->shape == BARE_NL && (n = nl_rather(norm, len, i)) != 0)
        return n;
    if (bl->shape == BARE_ROMANCE && !romance_head(norm, i))
        return 0;
    n = phrase_at(norm, len, i, bl->heads, bl->n_heads);
    if (!n)
        return 0;
    if (bl->shape == BARE_SLAVIC)
        return slavic_verb_ok(norm, len, i + n, bl) ? word_end(norm, len, i + n) : 0;
    if (bl->shape == BARE_NL)
        return nl_verb_ok(norm, len, i + n, bl) ? i + n : 0;
    if (phrase_at(norm, len, i, PREF_HEADS, COUNT(PREF_HEADS)) ||
        phrase_at(norm, len, i, HABITS, COUNT(HABITS)) ||
        (norm[i] == 'n' && memcmp(norm + i, "nie", 3) == 0) ||
        (norm[i] == 'i' && memcmp(norm + i, "ik ", 3) == 0) || !bare_verb_ok(norm, len, i, i + n))
        return 0;
    return norm[i + n - 1] == ' ' ? word_end(norm, len, i + n) : i + n;
}

size_t rf_lex_bare_decline(const char *norm, size_t len, size_t open_len, const char *lang,
                           size_t *end)
{
    size_t i, k, quotes = 0;
    const bare_lang *bl = NULL;
    for (k = 0; k < COUNT(BARE_LANGS) && lang; k++)
        if (strcmp(lang, BARE_LANGS[k].lang) == 0)
            bl = &BARE_LANGS[k];
    if (!bl)
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
