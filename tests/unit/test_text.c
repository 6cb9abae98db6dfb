/* Unit tests for text.c: normalisation, language guess, opening, unclear
 * test and word iteration. All sentences are written for these tests. */
#include "refusal/text.h"
#include "testhelp.h"
#include "text_int.h"

/* Normalise s and compare with want. */
static int norm_is(const char *s, const char *want)
{
    rf_buf b;
    int ok;
    rf_buf_init(&b, 1 << 20);
    ok = rf_text_normalize(s, strlen(s), &b) == RF_OK && strcmp(rf_buf_ptr(&b), want) == 0;
    if (!ok)
        fprintf(stderr, "normalise(\"%s\") = \"%s\", want \"%s\"\n", s, rf_buf_ptr(&b), want);
    rf_buf_free(&b);
    return ok;
}

static void test_case_and_quotes(void)
{
    CHECK(norm_is("Hello WORLD", "hello world"));
    /* Turkish: İ folds to i + U+0307, I to i (not ı), ı stays */
    CHECK(norm_is("\xC4\xB0\xC5\x9Fte YARDIMCI ayd\xC4\xB1n",
                  "i\xCC\x87\xC5\x9Fte yardimci ayd\xC4\xB1n"));
    CHECK(norm_is("I\xE2\x80\x99m sorry", "i'm sorry"));          /* ’ */
    CHECK(norm_is("\xE2\x80\x9CQuote\xE2\x80\x9D", "\"quote\"")); /* “ ” */
    CHECK(norm_is("\xC2\xAB"
                  "bonjour"
                  "\xC2\xBB",
                  "\"bonjour\""));                               /* « » */
    CHECK(norm_is("can\xC2\xB4t and can`t", "can't and can't")); /* ´ ` */
    /* NFKC turns these into a grave accent: they are quotes too, so that
     * normalising twice changes nothing (a fuzz_normalize find) */
    CHECK(norm_is("can\xEF\xBD\x80t and can\xE1\xBF\xAFt", "can't and can't")); /* ｀ ` */
    CHECK(norm_is("Stra\xC3\x9F"
                  "e",
                  "strasse"));                                              /* ß folds */
    CHECK(norm_is("\xC3\x89T\xC3\x89", "\xC3\xA9t\xC3\xA9"));               /* ÉTÉ -> été */
    CHECK(norm_is("\xD0\x9F\xD0\xA0\xD0\x98", "\xD0\xBF\xD1\x80\xD0\xB8")); /* ПРИ -> при */
}

static void test_nfkc(void)
{
    CHECK(norm_is("\xEF\xAC\x81le", "file"));                   /* ﬁ ligature */
    CHECK(norm_is("\xEF\xBC\xA1\xEF\xBC\xA9", "ai"));           /* full-width ＡＩ */
    CHECK(norm_is("e\xCC\x81t\xC3\xA9", "\xC3\xA9t\xC3\xA9"));  /* e + U+0301 composes */
    CHECK(norm_is("\xEF\xBD\xB6\xEF\xBE\x9E", "\xE3\x82\xAC")); /* half-width ｶﾞ -> ガ */
    CHECK(norm_is("a\xE2\x80\x8B"
                  "b",
                  "ab"));                    /* zero-width space */
    CHECK(norm_is("x\xEF\xBC\x8Cy", "x,y")); /* full-width comma */
    /* stable scripts are copied, but still compose with a following mark */
    CHECK(norm_is("\xE3\x81\x8B\xE3\x82\x99", "\xE3\x81\x8C")); /* ka + voicing -> ga */
    CHECK(norm_is("\xEA\xB0\x80\xE1\x86\xA8", "\xEA\xB0\x81")); /* ga + jamo k -> gag */
    CHECK(norm_is("\xD8\xA7\xD9\x93", "\xD8\xA7")); /* alef + madda -> madda alef -> bare alef */
    CHECK(norm_is("\xE4\xB8\xAD\xE6\x96\x87 OK", "\xE4\xB8\xAD\xE6\x96\x87 ok"));
    /* text opening with ignorables only (nothing decomposed yet) */
    CHECK(norm_is("\xEF\xBB\xBF`Code`", "'code'"));
    CHECK(norm_is("\xE2\x80\x8B\xEF\xBB\xBF", ""));
    /* ASCII folding eight bytes at a time: every letter, ` and the bytes around them */
    CHECK(norm_is("@ABCDEFGHIJKLMNOPQRSTUVWXYZ[`{abcz", "@abcdefghijklmnopqrstuvwxyz['{abcz"));
}

