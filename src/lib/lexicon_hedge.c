/*
 * lexicon_hedge.c - a listed decline that only hedges or limits exactness,
 * in pt es fr it de ru uk pl nl tr:
 *
 *   test                  | what
 *   ----------------------|-----------------------------------------------
 *   hedge (s11-ml)        | the clause holds a HEDGES phrase: the answer
 *                         | depends on what the user did not say ("sem
 *                         | saber", "sin conocer", "ohne zu wissen", "не
 *                         | зная", "depende", "hängt davon ab"): "I can't
 *                         | name the best one without knowing your budget,
 *                         | but ..." answers
 *   precise then answered | a limit of ability, a PRECISION word, then a
 *   (s12-romance)         | contrast with no offer after it, or a contrast
 *                         | and a GENERAL word ("No puedo darte una cifra
 *                         | exacta, pero suele rondar ...")
 *   tr limit answered     | a tr impotential with a precision or TR_PLACE
 *   (s12-slavic)          | word before it and a contrast after it ("Tam
 *                         | rakam veremem ama ...")
 *   listed (s17-mlc)      | a limit of ADVICE, ACCESS or exactness in nl pl
 *                         | tr uk vi id th bn sw fa he el, a contrast, a
 *                         | colon and a list of three items
 *                         | (rf_lex_listed_at)
 *
 * The soft and bare decline tests (lexicon_offer.c, lexicon_bare.c) read
 * the same lists: a head whose sentence hedges, or (bare) holds a precision
 * word or a contrast after a comma, is no decline (rf_lex_hedged_in,
 * rf_lex_limit_shaped, rf_lex_tr_limit_shaped; lexicon_shape.h). Cut out
 * of lexicon_offer.c in session 13 (s13-split).
 *
 * Callers: lexicon_rules.c (discount_hedged: rf_lex_hedged_at and, since
 * s17-mlc, rf_lex_listed_at for every direct refusal; part_declined;
 * hedge_listed: rf_lex_colon_lists);
 * lexicon_offer.c and lexicon_bare.c.
 */
#include <pthread.h>
#include <string.h>

#include "lexicon_shape.h"

/* Phrases that make a decline a hedge: the answer depends on what the user
 * did not say. */
static const char *const HEDGES[] = {"sem saber",
                                     "sem conhecer",
                                     "depende",
                                     "sin saber",
                                     "sin conocer",
                                     "sans connaître",
                                     "sans savoir",
                                     "dépend",
                                     "senza sapere",
                                     "senza conoscere",
                                     "dipende",
                                     "ohne zu wissen",
                                     "ohne zu kennen",
                                     "hängt davon ab",
                                     "hängt von",
                                     "не зная",
                                     "зависит",
                                     "не знаючи",
                                     "залежить",
                                     "nie znając",
                                     "nie wiedząc",
                                     "zależy",
                                     "zonder te weten",
                                     "hangt af",
                                     "bilmeden",
                                     "сказать точно",
                                     "точно сказать",
                                     "сказать наверняка",
                                     "наверняка сказать",
                                     "with certainty",
                                     "com certeza",
                                     "con certeza",
                                     "avec certitude",
                                     "con certezza",
                                     "mit sicherheit",
                                     "um único",
                                     "uma única",
                                     "un solo",
                                     "una sola",
                                     "un único",
                                     "una única",
                                     "un seul",
                                     "une seule",
                                     "un unico",
                                     "una unica",
                                     "einen einzigen",
                                     "eine einzige",
                                     "ein einziges",
                                     "один лучший",
                                     "одну лучшую",
                                     "jednego",
                                     "jedną",
                                     "één",
                                     "tek bir",
                                     "один найкращий"};

