/*
 * text.h - text normalisation, language identification, sentence and word
 * helpers for refusal detection.
 *
 * Every detector works on *normalised* text (rf_text_normalize): valid UTF-8,
 * chat-template debris and <think> blocks removed, NFKC, Unicode case fold,
 * typographic quotes mapped to ASCII ' and ", whitespace runs collapsed to one
 * ASCII space, trimmed. Normalisation is idempotent: normalising normalised
 * text returns it unchanged. All functions here run in linear time and keep
 * no state between calls (thread-safe).
 */
#ifndef RF_TEXT_H
#define RF_TEXT_H

#include "refusal/buf.h"

/* Upper bound on the input size rf_text_normalize accepts (bytes). */
#define RF_TEXT_MAX_INPUT ((size_t)64 << 20)

/* Normalise s[0..len) and append the result to out (which is NOT reset first;
 * call rf_buf_reset to reuse a buffer). Steps, in order:
 *   1. UTF-8 repair (invalid sequences become U+FFFD);
 *   2. typographic quotes/apostrophes (’ ‘ ‚ ‛ ´ ` ′ ʼ “ ” „ « » ‹ › ″) -> ' or ";
 *   3. NFKC + Unicode case fold + removal of default-ignorable code points
 *      (zero-width spaces and joiners, soft hyphens) via utf8proc;
 *   4. removal of chat-template tokens (<s>, </s>, [INST], [/INST], <<SYS>>,
 *      any <|...|> token such as <|im_start|>, <|eot_id|>, <|assistant|>,
 *      <start_of_turn>, <end_of_turn>, <eos>, <bos>, <pad>) and of a role word
 *      (assistant, model, user, system) directly after an opening token, and
 *      stray closing think tags;
 *   5. removal of <think>...</think> and <thinking>...</thinking> blocks,
 *      of everything before a closing tag that has no opening one (templates
 *      that put the opening tag in the prompt), and of an unterminated block
 *      to the end of the text;
 *   6. control characters and every whitespace run -> one ' ', then trim.
 * Returns RF_OK, RF_ENOMEM, RF_ELIMIT (len > RF_TEXT_MAX_INPUT or out's max
 * exceeded; out is then reset by rf_buf) or RF_EINVAL (NULL s with len > 0,
 * NULL out). */
rf_status rf_text_normalize(const char *s, size_t len, rf_buf *out) RF_MUST_CHECK;

/* Steps 4 and 5 of rf_text_normalize on raw (not folded) text, for readers
 * that tokenise it themselves (the linear model): rf_text_has_debris says
 * whether s[0..len) holds a think tag or a chat-template token (ASCII case
 * ignored); rf_text_strip_debris writes s without them to out (room for len
 * bytes, not NUL-terminated; a cut leaves one space, none at the start) and
 * returns the length written. Nothing else changes: case, quotes and
 * whitespace stay as they are. */
int rf_text_has_debris(const char *s, size_t len);
size_t rf_text_strip_debris(const char *s, size_t len, char *out);

/* The readers' form of the two above: when *s[0..*len) holds debris, the
 * text without it is written to *scratch (grown to *cap bytes as needed,
 * owned by the caller, rf_free) and *s, *len point there; otherwise nothing
 * changes and nothing is copied. RF_OK or RF_ENOMEM. */
rf_status rf_text_without_debris(const char **s, size_t *len, char **scratch,
                                 size_t *cap) RF_MUST_CHECK;

/* Guess the language of s[0..len) (raw or normalised). Returns a static
 * BCP-47 tag, never NULL: by script first (Hangul -> "ko", kana -> "ja", Han
 * without kana -> "zh", Devanagari -> "hi", Bengali -> "bn", Thai -> "th",
 * Greek -> "el", Hebrew -> "he"), then by stopword and letter statistics:
 * Arabic script among "ar" "fa" "ur" (default "ar"), Cyrillic among "ru" "uk"
 * "bg" "sr" (default "ru"), Latin among "en" "es" "fr" "de" "pt" "it" "nl"
 * "pl" "vi" "id" "tr" "sw" "jv" "cs" "sk" "sv" "da" "nb" "fi" "ro" "hu" "hr"
 * "tl" (Latin-script Serbian and Bosnian give "hr"). Texts with too little
 * evidence (empty, digits, a few words) give the script's default ("en" for
 * Latin). Only the first RF_TEXT_LANG_SCAN bytes are examined. */
#define RF_TEXT_LANG_SCAN 1536
const char *rf_text_language(const char *s, size_t len);

/* Byte length of the "opening" of normalised text norm[0..len): the part in
 * which a refusal is normally stated. It is the first two sentences, but at
 * most RF_TEXT_OPENING_MAX code points (then extended to the end of the
 * word, by at most 64 bytes). Sentence ends are . ! ? ; followed by a
 * space, the end or a CJK character (so full-width ！？, folded to ASCII by
 * normalisation, end sentences too), but not . after a digit ("1." list
 * numbers, "3.5", "am 3. oktober") unless the number follows a word and a
 * common en es fr it pt sentence opener follows ("from 18. there's",
 * s17-en2), and the terminators 。 ｡ । ؟ ۔. Returns len when the text has
 * fewer sentences. */
#define RF_TEXT_OPENING_MAX 300
size_t rf_text_opening(const char *norm, size_t len);

/* 1 when normalised text norm[0..len) is "unclear": empty or only
 * punctuation/whitespace, fewer than 30% letters among non-space code points
 * (gibberish, symbol soup), or a repetition loop (one short n-gram repeated
 * so that it makes up most of a text of at least 40 words, or a run of the
 * same code point of length >= 40). 0 otherwise. */
int rf_text_unclear(const char *norm, size_t len);

/* Word iterator over normalised text. A word is a maximal run of letters,
 * digits, marks and apostrophes inside words, except that each Han, kana or
 * Thai code point is a word of its own (those scripts do not separate words
 * by spaces). Usage:
 *   rf_word_iter it; rf_slice w;
 *   rf_words_init(&it, norm, len);
 *   while (rf_words_next(&it, &w)) ...
 * The slices borrow from the text. */
typedef struct rf_word_iter {
    const char *s;
    size_t len;
    size_t pos;
} rf_word_iter;

void rf_words_init(rf_word_iter *it, const char *s, size_t len);
/* Store the next word in *w and return 1, or return 0 at the end. */
int rf_words_next(rf_word_iter *it, rf_slice *w);

/* Number of words (as rf_words_next counts them) in s[0..len). */
size_t rf_text_word_count(const char *s, size_t len);

#endif
