/*
 * lexicon_offer.c - a soft decline followed by an offer, in pt es fr it de
 * ru uk pl nl tr, whose verb no lexicon line lists (session 11, s11-ml).
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
 * The hedges (HEDGES) and the limits of exactness answered after a
 * contrast are in lexicon_hedge.c (rf_lex_hedged_in, rf_lex_hedged_at);
 * the same heads make a bare decline with no offer in lexicon_bare.c
 * (s12-romance, s12-slavic), which reads them through rf_lex_verb_head,
 * rf_lex_pref_head, rf_lex_clitic, rf_lex_stop_verb and
 * rf_lex_offer_clause_start (lexicon_shape.h); the law cited by its
 * number is in lexicon_law.c. Session 13 (s13-split) cut them out of
 * this file.
 *
 * Callers: lexicon_rules.c (rf_lex_rule_verdict: add_offer_decline after
 * add_open_decline); lexicon_hedge.c (rf_lex_offer_in).
 */
#include <pthread.h>
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

/* The first two bytes of the head lists' entries (first_pairs): head_at
 * runs at every word of the opening, and most words start with a letter
 * some entry starts with (session 15). The lists are fixed, so the masks
 * are made once for the process (s16-clean: they were rebuilt per call),
 * under pthread_once since detectors run on several threads. */
typedef struct head_pairs {
    uint32_t topic[32], verb[32], pref[32], any[32];
} head_pairs;

static head_pairs g_head_pairs;
static pthread_once_t g_head_pairs_once = PTHREAD_ONCE_INIT;

static void head_pairs_init(void)
{
    first_pairs(TOPIC_HEADS, COUNT(TOPIC_HEADS), g_head_pairs.topic);
    first_pairs(VERB_HEADS, COUNT(VERB_HEADS), g_head_pairs.verb);
    first_pairs(PREF_HEADS, COUNT(PREF_HEADS), g_head_pairs.pref);
    first_pairs(ANY_HEADS, COUNT(ANY_HEADS), g_head_pairs.any);
}

/* The end of the head at norm[i] (0: none); *kind one of the HEAD_*. */
static size_t head_at(const char *norm, size_t len, size_t i, int *kind, const head_pairs *hp)
{
    size_t n, e;
    *kind = HEAD_TOPIC;
    if (may_start2(hp->topic, norm, i, len) &&
        (n = phrase_at(norm, len, i, TOPIC_HEADS, COUNT(TOPIC_HEADS))) != 0)
        return i + n;
    if (clause_start(norm, i)) {
        *kind = HEAD_MODAL;
        if (may_start2(hp->verb, norm, i, len) &&
            (n = phrase_at(norm, len, i, VERB_HEADS, COUNT(VERB_HEADS))) != 0)
            return i + n;
        *kind = HEAD_PREF;
        if (may_start2(hp->pref, norm, i, len) &&
            (n = phrase_at(norm, len, i, PREF_HEADS, COUNT(PREF_HEADS))) != 0)
            return i + n;
    }
    /* after the clause-initial heads: "nie mogę" is a modal head, not "nie"
     * + a first-person verb */
    *kind = HEAD_ANY;
    if (may_start2(hp->any, norm, i, len) &&
        (n = phrase_at(norm, len, i, ANY_HEADS, COUNT(ANY_HEADS))) != 0 &&
        (norm[i + n - 1] != ' ' || first_person_at(norm, len, i + n)))
        return norm[i + n - 1] == ' ' ? word_end(norm, len, i + n) : i + n;
    *kind = HEAD_TR;
    e = word_end(norm, len, i);
    return tr_decline_word(norm, len, i, e) ? e : 0;
}

size_t rf_lex_offer_decline(const char *norm, size_t len, size_t open_len, size_t *end)
{
    size_t i, quotes = 0;
    const head_pairs *hp = &g_head_pairs;
    if (open_len > len)
        open_len = len;
    pthread_once(&g_head_pairs_once, head_pairs_init);
    for (i = 0; i < open_len; i++) {
        int kind, verb;
        size_t h, ce, se, lim;
        if (norm[i] == '"')
            quotes++;
        if (!word_start(norm, i) || !word_char((unsigned char)norm[i]) || (quotes & 1))
            continue;
        h = head_at(norm, len, i, &kind, hp);
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

/* The heads and word lists the bare test (lexicon_bare.c) shares. */
size_t rf_lex_verb_head(const char *norm, size_t len, size_t i)
{
    return phrase_at(norm, len, i, VERB_HEADS, COUNT(VERB_HEADS));
}

size_t rf_lex_pref_head(const char *norm, size_t len, size_t i)
{
    return phrase_at(norm, len, i, PREF_HEADS, COUNT(PREF_HEADS));
}

int rf_lex_clitic(const char *w, size_t n)
{
    return IN(w, n, CLITICS);
}

int rf_lex_stop_verb(const char *w, size_t n)
{
    return IN(w, n, STOP_VERBS);
}

int rf_lex_offer_clause_start(const char *norm, size_t i)
{
    return clause_start(norm, i);
}
