/*
 * lexicon_sort.c - sorting the fragment texts of a lexicon before its trie
 * is built (rf_lex_sort, lexicon_int.h; caller: lexicon.c build_trie).
 *
 * Multikey quicksort (three-way radix quicksort): items are partitioned by
 * the byte at depth d into less, equal and greater parts; the equal part
 * goes on at depth d + 1, so the bytes of a shared prefix are compared
 * once per level rather than once per comparison as with qsort and memcmp.
 * The order is bytewise (unsigned), a proper prefix first, as memcmp and
 * then length would give; items with equal texts end in any order (the
 * trie does not depend on it).
 *
 * Recursion: the equal part (one level deeper, at most RF_LEX_MAX_PHRASE
 * levels plus markers) and the smaller of the other two parts; the larger
 * one loops. No allocation.
 *
 * rf_lex_sort_all, the entry point for a whole lexicon, first splits the
 * items by their first two bytes with one counting sort (a pass to count,
 * one to place), which does at once what the first levels of partitioning
 * would do in many passes over all the items, then sorts each part from
 * depth 2.
 */
#include <string.h>

#include "refusal/common.h"

#include "lexicon_int.h"

#define SMALL_SORT 12 /* parts this small are insertion-sorted */

/* Byte d of x's text, or -1 past its end (a prefix sorts first). */
static inline int byte_at(const lex_sort_item *x, size_t d)
{
    return d < x->len ? (unsigned char)x->p[d] : -1;
}

static inline void swap_items(lex_sort_item *a, lex_sort_item *b)
{
    lex_sort_item t = *a;
    *a = *b;
    *b = t;
}

/* x < y by the bytes from depth d on (the first d are equal). */
static int less_from(const lex_sort_item *x, const lex_sort_item *y, size_t d)
{
    size_t n = x->len < y->len ? x->len : y->len;
    int c = n > d ? memcmp(x->p + d, y->p + d, n - d) : 0;
    return c < 0 || (c == 0 && x->len < y->len);
}

static void insertion_sort(lex_sort_item *a, size_t n, size_t d)
{
    size_t i, j;
    for (i = 1; i < n; i++) {
        lex_sort_item t = a[i];
        for (j = i; j > 0 && less_from(&t, &a[j - 1], d); j--)
            a[j] = a[j - 1];
        a[j] = t;
    }
}

/* Median of the bytes at depth d of the first, middle and last items. */
static int pivot_byte(const lex_sort_item *a, size_t n, size_t d)
{
    int x = byte_at(&a[0], d), y = byte_at(&a[n / 2], d), z = byte_at(&a[n - 1], d);
    if (x > y) {
        int t = x;
        x = y;
        y = t;
    }
    return z <= x ? x : z >= y ? y : z;
}

void rf_lex_sort(lex_sort_item *a, size_t n, size_t d)
{
    while (n > SMALL_SORT) {
        int v = pivot_byte(a, n, d);
        size_t lt = 0, i = 0, gt = n;
        while (i < gt) { /* a[0..lt) < v, a[lt..i) == v, a[gt..n) > v */
            int c = byte_at(&a[i], d);
            if (c < v)
                swap_items(&a[lt++], &a[i++]);
            else if (c > v)
                swap_items(&a[i], &a[--gt]);
            else
                i++;
        }
        if (v >= 0) /* equal texts (v == -1) need no more sorting */
            rf_lex_sort(a + lt, gt - lt, d + 1);
        if (lt < n - gt) {
            rf_lex_sort(a, lt, d);
            a += gt;
            n -= gt;
        } else {
            rf_lex_sort(a + gt, n - gt, d);
            n = lt;
        }
    }
    insertion_sort(a, n, d);
}

#define KEY2_COUNT (257 * 257) /* two bytes, each -1 (past the end) .. 255 */

/* The counting sort key of x: its first two bytes, -1 past its end. */
static inline size_t key2(const lex_sort_item *x)
{
    return (size_t)(byte_at(x, 0) + 1) * 257 + (size_t)(byte_at(x, 1) + 1);
}

rf_status rf_lex_sort_all(lex_sort_item *a, size_t n)
{
    uint32_t *start = rf_calloc(KEY2_COUNT + 1, sizeof *start);
    lex_sort_item *tmp = rf_malloc((n ? n : 1) * sizeof *tmp);
    size_t i, k;
    if (!start || !tmp) {
        rf_free(start);
        rf_free(tmp);
        return RF_ENOMEM;
    }
    for (i = 0; i < n; i++)
        start[key2(&a[i]) + 1]++;
    for (k = 1; k <= KEY2_COUNT; k++)
        start[k] += start[k - 1];
    for (i = 0; i < n; i++)
        tmp[start[key2(&a[i])]++] = a[i];
    memcpy(a, tmp, n * sizeof *a);
    /* start[k] is now the end of part k (the start of part k + 1) */
    for (k = 0, i = 0; k < KEY2_COUNT; i = start[k++])
        if (k % 257 != 0 && start[k] - i > 1) /* a second byte: not all equal */
            rf_lex_sort(a + i, start[k] - i, 2);
    rf_free(start);
    rf_free(tmp);
    return RF_OK;
}
