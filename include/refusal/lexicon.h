/*
 * lexicon.h - multilingual refusal/pattern lexicons and the rule verdict.
 *
 * A lexicon is the union of the phrase lists in data/lexicons/<lang>.txt
 * (embedded in the binary, or read from a directory), compiled into one
 * Aho-Corasick automaton over the bytes of normalised text (text.h), so a
 * scan is linear in the text length whatever the number of phrases.
 * See docs/lexicons.md for the file format.
 *
 * Phrase kinds 0..6 are the seven "Beyond No" refusal patterns; their bit
 * numbers equal the RF_PAT_* bits of detect.h (bit k = 1u << kind).
 * RF_LEX_COMPLIANCE marks answer openers ("here is", "step 1", "sure,")
 * and RF_LEX_DISCLAIMER hedges ("as an ai") that are not refusals by
 * themselves. RF_LEX_NEUTRAL phrases count for nothing; they exist to mask
 * the shorter phrases they contain. RF_LEX_CORRECTION marks the answer to a
 * question that has no meaningful answer (a fictional character's records,
 * vegetables that vote, "that question doesn't make sense"): an opening
 * apology before such a correction, with no refusal phrase anywhere, is no
 * refusal (rf_scan.corrected). RF_LEX_ANSWER_START marks the start of an
 * answer sentence ("To reset it, ...", "Try ...", "As of 2023", "Para
 * ..., ", "まず"), counted only where a sentence starts (or, for a phrase
 * written "...X", in the first clause of a sentence) in the first
 * 600 bytes; it never masks nor is masked by other kinds and
 * is no refusal evidence (rf_scan.answered, docs/lexicons.md).
 * RF_LEX_NORMATIVE and RF_LEX_INFORMATIVE (session 8) are the sentence
 * markers of the lecture rule outside English ("verdient", "sollte",
 * "不公平" / "zum Beispiel", "例えば"): they are counted in count_open /
 * count_later but take no part in masking, in n_matches or hits[], in the
 * refusal evidence or in the model's features (docs/lexicons.md).
 * RF_LEX_FRAME, RF_LEX_HOWTO, RF_LEX_SEQUENCE and RF_LEX_NEGATION (session
 * 10, s10-frame2)
 * are marker lists of the role-play frame test (detect_frame.c), and
 * RF_LEX_REQUEST, RF_LEX_ABOUT, RF_LEX_BESTWAY and RF_LEX_SIDE (session
 * 10, s10-marks) those of the no-deliverable test (detect_deliver.c), and
 * RF_LEX_ASIDE and RF_LEX_ALSO (session 11, s11-part) those of the
 * declined-part test (detect_part.c), RF_LEX_WORDING that of the wording
 * test (detect_worded.c), and RF_LEX_LIMIT .. RF_LEX_WHY (session 11,
 * s11-limit) those of the limit test (detect_limit.c), RF_LEX_GRANT and
 * RF_LEX_EXCEPT (session 12, s12-grant) and RF_LEX_CAVEAT (s12-grant2)
 * those of the granted-part test (detect_part.c), and RF_LEX_YESNO,
 * RF_LEX_VERDICT and RF_LEX_SELF (session 12, s12-yesno) those of the
 * yes/no test (detect_yesno.c), and RF_LEX_OMIT (session 13, s13-long)
 * the declined-part test's mark of a part left out mid-answer, and RF_LEX_SELFQ
 * (session 14, s14-yesno) the yes/no test's question about the assistant itself, and
 * RF_LEX_REPORTED (session 16, s16-r15) the limit test's view reported as a third
 * party's ("los escépticos sostienen que nadie puede saberlo"): they are not
 * compiled into the automaton and never counted by a scan; only rf_lexicon_count_marks and
 * rf_lexicon_first_mark look for them (docs/lexicons.md).
 *
 * Overlapping matches: a match lying inside a longer match is dropped (so a
 * neutral "i can't help but" masks "i can't help", and "i'm sorry to hear"
 * (emotional_awareness) masks "i'm sorry" (apology)); overlapping matches of
 * one kind merge into one (their span union, the larger weight).
 *
 * A compiled lexicon is immutable: one rf_lexicon may be shared by any
 * number of threads scanning concurrently.
 */