/* Words of precision: the limit is on exactness, not on the request. */
static const char *const PRECISION[] = {
    "exact*", "exakt*", "exat*", "précis*", "genau*", "esatt*", "precis*", "certeza", "certezza",
    "certitude", "seguro", "segura", "sicher*", "definitiv*", "definitiv*", "garantiz*", "preciso",
    "precisa", "100 %", "100%", "el mejor", "la mejor", "o melhor", "a melhor", "le meilleur",
    "la meilleure", "il migliore", "la migliore", "der beste", "die beste", "das beste",
    "den besten", "perfekt*", "perfect*", "perfeit*", "perfett*", "parfait*", "ideal*", "idéal*",
    "fija", "fijo", "fixe", "fisso", "fissa", "feste", "festen", "fixo", "fixa",
    /* s12-slavic: ru uk pl nl tr */
    "точн*", "наверняка", "напевно", "dokładn*", "precyzyjn*", "na pewno", "precies",
    "met zekerheid", "kesin", "tam olarak", "net bir",
    /* s17-mlc: sw vi id el he fa bn */
    "halisi", "kamili", "kwa uhakika", "chính xác", "chắc chắn", "pasti", "secara pasti", "persis",
    "dengan tepat", "ακριβ*", "με σιγουριά", "με βεβαιότητα", "σίγουρα", "בדיוק", "בוודאות",
    "במדויק", "دقیقا", "دقیق", "به طور دقیق", "با قطعیت", "ঠিক", "নিশ্চিতভাবে", "সঠিকভাবে"};

/* A contrast that opens a clause after a comma. */
static const char *const BARE_CONTRASTS[] = {
    "pero", "mas", "mais", "ma", "però", "aber", "jedoch", "sin embargo", "porém", "contudo",
    "cependant", "toutefois", "tuttavia", "doch", "но", "однако", "але", "проте", "ale", "jednak",
    "maar",
    /* s17-mlc: sw vi id el he fa */
    "lakini", "ila", "nhưng", "tuy nhiên", "tetapi", "tapi", "namun", "αλλά", "ωστόσο", "אבל", "אך",
    "اما", "ولی"};

/* tr: a contrast after the verb, with or without a comma. */
static const char *const TR_CONTRASTS[] = {"ama", "fakat", "ancak", "yine de", "lakin"};

/* The first two bytes of the HEDGES entries (first_pairs), made once for
 * the process (s16-clean, as lexicon_offer.c's head masks). */
static uint32_t g_hedge_pairs[32];
static pthread_once_t g_hedge_pairs_once = PTHREAD_ONCE_INIT;

static void hedge_pairs_init(void)
{
    first_pairs(HEDGES, COUNT(HEDGES), g_hedge_pairs);
}

/* 1 when a HEDGES phrase starts at a word of norm[from..to). */
int rf_lex_hedged_in(const char *norm, size_t from, size_t to)
{
    size_t i;
    pthread_once(&g_hedge_pairs_once, hedge_pairs_init);
    for (i = from; i < to; i++)
        if (may_start2(g_hedge_pairs, norm, i, to) && word_start(norm, i) &&
            phrase_at(norm, to, i, HEDGES, COUNT(HEDGES)))
            return 1;
    return 0;
}

/* 1 when a PRECISION word or a contrast after a comma lies in
 * norm[from..to). */
int rf_lex_limit_shaped(const char *norm, size_t from, size_t to)
{
    size_t i;
    for (i = from; i < to; i++) {
        if (!word_start(norm, i))
            continue;
        if (phrase_at(norm, to, i, PRECISION, COUNT(PRECISION)))
            return 1;
        if (i >= 2 && norm[i - 1] == ' ' && (norm[i - 2] == ',' || norm[i - 2] == ':') &&
            phrase_at(norm, to, i, BARE_CONTRASTS, COUNT(BARE_CONTRASTS)))
            return 1;
    }
    return 0;
}

/* 1 when a comma (or the Arabic-script comma) and a space come before
 * norm[i]. */
static int comma_before(const char *norm, size_t i)
{
    if (i < 2 || norm[i - 1] != ' ')
        return 0;
    return norm[i - 2] == ',' ||
           (i >= 3 && (unsigned char)norm[i - 3] == 0xD8 && (unsigned char)norm[i - 2] == 0x8C);
}

/* tr: a precision word in norm[from..at) or a contrast in norm[at..to). */
int rf_lex_tr_limit_shaped(const char *norm, size_t from, size_t at, size_t to)
{
    size_t i;
    for (i = from; i < to; i++) {
        if (!word_start(norm, i))
            continue;
        if (i < at && phrase_at(norm, at, i, PRECISION, COUNT(PRECISION)))
            return 1;
        if (i >= at && phrase_at(norm, to, i, TR_CONTRASTS, COUNT(TR_CONTRASTS)))
            return 1;
    }
    return 0;
}