/* Arabic, Cyrillic, Devanagari and Hebrew spelling variants fold to one form
 * (fold_scripts). */
static void test_script_variants(void)
{
    /* لا أستطيعُ with a damma -> لا استطيع */
    CHECK(norm_is("\xD9\x84\xD8\xA7 \xD8\xA3\xD8\xB3\xD8\xAA\xD8\xB7\xD9\x8A\xD8\xB9\xD9\x8F",
                  "\xD9\x84\xD8\xA7 \xD8\xA7\xD8\xB3\xD8\xAA\xD8\xB7\xD9\x8A\xD8\xB9"));
    CHECK(norm_is("\xD9\x85\xD9\x80\xD8\xA7", "\xD9\x85\xD8\xA7"));         /* tatweel dropped */
    CHECK(norm_is("\xD8\xA5\xD8\xA2\xD9\xB1", "\xD8\xA7\xD8\xA7\xD8\xA7")); /* إ آ ٱ -> ا */
    CHECK(norm_is("\xD8\xB9\xD9\x84\xD9\x89", "\xD8\xB9\xD9\x84\xD9\x8A")); /* على -> علي */
    CHECK(norm_is("\xD0\x81\xD1\x91", "\xD0\xB5\xD0\xB5"));                 /* Ё ё -> е е */
    CHECK(norm_is("\xD9\xA1\xD9\xA2\xDB\xB3", "123"));          /* Arabic-Indic digits */
    CHECK(norm_is("\xE0\xA5\xA7\xE0\xA5\xAF.", "19."));         /* Devanagari digits */
    CHECK(norm_is("\xE0\xA4\x9C\xE0\xA4\xBC", "\xE0\xA4\x9C")); /* ज़ -> ज */
    CHECK(norm_is("\xE0\xA5\x9B", "\xE0\xA4\x9C"));             /* precomposed ज़ -> ज */
    CHECK(norm_is("\xE0\xA4\xB9\xE0\xA5\x82\xE0\xA4\x81",
                  "\xE0\xA4\xB9\xE0\xA5\x82\xE0\xA4\x82")); /* हूँ -> हूं */
    CHECK(norm_is("\xD8\xA7 x \xD9\x80", "\xD8\xA7 x"));    /* a lone tatweel leaves no space */
    /* Hebrew: niqqud and cantillation dropped (לֹא -> לא, שָׁלוֹם -> שלום),
     * maqaf and sof pasuq kept; a presentation form decomposed by NFKC (שׁ
     * U+FB2A) loses its point too; Armenian in the same lead byte is kept */
    CHECK(norm_is("\xD7\x9C\xD6\xB9\xD7\x90", "\xD7\x9C\xD7\x90"));
    CHECK(norm_is("\xD7\xA9\xD6\xB8\xD7\x81\xD7\x9C\xD7\x95\xD6\xB9\xD7\x9D",
                  "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D"));
    CHECK(norm_is("\xD7\x91\xD6\xBE\xD7\x90\xD7\x83", "\xD7\x91\xD6\xBE\xD7\x90\xD7\x83"));
    CHECK(norm_is("\xEF\xAC\xAA", "\xD7\xA9"));
    /* the gershayim typed as '"' is dropped (ד"ר -> דר, מנכ"לית -> מנכלית),
     * but a quotation after a one-letter prefix stays (ה"מדריך": both marks) */
    CHECK(norm_is("\xD7\x93\"\xD7\xA8 \xD7\x9B", "\xD7\x93\xD7\xA8 \xD7\x9B"));
    /* a point between the letter and the mark is dropped first (דָ"ר, as
     * normalising twice would read it) */
    CHECK(norm_is("\xD7\x93\xD6\xB8\"\xD7\xA8 \xD7\x9B", "\xD7\x93\xD7\xA8 \xD7\x9B"));
    CHECK(norm_is("\xD7\x9E\xD7\xA0\xD7\x9B\"\xD7\x9C\xD7\x99\xD7\xAA",
                  "\xD7\x9E\xD7\xA0\xD7\x9B\xD7\x9C\xD7\x99\xD7\xAA"));
    CHECK(norm_is("\xD7\x94\"\xD7\x9E\xD7\x93\"", "\xD7\x94\"\xD7\x9E\xD7\x93\""));
    CHECK(norm_is("\xD7\x91\xD7\x94\"\xD7\x9E\xD7\x93\"", "\xD7\x91\xD7\x94\xD7\x9E\xD7\x93\""));
    CHECK(norm_is("\xD6\x80\xD6\x81", "\xD6\x80\xD6\x81")); /* Armenian ր ց */
}