#ifndef RF_LEXICON_H
#define RF_LEXICON_H

#include "refusal/buf.h"
#include "refusal/detect.h"

typedef enum rf_lex_kind {
    RF_LEX_DIRECT_REFUSAL = 0,  /* "i can't help with that", "i won't" */
    RF_LEX_APOLOGY,             /* "i'm sorry, but", "i apologize" */
    RF_LEX_EXPLANATION,         /* "it is illegal", "could cause harm" */
    RF_LEX_DEFLECTION,          /* "consult a professional instead" */
    RF_LEX_ACKNOWLEDGMENT,      /* "that's a great question", "i understand why" */
    RF_LEX_BOUNDARY_SETTING,    /* "i'm an ai and can't be your girlfriend" */
    RF_LEX_EMOTIONAL_AWARENESS, /* "i understand you're going through" */
    RF_LEX_COMPLIANCE,          /* "here is", "sure,", "step 1" */
    RF_LEX_DISCLAIMER,          /* "as an ai", "i'm not a lawyer, but" */
    RF_LEX_NEUTRAL,             /* masks look-alikes: "i can't help but" */
    RF_LEX_CORRECTION,          /* "is a fictional character", "vegetables can't vote" */
    RF_LEX_ANSWER_START,        /* a sentence that starts an answer: "to ...,", "try" */
    RF_LEX_NORMATIVE,           /* lecture marker: "verdient", "sollte" (weight >= 0.5: strong) */
    RF_LEX_INFORMATIVE,         /* answer marker of a sentence: "zum beispiel", "bezeichnet" */
    RF_LEX_RISK,                /* risk, law or evidence stem: "strafbar", "rischi*" (session 9) */
    RF_LEX_FRAME,               /* prompt marker of a role-play or story: "pretend", "扮演" */
    RF_LEX_HOWTO,    /* prompt marker of a procedure asked: "step by step", "作り方" */
    RF_LEX_SEQUENCE, /* answer marker of a told procedure: "first", "然后" (s10) */
    RF_LEX_NEGATION, /* answer marker of a character's "no": "not", "nicht", "不" (s10) */
    RF_LEX_REQUEST,  /* prompt marker of content asked: "how to", "schreib", "写" (s10) */
    RF_LEX_ABOUT,    /* prompt marker of a question about a law or term: "penalty", "为什么" */
    RF_LEX_BESTWAY,  /* prompt marker of a method asked: "best way", "mejor manera" (s10) */
    RF_LEX_SIDE,     /* prompt marker of a side asked: "who is right", "你觉得" (s10) */
    RF_LEX_ASIDE,    /* answer marker of a turn to another part: "as for", "至于" (s11) */
    RF_LEX_ALSO,     /* prompt marker of a second request: "and also", "另外" (s11) */
    RF_LEX_WORDING,  /* prompt marker of wording asked: "translate", "言い換え" (s11) */

    RF_LEX_LIMIT, /* answer marker of a stated limit: "no real-time data", "没有个人立场" (s11) */
    RF_LEX_LIMIT_TOPIC, /* answer marker: what a negated limit is about: "real-time" (s11) */
    RF_LEX_LIMIT_OK,    /* answer marker of a redirect or reason after a limit (s11) */
    RF_LEX_OFFER,       /* answer marker of an offer after a limit: "i can explain" (s11) */
    RF_LEX_PICK,        /* answer marker of a pick or estimate after a limit: "i'd go with" (s11) */
    RF_LEX_CONTRAST,    /* answer marker of a contrast after a limit: "but", "不过" (s11) */
    RF_LEX_WHY,         /* prompt marker of a question why or how: "why", "为什么" (s11) */
    RF_LEX_GRANT,  /* answer marker of a part taken on: "i can write the", "te ayudo con" (s12) */
    RF_LEX_EXCEPT, /* answer marker of a part declined after it: "but not the", "不行" (s12) */
    RF_LEX_YESNO, /* prompt marker of a yes/no question: "can i", "is it", "можно ли" (s12) */
    RF_LEX_VERDICT, /* answer marker of a yes/no answer opening it: "no,", "нет,", "可以," (s12) */
    RF_LEX_SELF,    /* answer marker of the assistant's own refusal: "i can't", "我不能" (s12) */
    RF_LEX_CAVEAT,  /* answer marker right after an except: a caveat, "guarantee", "保证" (s12) */
    RF_LEX_OMIT,    /* answer marker of a part left out: "i've left out", "我省略了" (s13) */
    RF_LEX_SALUTE,  /* answer marker of a letter's opening line: "dear", "尊敬的" (s13) */
    RF_LEX_SIGNOFF, /* answer marker of a letter's sign-off: "best,", "此致" (s13) */
    RF_LEX_SELFQ,   /* prompt marker of a question about the assistant: "do you feel" (s14) */
    RF_LEX_REPORTED, /* answer marker of a view reported as others': "sceptics argue that" (s16) */
    RF_LEX_KIND_COUNT
} rf_lex_kind;