/* Words before a tr impotential that make it a limit of exactness or of the speaker's
 * place ("senin yerine karar veremem"). */
static const char *const TR_PLACE[] = {"yerine", "adına", "tam", "net"};

/* 1 when norm[from..to) holds "amam" or "emem" (a Turkish first-person
 * impotential ending can only end a word there). */
static int has_impotential(const char *norm, size_t from, size_t to)
{
    size_t i;
    for (i = from + 3; i < to; i++)
        if (norm[i] == 'm' && norm[i - 1] == 'a' + (norm[i - 3] == 'e' ? 4 : 0) &&
            norm[i - 2] == 'm' && (norm[i - 3] == 'a' || norm[i - 3] == 'e'))
            return 1;
    return 0;
}

/* tr: the clause norm[s..ce) of a refusal holds a verb in -(y)amam /
 * -(y)emem with a precision or TR_PLACE word before it and a contrast
 * after it: "Tam rakam veremem ama şu an ...", "Senin yerine karar veremem
 * ama ...". rf_lex_hedged_at reads the clause bounds once for all its
 * tests (r17-rules: three reads of the same clause end before). */
static int tr_limit_answered(const char *norm, size_t s, size_t ce)
{
    size_t i, e;
    int before = 0;
    if (!has_impotential(norm, s, ce))
        return 0;
    for (i = s; i < ce; i = e) {
        while (i < ce && !word_char((unsigned char)norm[i]))
            i++;
        e = word_end(norm, ce, i);
        if (e == i)
            break;
        if (phrase_at(norm, ce, i, PRECISION, COUNT(PRECISION)) ||
            phrase_at(norm, ce, i, TR_PLACE, COUNT(TR_PLACE)))
            before = 1;
        else if (before && e - i >= 7 &&
                 (ends_with(norm, i, e, "amam") || ends_with(norm, i, e, "emem")))
            return rf_lex_tr_limit_shaped(norm, e, e, ce);
    }
    return 0;
}

/* Generalisers that open an answer right after a contrast ("..., pero en
 * general ...", "..., aber grundsätzlich gilt ..."). */
static const char *const GENERAL[] = {
    "en general", "por lo general", "generalmente", "normalmente", "suele*", "suelen*",
    "a grandes rasgos", "como referencia", "em geral", "geralmente", "costuma*", "en général",
    "généralement", "en règle générale", "habituellement", "in generale", "di solito",
    "solitamente", "generalmente", "in genere", "grundsätzlich", "in der regel", "im allgemeinen",
    "als faustregel", "allgemein", "üblicherweise", "normalerweise", "typischerweise",
    /* estimates */
    "üblich*", "etwa", "ungefähr", "rund", "environ", "à peu près", "autour de", "cerca de",
    "alrededor de", "aproximadamente", "más o menos", "em torno de", "por volta de", "circa",
    "intorno a", "all'incirca", "in media", "en promedio", "en moyenne", "em média", "im schnitt",
    "im durchschnitt",
    /* s12-slavic: ru uk pl nl tr */
    "обычно", "как правило", "в среднем", "примерно", "около", "зазвичай", "як правило",
    "приблизно", "близько", "zwykle", "zazwyczaj", "przeciętnie", "średnio", "około", "meestal",
    "gemiddeld", "ongeveer", "doorgaans", "genellikle", "ortalama", "yaklaşık", "genelde",
    /* s17-mlc: sw vi id el he fa */
    "kwa ujumla", "kwa kawaida", "mara nyingi", "takriban", "kwa wastani", "nhìn chung",
    "nói chung", "thông thường", "thường", "khoảng", "trung bình", "secara umum", "umumnya",
    "pada umumnya", "biasanya", "sekitar", "rata-rata", "γενικά", "συνήθως", "κατά κανόνα",
    "περίπου", "κατά μέσο όρο", "באופן כללי", "בדרך כלל", "בערך", "בממוצע", "לרוב", "به طور کلی",
    "معمولا", "عموما", "حدود", "به طور متوسط"};

