/*
 * fuzz_fakeserver_reply.c - libFuzzer target for the fake server's request
 * handling: HTTP parse, JSON body, prompt extraction, markers and every reply
 * builder (tests/fakeserver/http_parse.c and reply.c are compiled in, since
 * fuzz targets link only with the library).
 *
 * Input: a raw HTTP request. Checks: no crash, the reply starts with a status
 * line, and stream cut offsets are ascending and inside the reply.
 * Per-prompt counters persist across inputs (as in the server) and are reset
 * every 1000 distinct prompts.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../fakeserver/http_parse.c"
#include "../fakeserver/reply.c"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static fs_state st;
    static int init;
    char *buf = malloc(size ? size : 1);
    http_request req;
    fs_reply rep;
    hp_result r;
    size_t i;
    if (!buf)
        return 0;
    if (!init) {
        fs_state_init(&st);
        init = 1;
    }
    if (size)
        memcpy(buf, data, size);
    memset(&rep, 0, sizeof rep);
    rf_buf_init(&rep.out, FS_MAX_REPLY);
    r = http_parse_request(buf, size, &req);
    if (r == HP_OK)
        fs_reply_build(&st, &req, &rep);
    else if (r != HP_PARTIAL)
        fs_reply_reject(&st, r, req.error, &rep);
    if (r != HP_PARTIAL && !rep.hang) {
        if (rep.out.len < 12 || memcmp(rf_buf_ptr(&rep.out), "HTTP/1.1 ", 9) != 0)
            abort();
        for (i = 0; i < rep.n_cuts; i++)
            if (rep.cuts[i] == 0 || rep.cuts[i] >= rep.out.len ||
                (i > 0 && rep.cuts[i] <= rep.cuts[i - 1]))
                abort();
    }
    rf_buf_free(&rep.out);
    if (st.n_counters > 1000) { /* keep the fuzzer's memory flat */
        fs_state_free(&st);
        fs_state_init(&st);
    }
    free(buf);
    return 0;
}