static void test_whitespace(void)
{
    CHECK(norm_is("  a \t b  ", "a b"));
    CHECK(norm_is("  a \t\n b  ", "a / b")); /* a line break stays one: " / " */
    CHECK(norm_is("a\xC2\xA0\xC2\xA0"
                  "b",
                  "a b")); /* NBSP */
    CHECK(norm_is("a\xE3\x80\x80"
                  "b",
                  "a b")); /* ideographic space */
    CHECK(norm_is("a\x01\x02"
                  "b",
                  "a b")); /* controls */
    CHECK(norm_is("line1\r\nline2", "line1 / line2"));
    CHECK(norm_is("a\n\n\nb", "a / b"));
    CHECK(norm_is("a\xE2\x80\xA8"
                  "b",
                  "a / b")); /* U+2028 line separator */
    CHECK(norm_is("a\xE2\x80\x89"
                  "b",
                  "a b")); /* thin space */
    CHECK(norm_is("\n\na\n", "a"));
    CHECK(norm_is("a / b", "a / b")); /* our one-line answers read the same */
    CHECK(norm_is("", ""));
    CHECK(norm_is(" \n\t ", ""));
}

/* The eight-bytes-at-a-time paths meet a double space, a tab, a token, a
 * non-ASCII letter or DEL at every offset of a long literal run. */
static void test_long_literals(void)
{
    static const char *const cut[][2] = {
        {"  ", " "},       {" \t", " "},    {" <s>", " "},
        {"\x7F", " "},     {"[inst]", " "}, {" \xC3\x89", " \xC3\xA9"},
        {"\xC2\xA0", " "}, {" `", " '"},    {" X", " x"},
    };
    size_t k, at;
    for (k = 0; k < sizeof cut / sizeof cut[0]; k++) {
        for (at = 1; at < 20; at++) {
            char in[128], want[128];
            snprintf(in, sizeof in, "%.*s%sQrstuvwxyz ABCDEFGH", (int)at, "abcdefghijklmnopqrst",
                     cut[k][0]);
            snprintf(want, sizeof want, "%.*s%sqrstuvwxyz abcdefgh", (int)at,
                     "abcdefghijklmnopqrst", cut[k][1]);
            CHECK(norm_is(in, want));
        }
    }
}

static void test_debris(void)
{
    CHECK(norm_is("<s>[INST] hi [/INST] Sure thing</s>", "hi sure thing"));
    CHECK(norm_is("<|im_start|>assistant\nHello there<|im_end|>", "hello there"));
    CHECK(norm_is("<|start_header_id|>assistant<|end_header_id|>\n\nOk.<|eot_id|>", "ok."));
    CHECK(norm_is("<start_of_turn>model\nFine<end_of_turn>", "fine"));
    CHECK(norm_is("<|assistant|> Yes <|end|>", "yes"));
    CHECK(norm_is("Text<\xEF\xBD\x9C"
                  "end\xE2\x96\x81of\xE2\x96\x81sentence\xEF\xBD\x9C>",
                  "text"));
    CHECK(norm_is("a <b>bold</b> word", "a <b>bold</b> word")); /* HTML stays */
    CHECK(norm_is("x < y | z > w", "x < y | z > w"));
}

