/*
 * fakeserver.h - internals shared by the fake server's event loop
 * (fakeserver.c) and its response builder (reply.c).
 *
 * The event loop owns sockets, timers and connection state; the builder turns
 * one parsed request into an fs_reply: the exact bytes to send, where to split
 * them into separate writes, how long to wait first, and whether to close.
 */
#ifndef RF_FAKESERVER_H
#define RF_FAKESERVER_H

#include <stdio.h>
#include <stdint.h>

#include "refusal/buf.h"
#include "http_parse.h"

#define FS_MAX_REPLY (64u * 1024u * 1024u) /* bytes of one response */
#define FS_MAX_CUTS 64                     /* separate writes of one response */
#define FS_PIECE_DELAY_MS 1                /* pause between the writes of a stream */
#define FS_MAX_LONG (8u * 1024u * 1024u)   /* largest [[long:N]] */
#define FS_MAX_SLOW_MS 600000              /* largest [[slow:MS]] */
#define FS_MAX_COUNTERS 100000             /* distinct [[429:N]]/[[500:N]] prompts */

/* One response, built by fs_reply_build and consumed by the event loop. */
typedef struct fs_reply {
    rf_buf out;               /* status line, headers and body */
    size_t cuts[FS_MAX_CUTS]; /* ascending offsets in (0, out.len) where a new write starts */
    size_t n_cuts;
    long delay_ms;   /* wait before the first byte */
    int close_after; /* close the connection once sent */
    int hang;        /* never answer */
    int status;      /* HTTP status, for logging */
} fs_reply;

typedef struct fs_counter fs_counter;

/* State the builder keeps across requests (owned by the server). */
typedef struct fs_state {
    FILE *record;         /* --record sink or NULL */
    int verbose;          /* log each request to stderr */
    uint64_t n_requests;  /* requests answered so far */
    uint64_t next_id;     /* for response ids */
    fs_counter *counters; /* open-addressing table of per-prompt counters */
    size_t n_counters, cap_counters;
    rf_buf scratch; /* reused response-body buffer */
} fs_state;

/* Initialise / release builder state. */
void fs_state_init(fs_state *st);
void fs_state_free(fs_state *st);

/* Build the reply to a complete request (HP_OK). rep->out must be an
 * initialised (possibly non-empty: it is reset) buffer; the other fields are
 * overwritten. Never fails: on internal errors it builds a 500. */
void fs_reply_build(fs_state *st, const http_request *req, fs_reply *rep);

/* Build the reply to a request the parser rejected (HP_EBAD -> 400,
 * HP_ETOOLARGE -> 413); always closes. */
void fs_reply_reject(fs_state *st, hp_result why, const char *reason, fs_reply *rep);

#endif