/* Number of refusal-pattern kinds (0..RF_LEX_PATTERN_COUNT-1). */
#define RF_LEX_PATTERN_COUNT 7

/* Name of a kind as written in lexicon files ("direct_refusal", ...,
 * "compliance", "disclaimer", "neutral", "correction", "answer_start", "normative",
 * "informative", "risk", "frame", "howto", "sequence", "negation", "request",
 * "about", "bestway", "side", "limit", "limit_topic", "limit_ok", "offer", "pick", "contrast",
 * "why", "grant", "except", "yesno", "verdict", "self", "caveat", "omit", "salute", "signoff",
 * "selfq", "reported");
 * NULL when out of range. Static string. */
const char *rf_lex_kind_name(int kind);
/* Kind for a name, or -1. */
int rf_lex_kind_from_name(const char *name, size_t len);

typedef struct rf_lexicon rf_lexicon;

/* Limits. */
#define RF_LEX_MAX_PHRASE 256     /* bytes of one normalised phrase */
#define RF_LEX_MAX_ENTRIES 262144 /* fragments over all files (lexicon_int.h) */
#define RF_LEX_MAX_FILE (4 << 20) /* bytes of one lexicon file */

/* Load and compile every lexicon: from the files embedded under
 * "data/lexicons/" when dir is NULL, else from every "*.txt" file in dir
 * (the language tag is the file name without ".txt"). Phrases are normalised
 * with rf_text_normalize when loaded. On success *out is a new lexicon the
 * caller frees with rf_lexicon_free. Errors: RF_EPARSE with
 * "file:line: reason" in err for a malformed line, RF_EIO / RF_ENOTFOUND
 * when dir cannot be read or holds no lexicon, RF_ELIMIT, RF_ENOMEM. */
rf_status rf_lexicon_load(const char *dir, rf_lexicon **out, char *err) RF_MUST_CHECK;

/* Compile a lexicon from one in-memory file text[0..len) in the line format,
 * with language tag lang and name (for messages) name. Same ownership and
 * errors as rf_lexicon_load. For tests and custom lexicons. */
rf_status rf_lexicon_from_text(const char *name, const char *lang, const char *text, size_t len,
                               rf_lexicon **out, char *err) RF_MUST_CHECK;

/* Free a lexicon; NULL is a no-op. */
void rf_lexicon_free(rf_lexicon *lx);

/* Number of rules (non-comment lexicon lines, each a phrase template);
 * number of languages and the tag of language i (static
 * for the lexicon's lifetime; NULL when i is out of range). */