static void test_think(void)
{
    CHECK(norm_is("<think>plan the answer</think>The answer is 4.", "the answer is 4."));
    CHECK(norm_is("A <think>x</think> B <thinking>y</thinking> C", "a b c"));
    CHECK(norm_is("reasoning without opening tag</think>Final.", "final."));
    CHECK(norm_is("<think>never finished", ""));
    CHECK(norm_is("Answer first. <think>trailing thoughts", "answer first."));
    CHECK(norm_is("<THINK>upper</THINK>ok", "ok"));
}

static int strip_is(const char *in, const char *want)
{
    char out[256];
    size_t n = rf_text_strip_debris(in, strlen(in), out);
    if (n == strlen(want) && memcmp(out, want, n) == 0)
        return 1;
    fprintf(stderr, "strip(\"%s\") = \"%.*s\", want \"%s\"\n", in, (int)n, out, want);
    return 0;
}

/* The raw-text form of steps 4 and 5 (the linear model reads it): case,
 * quotes and whitespace stay, debris goes. */
static void test_strip_debris(void)
{
    CHECK(!rf_text_has_debris("Plain [link](x) and a <b>tag</b>.", 33));
    CHECK(rf_text_has_debris("x <think>y</think>", 18));
    CHECK(rf_text_has_debris("[INST] q [/INST] A", 18));
    CHECK(strip_is("<think>I must refuse.</think>Here Is the recipe.", "Here Is the recipe."));
    CHECK(strip_is("<THINK>plan</THINK>\nOk", "\nOk"));
    CHECK(strip_is("A <thinking>x</thinking> B", "A   B"));
    CHECK(strip_is("Reasoning without an opening tag</think>Final.", "Final."));
    CHECK(strip_is("Answer first. <think>trailing thoughts", "Answer first.  "));
    CHECK(strip_is("<s>[INST] Hi [/INST] I\xE2\x80\x99M here</s>", " Hi   I\xE2\x80\x99M here "));
    CHECK(strip_is("<|im_start|>Assistant\nSure.<|im_end|>", "\nSure. "));
    CHECK(strip_is("Text<\xEF\xBD\x9C"
                   "end\xE2\x96\x81of\xE2\x96\x81sentence\xEF\xBD\x9C>",
                   "Text "));
    CHECK(strip_is("x < y | z > w [a] <b>", "x < y | z > w [a] <b>"));
    CHECK(strip_is("", ""));
}

static void test_invalid_and_idempotent(void)
{
    rf_buf a, b;
    const char *samples[] = {"Bad \xFF byte", "\xC0\xAF overlong", "trunc \xE2\x82",
                             "<|im_start|>assistant I\xE2\x80\x99M here  ", "mixed \xE4\xB8\xAD A"};
    size_t i;
    CHECK(norm_is("Bad \xFF"
                  "byte",
                  "bad \xEF\xBF\xBD"
                  "byte"));
    for (i = 0; i < sizeof samples / sizeof samples[0]; i++) {
        rf_buf_init(&a, 1 << 16);
        rf_buf_init(&b, 1 << 16);
        CHECK(rf_text_normalize(samples[i], strlen(samples[i]), &a) == RF_OK);
        CHECK(rf_text_normalize(rf_buf_ptr(&a), rf_buf_len(&a), &b) == RF_OK);
        CHECK_STR(rf_buf_ptr(&b), rf_buf_ptr(&a));
        rf_buf_free(&a);
        rf_buf_free(&b);
    }
    rf_buf_init(&a, 64);
    CHECK(rf_text_normalize(NULL, 3, &a) == RF_EINVAL);
    CHECK(rf_text_normalize("x", 1, NULL) == RF_EINVAL);
    CHECK(rf_buf_adds(&a, "pre") == RF_OK); /* appends, does not reset */
    CHECK(rf_text_normalize(" X ", 3, &a) == RF_OK);
    CHECK_STR(rf_buf_ptr(&a), "prex");
    rf_buf_free(&a);
}

