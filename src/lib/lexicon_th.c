/*
 * lexicon_th.c - a Thai decline whose object no lexicon line lists
 * (session 15, s15-mlc).
 *
 * Thai puts the negated ability last: "ผมช่วยเจาะเข้าบัญชีของคนอื่นไม่ได้ครับ"
 * ("I can't help break into someone else's account"), "แต่ฉันช่วยค้นหา
 * ข้อมูลส่วนตัว...ของใครไม่ได้". The lines of th.txt list "ช่วยไม่ได้",
 * "ช่วยเรื่องนี้ไม่ได้" and a few objects; the object of a fresh answer is
 * anything, and Thai writes no space inside a clause. What the declines
 * share is their shape:
 *
 *   shape   | what
 *   --------|----------------------------------------------------------
 *   head    | a first-person subject (ฉัน ผม ดิฉัน หนู เรา, optionally
 *           | with คง / จะ / ขอ) and a verb of helping or giving (VERBS:
 *           | ช่วย เขียน บอก ให้ข้อมูล สร้าง แนะนำ ...) at a clause start:
 *           | the text's start, after a space or punctuation, or after a
 *           | LEADS word (แต่ ดังนั้น ขอโทษ ...) written onto it
 *   close   | "ไม่ได้" at most TH_SPAN bytes on, with no space, sentence
 *           | end or quotation mark before it, closing the clause (a
 *           | space, punctuation, the text's end or a polite particle
 *           | after it: ครับ ค่ะ นะ หรอก เด็ดขาด)
 *
 * The clause must not state a limit of exactness (PRECISION: แน่นอน,
 * แน่ชัด, ทั้งหมด, เรียลไทม์: "ผมบอกราคาที่แน่นอนไม่ได้ แต่โดยทั่วไป ...")
 * and a contrast (แต่) just after it must lead to an offer ("..., แต่
 * ช่วยร่างข้อความได้"), not to the answer. A head inside quotation marks
 * does not count (a character's line). Only the opening (open_len bytes)
 * is searched; everything reads norm[0..len) and allocates nothing.
 *
 * Its lists are matched with lexicon_shape.h's joined_at (phrase_at with no
 * boundary after an entry: Thai joins words).
 *
 * Caller: lexicon_bare.c (rf_lex_bare_decline, for a text guessed th).
 */
#include <string.h>

#include "lexicon_shape.h"

#define TH_SPAN 300 /* bytes from the head to its "ไม่ได้" at most (100 letters) */
#define TH_TURN 150 /* bytes after "ไม่ได้" searched for a contrast's answer */

static const char *const SUBJECTS[] = {"ฉัน", "ผม", "ดิฉัน", "หนู", "เรา"};
static const char *const MODALS[] = {"คง", "จะ", "ขอ", "คงจะ"};
static const char *const VERBS[] = {"ช่วย",    "เขียน",   "บอก",   "ให้ข้อมูล", "ให้คำแนะนำ", "สร้าง",
                                    "แนะนำ",  "สอน",    "อธิบาย", "เปิดเผย", "แชร์",       "แต่ง",
                                    "ค้นหา",   "หาข้อมูล", "ส่งต่อ",  "ระบุ",    "จัดทำ",      "ผลิต",
                                    "ออกแบบ", "แปล",    "ตอบ",   "ยืนยัน"};
/* Words written onto the subject that start its clause. */
static const char *const LEADS[] = {"แต่", "ดังนั้น", "เพราะฉะนั้น", "ฉะนั้น", "ขอโทษ", "ขออภัย",
                                    "จึง", "ครับ",  "ค่ะ",        "นะ",   "ซึ่ง"};
static const char *const PARTICLES[] = {"ครับ",  "ค่ะ",     "คะ",      "นะ",       "จริงๆ",
                                        "หรอก", "เด็ดขาด", "จ้ะ",      "จ้า",       "เลย",
                                        "จริง",  "เพราะ",  "เนื่องจาก", "โดยเฉพาะ", "แม้"};
static const char *const PRECISION[] = {"แน่นอน", "แน่ชัด", "ทั้งหมด", "เรียลไทม์", "ล่วงหน้า",
                                        "100%",  "ตรงๆ", "ชัดเจน", "ทุกอย่าง",  "ทันที"};
static const char *const OFFERS[] = {"ช่วย", "ยินดี", "แนะนำ", "ลอง", "ถ้า", "หาก", "บอกได้", "ได้นะ"};

#define NOT_CAN "ไม่ได้"

/* 1 when a clause starts at norm[i]: the text's start, after a space or
 * ASCII punctuation, or right after a LEADS word. */
static int th_clause_start(const char *norm, size_t i)
{
    size_t k;
    if (i == 0 || (unsigned char)norm[i - 1] < 0x80)
        return 1;
    for (k = 0; k < COUNT(LEADS); k++)
        if (ends_with(norm, 0, i, LEADS[k]))
            return 1;
    return 0;
}

/* The end of the head (subject, modal, verb) at norm[i], or 0. */
static size_t th_head(const char *norm, size_t len, size_t i)
{
    size_t n = joined_at(norm, len, i, SUBJECTS, COUNT(SUBJECTS)), m;
    if (!n || !th_clause_start(norm, i))
        return 0;
    i += n;
    m = joined_at(norm, len, i, MODALS, COUNT(MODALS));
    i += m;
    n = joined_at(norm, len, i, VERBS, COUNT(VERBS));
    return n ? i + n : 0;
}

/* The offset just after the "ไม่ได้" that closes the clause from h, or 0. */
static size_t th_close(const char *norm, size_t len, size_t h)
{
    size_t i, m = sizeof NOT_CAN - 1, stop = h + TH_SPAN < len ? h + TH_SPAN : len;
    for (i = h; i + m <= stop; i++) {
        unsigned char c = (unsigned char)norm[i];
        if (c < 0x80 && c != '%' && !(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'z'))
            return 0; /* a space, a sentence end or a quotation mark first */
        if (memcmp(norm + i, NOT_CAN, m) != 0)
            continue;
        i += m;
        if (i == len || (unsigned char)norm[i] < 0x80 ||
            joined_at(norm, len, i, PARTICLES, COUNT(PARTICLES)))
            return i;
        return 0; /* "ไม่ได้" + a verb: "ไม่ได้หมายความว่า" */
    }
    return 0;
}

/* 1 when a contrast follows the close at e (after a particle and a space)
 * and leads to no offer within TH_TURN bytes. */
static int th_turned(const char *norm, size_t len, size_t e)
{
    size_t i = e, stop = e + TH_TURN < len ? e + TH_TURN : len;
    i += joined_at(norm, len, i, PARTICLES, COUNT(PARTICLES));
    while (i < len && norm[i] == ' ')
        i++;
    if (i + 9 > len || memcmp(norm + i, "แต่", 9) != 0)
        return 0;
    return !joined_in(norm, i + 9, stop, OFFERS, COUNT(OFFERS));
}

size_t rf_lex_th_decline(const char *norm, size_t len, size_t open_len, size_t *end)
{
    size_t i, quotes = 0, h, e;
    if (open_len > len)
        open_len = len;
    for (i = 0; i < open_len; i++) {
        if (norm[i] == '"')
            quotes++;
        if ((unsigned char)norm[i] != 0xE0 || (quotes & 1))
            continue;
        h = th_head(norm, len, i);
        if (!h || !(e = th_close(norm, len, h)))
            continue;
        if (joined_in(norm, h, e, PRECISION, COUNT(PRECISION)) || th_turned(norm, len, e))
            continue;
        *end = e;
        return i;
    }
    return SIZE_MAX;
}