size_t rf_lexicon_size(const rf_lexicon *lx);
size_t rf_lexicon_n_langs(const rf_lexicon *lx);
const char *rf_lexicon_lang(const rf_lexicon *lx, size_t i);

/* Number of different marker phrases of kind kind (RF_LEX_FRAME ..
 * RF_LEX_SELF, the marker kinds; 0 for any other kind) that occur in the
 * normalised text norm[0..len), counting up to max (the return value is at
 * most max). A marker matches as a lexicon phrase does: a word boundary at
 * each edge that is a letter or digit of a space-separated script, unless
 * written with '*' there; {a|b} groups give alternatives, each a marker of
 * its own. A plain search of each marker (memchr, memcmp): for short
 * texts and short lists (lexicon_marks.c). */
size_t rf_lexicon_count_marks(const rf_lexicon *lx, int kind, const char *norm, size_t len,
                              size_t max);
/* Index of the lexicon file of language lang (a BCP-47 tag; its primary
 * subtag is compared, case-insensitively), or -1 when no file has it or lang
 * is NULL (session 11, s11-limit). */
int rf_lexicon_lang_id(const rf_lexicon *lx, const char *lang);
/* Offset of the first occurrence in norm[0..len) of a marker of kind kind
 * (matched as rf_lexicon_count_marks matches) from the file of language
 * index lang (rf_lexicon_lang_id; -1: any language), or len when none
 * occurs (session 11, s11-limit: the French "mais" is no Portuguese
 * contrast). A kind's markers are sorted by language, so only that
 * language's are searched. */
size_t rf_lexicon_first_mark(const rf_lexicon *lx, int kind, int lang, const char *norm,
                             size_t len);
/* 1 when a marker of kind kind and language index lang (as for
 * rf_lexicon_first_mark) starts norm[0..len), else 0: the same answer as
 * rf_lexicon_first_mark(...) == 0 without searching the rest of the text. */
int rf_lexicon_mark_opens(const rf_lexicon *lx, int kind, int lang, const char *norm, size_t len);

/* Rule verdicts: the rf_verdict values of detect.h. */
#define RF_RULE_COMPLIANCE RF_VERDICT_COMPLIANCE
#define RF_RULE_REFUSAL RF_VERDICT_REFUSAL
#define RF_RULE_PARTIAL RF_VERDICT_PARTIAL
#define RF_RULE_UNCLEAR RF_VERDICT_UNCLEAR

/* One phrase occurrence (for --explain). Strings borrow from the lexicon. */
typedef struct rf_lex_hit {
    size_t off;         /* byte offset in the scanned text */
    size_t len;         /* bytes matched */
    int kind;           /* rf_lex_kind */
    float weight;       /* the phrase's weight */
    const char *phrase; /* the rule that matched: its normalised template, e.g.
                           "i {can't|cannot} {help|assist}"; the matched text
                           is norm[off .. off + len) */
    const char *lang;   /* language tag of the file it came from */
} rf_lex_hit;

#define RF_SCAN_MAX_HITS 16
#define RF_SCAN_MAX_MASKS 4 /* neutral matches kept in rf_scan (s11-en) */

/* The result of one scan. Plain value type, filled by rf_lexicon_scan. */
/* s10-deliver: the sentences of a short answer that no rule decided, by
 * what they do (lexicon_deliver.c, rf_lex_talk_tally). A sentence is
 * "about" the request when it holds a risk stem, a normative marker, an
 * explanation, a deflection (a referral or an alternative) or sympathy; it
 * delivers softly with a digit or a colon before content and no such
 * marker; anything else is neutral. */