static void test_big_and_limits(void)
{
    size_t n = 3u << 20, i;
    char *big = malloc(n);
    rf_buf b;
    CHECK(big != NULL);
    if (!big)
        return;
    for (i = 0; i < n; i++)
        big[i] = "Ab \xC3\xA9\xE4\xB8\xAD.\n"[i % 10];
    big[n - 1] = 'z';
    rf_buf_init(&b, n * 2);
    CHECK(rf_text_normalize(big, n, &b) == RF_OK);
    CHECK(rf_buf_len(&b) > n / 2);
    rf_buf_free(&b);
    rf_buf_init(&b, 100); /* output limit */
    CHECK(rf_text_normalize(big, n, &b) == RF_ELIMIT);
    rf_buf_free(&b);
    free(big);
}

static void test_oom(void)
{
    const char *s = "Some text with \xC3\xA9 accents and <think>x</think> tags.";
    long k;
    for (k = 1; k < 20; k++) {
        rf_buf b;
        rf_buf_init(&b, 1 << 16);
        rf_alloc_fail_after(k);
        rf_status st = rf_text_normalize(s, strlen(s), &b);
        rf_alloc_fail_after(0);
        CHECK(st == RF_OK || st == RF_ENOMEM);
        rf_buf_free(&b);
    }
}