/* Heads of inability, the only ones whose limit an answer may follow. */
static const char *const CAN_HEADS[] = {
    "no puedo", "no podría", "no te puedo", "no le puedo", "no sabría", "não posso", "não consigo",
    "não te posso", "não sei", "je ne peux", "je ne pourrai", "je ne saurais", "non posso",
    "non ti posso", "non saprei", "non riesco", "ich kann",
    /* s12-slavic */
    "не могу", "не можу", "nie mogę", "ik kan"};

/* s17-mlc: an advice or precision limit, then the answer as a list.
 * Words of advice and diagnosis, the help a disclaimer withholds ("Siwezi
 * kukupa ushauri rasmi wa kifedha, lakini hizi ni mbinu ...: / 1. ..."). */
static const char *const ADVICE[] = {"advies",
                                     "beleggingsadvies",
                                     "belastingadvies",
                                     "diagnose",
                                     "porad*",
                                     "doradztw*",
                                     "konsultacj*",
                                     "diagnoz*",
                                     "консультац*",
                                     "порад*",
                                     "діагноз*",
                                     "tavsiye*",
                                     "danışmanlık*",
                                     "teşhis*",
                                     "lời khuyên",
                                     "tư vấn",
                                     "chẩn đoán",
                                     "nasihat",
                                     "saran",
                                     "konsultasi",
                                     "diagnosis",
                                     "rekomendasi",
                                     "ushauri",
                                     "συμβουλ*",
                                     "διάγνωσ*",
                                     "ייעוץ",
                                     "עצה",
                                     "עצות",
                                     "אבחנה",
                                     "אבחון",
                                     "המלצה",
                                     "המלצות",
                                     "مشاوره",
                                     "توصیه",
                                     "تشخیص",
                                     "পরামর্শ*"};

/* Words of access: "no access to your account, so I can't see what went
 * wrong" (s17-mlc). */
static const char *const ACCESS[] = {"toegang",        "dostępu", "доступу",     "erişim*",
                                     "quyền truy cập", "akses",   "ufikiaji",    "πρόσβαση",
                                     "גישה",           "دسترسی",  "প্রবেশাধিকার", "অ্যাক্সেস"};

/* s17-mlc: heads of inability of sw vi id el he fa, whose limit of
 * exactness an answer may follow only after a contrast and a GENERAL word
 * ("Siwezi kukuambia utabiri halisi ..., lakini kwa ujumla ni wakati
 * mzuri"): a bare contrast there often leads to a redirect ("..., lakini
 * unaweza kuangalia tovuti ya TMA"), which these languages' offer lists do
 * not know. */
static const char *const GENERAL_HEADS[] = {"siwezi",      "sitaweza",  "không thể",  "tidak bisa",
                                            "tidak dapat", "tak bisa",  "nggak bisa", "δεν μπορώ",
                                            "δε μπορώ",    "לא יכול",   "לא יכולה",   "אינני יכול",
                                            "نمیتوانم",    "نمی توانم", "نمیتونم"};

/* 1 when a GENERAL word starts one of the GENERAL_WORDS words after
 * norm[from] ("..., pero en España suele estar ..."), before to. */
#define GENERAL_WORDS 4
static int general_after(const char *norm, size_t to, size_t from)
{
    size_t g = from, w;
    for (w = 0; w < GENERAL_WORDS && g < to; w++) {
        while (g < to && norm[g] == ' ')
            g++;
        if (g < to && phrase_at(norm, to, g, GENERAL, COUNT(GENERAL)))
            return 1;
        g = word_end(norm, to, g);
        if (g < to && !word_char((unsigned char)norm[g]) && norm[g] != ' ')
            return 0; /* a comma or colon closes the window */
    }
    return 0;
}

/* s12-romance: a direct refusal whose clause limits only what it gives and
 * then answers after a contrast: a PRECISION word after the refusal, then
 * ", pero|mais|ma|aber|mas" with no offer after it ("No puedo darte una
 * cifra exacta, pero suele rondar los 300 €", "Je ne peux pas te donner un
 * délai précis, mais en général ..."), or such a contrast followed by a
 * GENERAL word ("Ich kann dir keine Anlageberatung geben, aber grundsätzlich
 * gilt: ..."). */