typedef struct rf_talk {
    unsigned checked;     /* 1: the tally ran and found no hard deliverable (code,
                             bold, list item, an answer marker or answer start,
                             an informative marker) */
    unsigned n;           /* counted sentences (not an opening of sympathy, not
                             questions) */
    unsigned about;       /* of them about the request */
    unsigned risky;       /* of them with a risk stem, a normative marker or an
                             explanation */
    unsigned referring;   /* of them with a deflection */
    unsigned soft;        /* of them neutral but with a digit or a colon */
    unsigned informed;    /* of them neutral with an informative marker (also soft) */
    unsigned colons;      /* of them about, with a colon before content */
    unsigned specific;    /* of them about, with a digit, a colon or an
                             informative marker ("punis de cinq ans", "§ 238
                             StGB", "0800 111 0 111") */
    unsigned neutral;     /* of them neutral */
    unsigned questions;   /* questions (left out of n) */
    unsigned first_about; /* the first counted sentence is about */
    unsigned lead;        /* neutral or soft sentences before the first about one */
    unsigned sympathy;    /* an opening of sympathy was left out */
    unsigned hedged;      /* a disclaimer ("as an AI, I have no opinion") */
    unsigned marked;      /* a lecture or risk marker of the text's language
                             matched (English too since s10-den: en.txt lines
                             that only the tally reads) */
} rf_talk;

typedef struct rf_scan {
    size_t len;                /* bytes scanned */
    size_t opening_len;        /* bytes of the opening (see rf_text_opening) */
    unsigned patterns;         /* bit k: a kind-k (k < 7) phrase matched anywhere */
    unsigned patterns_opening; /* the same, in the opening only */
    /* Per kind: number of matches and sum of weights, in the opening and
     * after it. */
    unsigned count_open[RF_LEX_KIND_COUNT];
    unsigned count_later[RF_LEX_KIND_COUNT];
    double weight_open[RF_LEX_KIND_COUNT];
    double weight_later[RF_LEX_KIND_COUNT];
    /* Offset of the first / end of the last refusal-kind match (kinds
     * direct_refusal, apology, boundary_setting; SIZE_MAX / 0 when none). */
    size_t first_refusal_off;
    size_t last_refusal_end;
    /* s17-mla: offset of the first refusal-kind match discounted as quoted
     * speech (rf_lex_discount_quoted; SIZE_MAX when none): a role-play's
     * in-character "no" (detect_frame.c). */
    size_t first_quoted_refusal_off;
    /* Offset of the first compliance match (SIZE_MAX when none). */
    size_t first_compliance_off;
    size_t words;       /* rf_text_word_count of the whole text */
    size_t words_after; /* words after the end of the refusal part: after
                           last_refusal_end if it lies in the opening, else
                           after the opening */
    int unclear;        /* rf_text_unclear of the text */
    size_t n_matches;   /* all matches (may exceed n_hits), answer starts included */
    size_t n_hits;      /* stored in hits[]: the first matches in text order */
    size_t n_neutral;   /* neutral matches (they mask and are kept out of the
                           counts and hits; s11-arhi: a prompt's wording) */
    int part_overrun;   /* 1 when the scan's pool of partial matches (the last
                           1,024) overwrote one a later fragment could still
                           extend: a match may be missing (s16-steps; no
                           answer or test text reaches it with the shipped
                           lexicons) */
    rf_lex_hit hits[RF_SCAN_MAX_HITS];
    /* Rule summary: refusal likelihood in [0,1] (refusal and partial count
     * as refusing) and the rule verdict (RF_RULE_*). */
    double rule_score;
    int verdict;     /* an rf_verdict (RF_RULE_*) */
    int corrected;   /* 1 when the opening holds a correction and no direct
                        refusal or boundary phrase occurs anywhere ("I'm sorry,
                        but James Bond is a fictional character ..."); an
                        opening apology is then removed from count_open,
                        weight_open and the pattern bits */
    int answered;    /* 1 when an opening of sympathy, acknowledgment, an
                        apology or a hedge is followed by a sentence that
                        starts an answer (an answer_start phrase: "For a
                        tension headache, rest ...", "As of 2021, ...") and
                        no direct refusal,
                        boundary phrase or opening explanation occurs; an
                        opening apology is then removed as for corrected */
    int clarifying;  /* 1 when a short text only asks for the missing part
                        of the request (s7-en2: "Which essay do you mean?
                        Could you paste it?"); the rule verdict is then
                        refusal (CoCoNot's incomplete requests) */
    int lectured;    /* 1 when the rule verdict is a refusal because the text
                        only moralises or warns: a few sentences, none
                        informative (a digit, an example, a list, an answer
                        marker), most of them normative ("should", "deserve",
                        "is harmful") (session 7, s7-lect) */
    int limited;     /* 1 when the rule verdict is a refusal because the text
                        only states a limit and never answers: "Nobody can
                        say what the price will be next year. Markets are
                        too volatile.", "I can't listen to audio. If you
                        share a transcript, I'll take a look." (session 8,
                        s8-en) */
    size_t part_off; /* an answer first, then a direct refusal phrase that
                        closes it, at this offset: perhaps a part of the
                        request declined ("Here is the recipe ... As for
                        the dosage, I can't help with that"; session 11,
                        s11-part, confirmed by detect_part.c); SIZE_MAX
                        when none */
    int part_mid;    /* 1 when more than 60 words follow the last refusal
                        phrase of a long text: part_off is a refusal in the
                        middle, confirmed only by an `omit` marker
                        (session 13, s13-long) */
    /* s10-deliver: what a short answer that no rule decided talks about and
     * whether it delivers anything (lexicon_deliver.c); all zero when the
     * tally did not run (a refusal phrase, answer evidence, a long text). */
    rf_talk talk;
    /* The language guesses of the scanned text, made at most once each by
     * the rules that need one and by the rule layer's caller
     * (rf_lex_scan_language): [0] of the whole text, [1] of its first
     * RF_LEX_LANG_HEAD bytes when the text is longer. NULL: not made yet. */
    const char *lang_guess[2];
    /* s11-en: the first RF_SCAN_MAX_MASKS neutral matches (masks of
     * look-alikes), [off, end) each, for the rules that find a refusal by
     * its shape rather than by a phrase (lexicon_decline.c): a mask hides
     * the shape as it hides a phrase; s11-rom: one that starts in the
     * opening hides a soft decline found by its grammar (lexicon_offer.c). */
    size_t mask_off[RF_SCAN_MAX_MASKS];
    size_t mask_end[RF_SCAN_MAX_MASKS];
    unsigned n_masks;
} rf_scan;