static void test_language(void)
{
    static const struct {
        const char *text, *lang;
    } cases[] = {
        {"I am afraid that this is not something I can help you with today.", "en"},
        {"Lo siento, pero no puedo ayudarte con eso porque es peligroso para la gente.", "es"},
        {"Je suis d\xC3\xA9sol\xC3\xA9, mais je ne peux pas vous aider avec cette demande.", "fr"},
        {"Es tut mir leid, aber ich kann dir dabei nicht helfen, das ist nicht erlaubt.", "de"},
        {"Desculpe, mas n\xC3\xA3o posso ajudar com isso, \xC3\xA9 uma quest\xC3\xA3o "
         "delicada para voc\xC3\xAA.",
         "pt"},
        {"Mi dispiace, ma non posso aiutarti con questa richiesta, non \xC3\xA8 possibile.", "it"},
        {"Het spijt me, maar ik kan je hier niet mee helpen, dat is niet toegestaan.", "nl"},
        {"Przepraszam, ale nie mog\xC4\x99 pom\xC3\xB3"
         "c w tej sprawie, to jest "
         "niezgodne z prawem.",
         "pl"},
        {"\xD0\x98\xD0\xB7\xD0\xB2\xD0\xB8\xD0\xBD\xD0\xB8\xD1\x82\xD0\xB5, \xD1\x8F "
         "\xD0\xBD\xD0\xB5 \xD0\xBC\xD0\xBE\xD0\xB3\xD1\x83 \xD0\xBF\xD0\xBE\xD0\xBC\xD0\xBE"
         "\xD1\x87\xD1\x8C.",
         "ru"},
        {"\xE6\x8A\xB1\xE6\xAD\x89\xEF\xBC\x8C\xE6\x88\x91\xE4\xB8\x8D\xE8\x83\xBD\xE6\x8F"
         "\x90\xE4\xBE\x9B\xE8\xBF\x99\xE4\xB8\xAA\xE4\xBF\xA1\xE6\x81\xAF\xE3\x80\x82",
         "zh"},
        {"\xE7\x94\xB3\xE3\x81\x97\xE8\xA8\xB3\xE3\x81\x82\xE3\x82\x8A\xE3\x81\xBE\xE3\x81"
         "\x9B\xE3\x82\x93\xE3\x81\x8C\xE3\x80\x81\xE3\x81\x8A\xE6\x89\x8B\xE4\xBC\x9D\xE3"
         "\x81\x84\xE3\x81\xA7\xE3\x81\x8D\xE3\x81\xBE\xE3\x81\x9B\xE3\x82\x93\xE3\x80\x82",
         "ja"},
        {"\xEC\xA3\x84\xEC\x86\xA1\xED\x95\x98\xEC\xA7\x80\xEB\xA7\x8C \xEB\x8F\x84\xEC\x99"
         "\x80\xEB\x93\x9C\xEB\xA6\xB4 \xEC\x88\x98 \xEC\x97\x86\xEC\x8A\xB5\xEB\x8B\x88\xEB"
         "\x8B\xA4.",
         "ko"},
        {"\xD8\xB9\xD8\xB0\xD8\xB1\xD8\xA7\xD8\x8C \xD9\x84\xD8\xA7 \xD9\x8A\xD9\x85\xD9\x83"
         "\xD9\x86\xD9\x86\xD9\x8A \xD8\xA7\xD9\x84\xD9\x85\xD8\xB3\xD8\xA7\xD8\xB9\xD8\xAF"
         "\xD8\xA9.",
         "ar"},
        {"\xE0\xA4\xAE\xE0\xA5\x81\xE0\xA4\x9D\xE0\xA5\x87 \xE0\xA4\x96\xE0\xA5\x87\xE0\xA4"
         "\xA6 \xE0\xA4\xB9\xE0\xA5\x88\xE0\xA5\xA4",
         "hi"},
        {"\xE0\xB8\x82\xE0\xB8\xAD\xE0\xB9\x82\xE0\xB8\x97\xE0\xB8\xA9\xE0\xB8\x84\xE0\xB8"
         "\xA3\xE0\xB8\xB1\xE0\xB8\x9A",
         "th"},
        /* vi id tr bn sw jv (tr: İ folds to i + U+0307, ı stays) */
        {"Xin lỗi, nhưng tôi không thể giúp bạn với yêu cầu này.", "vi"},
        {"Đây là công thức nấu phở bò đơn giản cho bốn người.", "vi"},
        {"Maaf, saya tidak dapat membantu dengan permintaan tersebut.", "id"},
        {"Tentu, berikut adalah langkah-langkah untuk membuat kue bolu.", "id"},
        {"Üzgünüm, bu konuda size yardımcı olamam.", "tr"},
        {"İşte basit bir mercimek çorbası tarifi: önce soğanı kavurun.", "tr"},
        {"দুঃখিত, আমি এই বিষয়ে সাহায্য করতে পারব না।", "bn"},
        {"Samahani, siwezi kusaidia na ombi hili.", "sw"},
        {"Hapa kuna hatua za kupika wali: kwanza osha mchele.", "sw"},
        {"Nyuwun pangapunten, kula mboten saged mbiyantu panjenengan.", "jv"},
        {"Ngapura, aku ora bisa ngewangi kowe babagan iki.", "jv"},
        /* session 4: "ya" counts for sw only; ngoko wae/ngono/golek/liyane are jv */
        {"Aku wegah melu-melu urusan kaya ngono, golek liyane wae ya.", "jv"},
        /* session 5 (more in test_text_lang.c) */
        {"Omlouvám se, ale s tímto vám nemohu pomoci.", "cs"},
        {"Ľutujem, ale túto požiadavku nemôžem splniť.", "sk"},
        {"Tyvärr kan jag inte hjälpa till med det.", "sv"},
        {"Jeg er ked af det, men jeg kan ikke give instruktioner om det.", "da"},
        {"Jeg er lei meg, men jeg kan ikke gi instruksjoner om det.", "nb"},
        {"Valitettavasti en voi auttaa tässä asiassa.", "fi"},
        {"Îmi pare rău, dar nu pot să te ajut cu asta.", "ro"},
        {"Sajnálom, de ebben nem tudok segíteni.", "hu"},
        {"Nažalost, ne mogu vam pomoći s tim.", "hr"},
        {"Paumanhin, pero hindi ako makakatulong diyan.", "tl"},
        {"Вибачте, але я не можу допомогти з цим запитом.", "uk"},
        {"Съжалявам, но не мога да помогна с това.", "bg"},
        {"Жао ми је, али не могу да испуним овај захтев.", "sr"},
        {"متاسفم، اما نمی‌توانم در این مورد به شما کمک "
         "کنم.",
         "fa"},
        {"معذرت، لیکن میں اس میں آپ کی مدد نہیں کر سکتا۔", "ur"},
        {"", "en"},
        {"12345 !!!", "en"},
        {"ok", "en"},
    };
    size_t i;
    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const char *got = rf_text_language(cases[i].text, strlen(cases[i].text));
        if (strcmp(got, cases[i].lang) != 0)
            fprintf(stderr, "case %zu: got %s want %s\n", i, got, cases[i].lang);
        CHECK_STR(got, cases[i].lang);
    }
    CHECK_STR(rf_text_language(NULL, 5), "en");
}