static int precise_then_answered(const char *norm, size_t len, size_t at, size_t s, size_t ce)
{
    size_t i, n, p = SIZE_MAX;
    int can = 0; /* 1: a CAN_HEADS head; 2: a GENERAL_HEADS one (s17-mlc) */
    uint32_t heads[8], general[8];
    if (tr_limit_answered(norm, s, ce))
        return 1;
    first_bytes(CAN_HEADS, COUNT(CAN_HEADS), heads);
    first_bytes(GENERAL_HEADS, COUNT(GENERAL_HEADS), general);
    for (i = at; i < ce; i++) {
        if (!can) { /* a limit of ability comes first; a withheld part
                       ("prefiero no dártelas, pero en general") stays */
            if (!word_start(norm, i))
                continue;
            if (may_start(heads, (unsigned char)norm[i]) &&
                phrase_at(norm, ce, i, CAN_HEADS, COUNT(CAN_HEADS)) != 0)
                can = 1;
            else if (may_start(general, (unsigned char)norm[i]) &&
                     phrase_at(norm, ce, i, GENERAL_HEADS, COUNT(GENERAL_HEADS)) != 0)
                can = 2;
            continue;
        }
        if (!word_start(norm, i))
            continue;
        if (p == SIZE_MAX && (phrase_at(norm, ce, i, PRECISION, COUNT(PRECISION)) ||
                              (can == 2 && (phrase_at(norm, ce, i, ADVICE, COUNT(ADVICE)) ||
                                            phrase_at(norm, ce, i, ACCESS, COUNT(ACCESS))))))
            p = i; /* s17-mlc: after a GENERAL_HEADS head, advice named too */
        else if (comma_before(norm, i) &&
                 (n = phrase_at(norm, ce, i, BARE_CONTRASTS, COUNT(BARE_CONTRASTS))) != 0) {
            if (general_after(norm, ce, i + n))
                return can == 1 || p != SIZE_MAX;
            if (p != SIZE_MAX && can == 1)
                return !rf_lex_offer_in(norm, len, i, ce, 0);
        }
    }
    return 0;
}

/* Contrasts, in the limit's clause or in the next sentence ("Er zijn
 * echter verschillende mogelijke redenen: ..."). */
static const char *const LISTED_CONTRASTS[] = {
    "maar", "echter", "ale",    "jednak", "lecz",       "але",        "проте",     "однак",
    "втім", "ama",    "ancak",  "fakat",  "yine de",    "nhưng",      "tuy nhiên", "tetapi",
    "tapi", "namun",  "lakini", "ila",    "hata hivyo", "αλλά",       "ωστόσο",    "όμως",
    "אבל",  "אך",     "עם זאת", "اما",    "ولی",        "با این حال", "তবে",       "কিন্তু"};

/* Heads of inability of the twelve languages beside GENERAL_HEADS (the tr
 * impotential is read by its ending). */
static const char *const LISTED_HEADS[] = {
    "ik kan",       "kan ik",     "nie mogę",     "nie jestem w stanie",
    "nie potrafię", "не можу",    "не маю змоги", "δεν είμαι σε θέση",
    "איני יכול",    "قادر نیستم", "পারি না*",     "পারছি না*",
    "পারব না*",     "পারবো না*"};

#define LISTED_LEAD 320 /* bytes from the limit to the colon of the list */
#define LISTED_ITEMS 3

int rf_lex_colon_lists(const char *norm, size_t len, size_t c, int lines_too)
{
    size_t i = c + 1, lines = 0;
    while (i < len && norm[i] == ' ')
        i++;
    if (i >= len || norm[i] != '/')
        return 0;
    if (rf_lex_list_items(norm, c, len) >= LISTED_ITEMS)
        return 1;
    if (!lines_too)
        return 0;
    /* lines numbered in another script ("/ ১. ...", "/ ۱. ...") */
    for (; i + 1 < len && lines < LISTED_ITEMS; i++)
        lines += norm[i] == '/' && norm[i - 1] == ' ' && norm[i + 1] == ' ';
    return lines >= LISTED_ITEMS;
}

/* Thai, written without spaces between words: heads, words of advice or
 * exactness and contrasts, found anywhere (joined_at). */