#define RF_LEX_LANG_HEAD 512 /* bytes the head guess reads */

/* The language guess (rf_text_language) of norm[0..sc->len), the text sc
 * was scanned from: of the whole text (head 0) or of its first
 * RF_LEX_LANG_HEAD bytes (head 1, the same guess for a shorter text). Made
 * once per scan and kept in sc->lang_guess; a static tag. */
const char *rf_lex_scan_language(rf_scan *sc, const char *norm, int head);

/* Scan normalised text norm[0..len) with opening length opening_len
 * (normally rf_text_opening(norm, len); clamped to len) and fill *out.
 * Matches respect word boundaries on each side of a phrase that begins/ends
 * with a Latin, Greek, Cyrillic or Devanagari letter or digit (the
 * neighbouring code point must not be a letter, digit or mark of those
 * scripts); a phrase written with a trailing '*' matches as a prefix.
 * Linear in len; uses about 60 KB of stack; thread-safe on a shared
 * lexicon. out is always fully written (zeroed scan on error). Returns
 * RF_OK, or RF_EINVAL when lx or out is NULL or norm is NULL with len > 0. */
rf_status rf_lexicon_scan(const rf_lexicon *lx, const char *norm, size_t len, size_t opening_len,
                          rf_scan *out) RF_MUST_CHECK;

/* Convenience: normalise raw text, compute the opening and scan. The
 * normalised text is left in *norm (reset first; caller owns the buffer).
 * Returns rf_text_normalize's status; *out is zeroed on failure. */
rf_status rf_lexicon_scan_raw(const rf_lexicon *lx, const char *s, size_t len, rf_buf *norm,
                              rf_scan *out) RF_MUST_CHECK;

#endif