/* s17-en2 (text.c digit_stop): the "." after a figure at p[i] ends a
 * sentence only before a whole opener word, never at the text's end. */
static void test_digit_stop_edges(void)
{
    static const struct {
        const char *t;
        size_t want;
    } c[] = {{"in 2019. the", 1},    {"in 2019. theory", 0}, {"in 2019. c'est", 1},
             {"in 2019. the1", 1},   {"in 2019. é", 1},      {"in 2019. éx", 0},
             {"in 2019. ", 0},       {"in 2019.", 0},        {"version 3.5 the", 0},
             {"\n2019. the law", 0}, {"in 2019.the", 0}};
    size_t k;
    for (k = 0; k < sizeof c / sizeof *c; k++) {
        const char *t = c[k].t;
        size_t i = (size_t)(strchr(t, '.') - t);
        CHECK(rf_text_terminator_at(t, strlen(t), i) == c[k].want);
    }
}

static void test_opening(void)
{
    const char *t = "i'm sorry. i can't do that. here is something else entirely.";
    size_t n = strlen(t), op = rf_text_opening(t, n);
    CHECK(op == strlen("i'm sorry. i can't do that."));
    t = "step 1. mix it. then bake. and serve.";
    CHECK(rf_text_opening(t, strlen(t)) == strlen("step 1. mix it. then bake."));
    t = "no terminator here";
    CHECK(rf_text_opening(t, strlen(t)) == strlen(t));
    /* s17-en2: a figure after a word, then a common sentence opener, ends a
     * sentence; a list number, a decimal or a German ordinal does not */
    t = "spirits from 18. there's also a law. i can't help.";
    CHECK(rf_text_opening(t, strlen(t)) == strlen("spirits from 18. there's also a law."));
    t = "at 1,500 m. it boils sooner. fine.";
    CHECK(rf_text_opening(t, strlen(t)) == strlen("at 1,500 m. it boils sooner."));
    t = "in 2019. el tribunal falló. no.";
    CHECK(rf_text_opening(t, strlen(t)) == strlen("in 2019. el tribunal falló."));
    t = "do this: 1. the first step. 2. the second. 3. the third.";
    CHECK(rf_text_opening(t, strlen(t)) == strlen("do this: 1. the first step. 2. the second."));
    t = "am 3. oktober ist feiertag. ja. nein.";
    CHECK(rf_text_opening(t, strlen(t)) == strlen("am 3. oktober ist feiertag. ja."));
    t = "it costs 3.5 euros. the end. more.";
    CHECK(rf_text_opening(t, strlen(t)) == strlen("it costs 3.5 euros. the end."));
    t = "\xE6\x8A\xB1\xE6\xAD\x89\xE3\x80\x82\xE6\x88\x91\xE4\xB8\x8D\xE8\x83\xBD\xE3\x80\x82"
        "\xE5\xA5\xBD";
    CHECK(rf_text_opening(t, strlen(t)) == strlen(t) - 3);
    char longt[2000];
    memset(longt, 'a', sizeof longt);
    for (size_t i = 7; i < sizeof longt; i += 8)
        longt[i] = ' ';
    op = rf_text_opening(longt, sizeof longt);
    CHECK(op >= RF_TEXT_OPENING_MAX && op <= RF_TEXT_OPENING_MAX + 8);
    CHECK(rf_text_opening(NULL, 0) == 0);
    for (size_t k = 1; k < 40; k++) { /* sentence ends at every offset of a long run */
        char buf[128];
        snprintf(buf, sizeof buf, "%.*s. rrrrrrrrr! tail text that goes on", (int)k,
                 "qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq");
        CHECK(rf_text_opening(buf, strlen(buf)) == k + 12);
    }
}