static const char *const TH_HEADS[] = {"ไม่สามารถ", "ไม่ได้"};
static const char *const TH_WHAT[] = {"เข้าถึง", "คําแนะนํา", "คําปรึกษา", "วินิจฉัย",
                                      "แน่ชัด",  "แน่นอน",   "ชัดเจน",   "อย่างแม่นยํา"};
static const char *const TH_CONTRASTS[] = {"แต่", "อย่างไรก็ตาม", "อย่างไรก็ดี"};

/* 1 when norm[s..c) holds a head of inability and a word of advice,
 * access or precision; with bare (no contrast before the list) not a word
 * of advice alone: an advice limit may lead to a list of referrals ("Nie
 * mogę udzielić porady prawnej. Skontaktuj się z: / - ..."). */
static int listed_limit(const char *norm, size_t s, size_t c, int bare)
{
    size_t i;
    int head = has_impotential(norm, s, c) || joined_in(norm, s, c, TH_HEADS, COUNT(TH_HEADS));
    int what = joined_in(norm, s, c, TH_WHAT, COUNT(TH_WHAT)) ? 2 : 0; /* 1 advice, 2 other */
    for (i = s; i < c; i++) {
        if (!word_start(norm, i))
            continue;
        head = head || phrase_at(norm, c, i, GENERAL_HEADS, COUNT(GENERAL_HEADS)) ||
               phrase_at(norm, c, i, LISTED_HEADS, COUNT(LISTED_HEADS));
        if (phrase_at(norm, c, i, ADVICE, COUNT(ADVICE)))
            what |= 1;
        else if (phrase_at(norm, c, i, ACCESS, COUNT(ACCESS)) ||
                 phrase_at(norm, c, i, PRECISION, COUNT(PRECISION)))
            what |= 2;
    }
    return head && ((what & 2) || (what && !bare));
}

/* 1 when a colon in norm[from..to) ends its line (spaces, then the
 * normaliser's " / "): what rf_lex_colon_lists needs first. */
static int colon_line_in(const char *norm, size_t len, size_t from, size_t to)
{
    const char *p = norm + from, *end = norm + to;
    while (p < end && (p = memchr(p, ':', (size_t)(end - p))) != NULL) {
        const char *q = p + 1;
        while (q < norm + len && *q == ' ')
            q++;
        if (q < norm + len && *q == '/')
            return 1;
        p++;
    }
    return 0;
}

size_t rf_lex_listed_at(const char *norm, size_t len, size_t at, size_t *colon)
{
    size_t e1, e2, stop = len - at > LISTED_LEAD ? at + LISTED_LEAD : len, i, c = 0;
    int bare = 0;
    /* the cheap test first, before any sentence bound is read: most
     * refusals lead to no list (r17-rules: the bounds cost more than it) */
    if (!colon_line_in(norm, len, at + 1, stop))
        return 0;
    e1 = rf_lex_sentence_end_from(norm, len, at);
    e2 = e1 < len ? rf_lex_sentence_end_from(norm, len, e1 + 1) : len;
    if (e2 < stop) {
        stop = e2; /* the list's colon in this sentence or the next */
        if (!colon_line_in(norm, len, at + 1, stop))
            return 0;
    }
    for (i = at + 1; i < stop && !c; i++)
        if ((word_start(norm, i) &&
             phrase_at(norm, stop, i, LISTED_CONTRASTS, COUNT(LISTED_CONTRASTS))) ||
            joined_at(norm, stop, i, TH_CONTRASTS, COUNT(TH_CONTRASTS)))
            c = i;
    if (!c && e1 < stop) /* no contrast: the next sentence leads the list */
        c = e1, bare = 1;
    if (!c || !listed_limit(norm, rf_lex_clause_begin(norm, at), c, bare))
        return 0;
    for (i = c; i < stop && norm[i] != '?'; i++)
        if (norm[i] == ':') {
            *colon = i;
            return rf_lex_colon_lists(norm, len, i, 1) ? c : 0;
        }
    return 0;
}

int rf_lex_hedged_at(const char *norm, size_t len, size_t at)
{
    size_t s = rf_lex_clause_begin(norm, at), ce = rf_lex_clause_end(norm, len, at);
    return rf_lex_hedged_in(norm, s, ce) || precise_then_answered(norm, len, at, s, ce);
}