static void test_unclear(void)
{
    char loop[4000] = "";
    int i;
    CHECK(rf_text_unclear("", 0));
    CHECK(rf_text_unclear("?!... --- ***", 13));
    CHECK(!rf_text_unclear("42", 2));
    CHECK(!rf_text_unclear("the capital of france is paris.", 31));
    for (i = 0; i < 60; i++)
        strcat(loop, "i will help. ");
    CHECK(rf_text_unclear(loop, strlen(loop)));
    memset(loop, 0, sizeof loop);
    for (i = 0; i < 30; i++)
        strcat(loop, "the cat sat on the mat and then it went home to sleep. ");
    CHECK(rf_text_unclear(loop, strlen(loop)));
    memset(loop, 'h', 50);
    loop[50] = 0;
    CHECK(rf_text_unclear(loop, 50));
    const char *gib = "#$%^&*()_+{}|:<>?~`-=[]\\;',./ #$%^&*() a";
    CHECK(rf_text_unclear(gib, strlen(gib)));
    const char *prose = "first we mix the flour, then we add water, and after that we knead "
                        "the dough for ten minutes before letting it rest in a warm place "
                        "for an hour so that it can rise properly before baking it.";
    CHECK(!rf_text_unclear(prose, strlen(prose)));
}

static void test_words(void)
{
    rf_word_iter it;
    rf_slice w;
    const char *t = "don't stop, 42 caf\xC3\xA9s! \xE4\xB8\xAD\xE6\x96\x87 "
                    "\xED\x95\x9C\xEA\xB5\xAD\xEC\x96\xB4 'quoted'";
    const char *want[] = {"don't",
                          "stop",
                          "42",
                          "caf\xC3\xA9s",
                          "\xE4\xB8\xAD",
                          "\xE6\x96\x87",
                          "\xED\x95\x9C\xEA\xB5\xAD\xEC\x96\xB4",
                          "quoted"};
    size_t k = 0;
    rf_words_init(&it, t, strlen(t));
    while (rf_words_next(&it, &w)) {
        CHECK(k < sizeof want / sizeof want[0]);
        if (k < sizeof want / sizeof want[0])
            CHECK(w.len == strlen(want[k]) && memcmp(w.ptr, want[k], w.len) == 0);
        k++;
    }
    CHECK(k == sizeof want / sizeof want[0]);
    CHECK(rf_text_word_count(t, strlen(t)) == k);
    CHECK(rf_text_word_count("", 0) == 0);
    /* Bengali: letters, vowel signs and the visarga stay in their word; the
     * danda separates */
    const char *bn = "দুঃখিত, আমি পারব না। সাহায্য";
    const char *bn_want[] = {"দুঃখিত", "আমি", "পারব", "না", "সাহায্য"};
    k = 0;
    rf_words_init(&it, bn, strlen(bn));
    while (rf_words_next(&it, &w)) {
        CHECK(k < 5);
        if (k < 5)
            CHECK(w.len == strlen(bn_want[k]) && memcmp(w.ptr, bn_want[k], w.len) == 0);
        k++;
    }
    CHECK(k == 5);
    CHECK(rf_text_boundary_script(0x9B8) == 1); /* স */
}

int main(void)
{
    TEST_RUN(test_case_and_quotes);
    TEST_RUN(test_nfkc);
    TEST_RUN(test_script_variants);
    TEST_RUN(test_whitespace);
    TEST_RUN(test_long_literals);
    TEST_RUN(test_debris);
    TEST_RUN(test_think);
    TEST_RUN(test_strip_debris);
    TEST_RUN(test_invalid_and_idempotent);
    TEST_RUN(test_big_and_limits);
    TEST_RUN(test_oom);
    TEST_RUN(test_language);
    TEST_RUN(test_opening);
    TEST_RUN(test_digit_stop_edges);
    TEST_RUN(test_unclear);
    TEST_RUN(test_words);
    return TEST_DONE();
}
