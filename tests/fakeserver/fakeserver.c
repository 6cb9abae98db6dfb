/*
 * fakeserver.c - loopback OpenAI/Anthropic-compatible HTTP/1.1 server for
 * tests and benchmarks: option parsing and the event loop.
 *
 * usage: fakeserver [--port N] [--port-file FILE] [--latency-ms N]
 *                   [--jitter-ms N] [--record FILE] [--max-requests N]
 *                   [--quiet] [--verbose]
 *
 * Design: one thread, one epoll set, nonblocking sockets bound to 127.0.0.1
 * only. Connections live in a table indexed by fd. Each connection answers one
 * request at a time (pipelined requests wait in its input buffer), so
 * responses stay in order. Delays (--latency-ms, --jitter-ms, [[slow:MS]],
 * the pauses between the writes of a stream) are timers in a binary min-heap
 * driving epoll_wait's timeout; nothing sleeps. A timer names its connection
 * by (fd, generation), so a timer outliving its connection is ignored.
 *
 * Connection states:
 *   | state       | meaning                                                  |
 *   |-------------|----------------------------------------------------------|
 *   | idle        | reading; every complete request is answered at once      |
 *   | busy        | a reply is pending (delay timer, paced writes, EPOLLOUT) |
 *   | busy + hang | [[hang]]: input is read and dropped, nothing is sent     |
 *   | lingering   | rejected request sent, write side shut, input drained    |
 *
 * SIGTERM/SIGINT arrive through a signalfd and end the loop cleanly;
 * --max-requests N stops taking requests after N and exits once the replies
 * are sent (or after FS_DRAIN_MS). The chosen port is written to --port-file
 * through a temporary file and rename(), and printed as
 * "listening 127.0.0.1:PORT".
 */
#define _GNU_SOURCE /* accept4 */
#include <arpa/inet.h>
#include <errno.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/signalfd.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include "fakeserver.h"

#define FS_MAX_CONNS 4096
#define FS_IN_MAX (HP_MAX_HEADER_BYTES + HP_MAX_BODY)
#define FS_READ_CHUNK 65536
#define FS_IN_KEEP 16384 /* input buffers larger than this shrink when empty */
#define FS_LINGER_MS 1000
#define FS_DRAIN_MS 2000
#define FS_MAX_EVENTS 256

typedef struct conn {
    int fd;
    unsigned gen;
    char *in;
    size_t in_len, in_cap;
    fs_reply rep;
    size_t off;      /* bytes of rep.out sent */
    size_t avail;    /* bytes of rep.out that may be sent now */
    size_t next_cut; /* index into rep.cuts */
    int busy, lingering, sent_continue;
    int peer_eof;    /* client shut its write side: answer what is buffered, then close */
    uint32_t events; /* current epoll interest */
} conn;

typedef struct timer {
    uint64_t at; /* CLOCK_MONOTONIC ns */
    int fd;
    unsigned gen;
} timer;

typedef struct server {
    int lfd, sfd, ep;
    conn **conns; /* indexed by fd */
    size_t cap_conns, n_conns;
    uint64_t n_accepted;
    timer *heap;
    size_t n_heap, cap_heap;
    unsigned next_gen;
    uint64_t now;
    long latency_ms, jitter_ms, max_requests;
    uint64_t rng;
    long n_busy;
    int stopping, quiet;
    uint64_t drain_deadline;
    fs_state st;
} server;

static uint64_t mono_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

/* ------------------------------------------------------------------ timers */

static void heap_swap(timer *h, size_t a, size_t b)
{
    timer t = h[a];
    h[a] = h[b];
    h[b] = t;
}

static int timer_add(server *s, const conn *c, uint64_t delay_ns)
{
    size_t i;
    if (s->n_heap == s->cap_heap) {
        size_t ncap = s->cap_heap ? s->cap_heap * 2 : 256;
        timer *nh = rf_realloc(s->heap, ncap * sizeof *nh);
        if (!nh)
            return -1;
        s->heap = nh;
        s->cap_heap = ncap;
    }
    i = s->n_heap++;
    s->heap[i].at = s->now + delay_ns;
    s->heap[i].fd = c->fd;
    s->heap[i].gen = c->gen;
    while (i > 0 && s->heap[(i - 1) / 2].at > s->heap[i].at) {
        heap_swap(s->heap, i, (i - 1) / 2);
        i = (i - 1) / 2;
    }
    return 0;
}

static timer timer_pop(server *s)
{
    timer top = s->heap[0];
    size_t i = 0;
    s->heap[0] = s->heap[--s->n_heap];
    for (;;) {
        size_t l = 2 * i + 1, r = l + 1, m = i;
        if (l < s->n_heap && s->heap[l].at < s->heap[m].at)
            m = l;
        if (r < s->n_heap && s->heap[r].at < s->heap[m].at)
            m = r;
        if (m == i)
            break;
        heap_swap(s->heap, i, m);
        i = m;
    }
    return top;
}

/* ------------------------------------------------------------- connections */

static void conn_close(server *s, conn *c)
{
    if (c->busy)
        s->n_busy--;
    epoll_ctl(s->ep, EPOLL_CTL_DEL, c->fd, NULL);
    close(c->fd);
    s->conns[c->fd] = NULL;
    s->n_conns--;
    rf_buf_free(&c->rep.out);
    rf_free(c->in);
    rf_free(c);
}

static void conn_watch(server *s, conn *c, uint32_t events)
{
    struct epoll_event ev;
    if (events == c->events)
        return;
    memset(&ev, 0, sizeof ev);
    ev.events = events;
    ev.data.fd = c->fd;
    epoll_ctl(s->ep, EPOLL_CTL_MOD, c->fd, &ev);
    c->events = events;
}

/* Reply fully sent (or given up): close, linger, or go back to idle. */
static int reply_done(server *s, conn *c)
{
    c->busy = 0;
    s->n_busy--;
    if (c->rep.close_after) {
        if (!c->lingering) {
            conn_close(s, c);
            return -1;
        }
        shutdown(c->fd, SHUT_WR);
        conn_watch(s, c, EPOLLIN);
        if (timer_add(s, c, FS_LINGER_MS * 1000000ull) != 0) {
            conn_close(s, c);
            return -1;
        }
        return 0;
    }
    rf_buf_reset(&c->rep.out);
    return 0;
}

/* Send what may be sent now. Returns -1 if the connection was closed. */
static int conn_flush(server *s, conn *c)
{
    while (c->off < c->avail) {
        ssize_t n = send(c->fd, c->rep.out.ptr + c->off, c->avail - c->off, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            conn_watch(s, c, EPOLLIN | EPOLLOUT);
            return 0;
        }
        if (n <= 0) {
            conn_close(s, c);
            return -1;
        }
        c->off += (size_t)n;
    }
    conn_watch(s, c, (c->in_len < FS_IN_MAX && !c->peer_eof) ? EPOLLIN : 0);
    if (c->off < c->rep.out.len) {
        if (timer_add(s, c, FS_PIECE_DELAY_MS * 1000000ull) != 0) {
            conn_close(s, c);
            return -1;
        }
        return 0;
    }
    return reply_done(s, c);
}

/* Allow the next piece of the reply and send it. */
static int conn_release(server *s, conn *c)
{
    c->avail = c->next_cut < c->rep.n_cuts ? c->rep.cuts[c->next_cut++] : c->rep.out.len;
    return conn_flush(s, c);
}

static long jitter(server *s)
{
    if (s->jitter_ms <= 0)
        return 0;
    s->rng ^= s->rng << 13;
    s->rng ^= s->rng >> 7;
    s->rng ^= s->rng << 17;
    return (long)(s->rng % (uint64_t)(s->jitter_ms + 1));
}

static int reply_start(server *s, conn *c)
{
    long delay;
    c->busy = 1;
    s->n_busy++;
    c->off = c->avail = c->next_cut = 0;
    if (c->rep.hang)
        return 0;
    delay = c->rep.delay_ms + s->latency_ms + jitter(s);
    if (delay > 0) {
        if (timer_add(s, c, (uint64_t)delay * 1000000ull) != 0) {
            conn_close(s, c);
            return -1;
        }
        return 0;
    }
    return conn_release(s, c);
}

static void consume(conn *c, size_t n)
{
    memmove(c->in, c->in + n, c->in_len - n);
    c->in_len -= n;
    if (c->in_len == 0 && c->in_cap > FS_IN_KEEP) {
        rf_free(c->in);
        c->in = NULL;
        c->in_cap = 0;
    }
}

/* Answer the complete requests in the input buffer while idle. */
static int conn_process(server *s, conn *c)
{
    while (!c->busy && !c->lingering && c->in_len > 0) {
        http_request req;
        hp_result r;
        if (s->stopping)
            return 0;
        r = http_parse_request(c->in, c->in_len, &req);
        if (r == HP_PARTIAL) {
            if (req.head_len && req.expect_continue && !c->sent_continue) {
                static const char cont[] = "HTTP/1.1 100 Continue\r\n\r\n";
                c->sent_continue = 1;
                if (send(c->fd, cont, sizeof cont - 1, MSG_NOSIGNAL) != (ssize_t)sizeof cont - 1) {
                    conn_close(s, c);
                    return -1;
                }
            }
            return 0;
        }
        if (r != HP_OK) {
            fs_reply_reject(&s->st, r, req.error, &c->rep);
            c->lingering = 1;
            c->in_len = 0;
            return reply_start(s, c);
        }
        fs_reply_build(&s->st, &req, &c->rep);
        c->sent_continue = 0;
        consume(c, req.total_len);
        if (s->max_requests > 0 && (long)s->st.n_requests >= s->max_requests && !s->stopping) {
            s->stopping = 1;
            s->drain_deadline = s->now + FS_DRAIN_MS * 1000000ull;
        }
        if (reply_start(s, c) != 0)
            return -1;
    }
    if (c->peer_eof && !c->busy && !c->lingering) {
        conn_close(s, c);
        return -1;
    }
    return 0;
}

/* Read what is available. Returns -1 if the connection was closed. */
static int conn_read(server *s, conn *c)
{
    for (;;) {
        ssize_t n;
        if (c->in_cap - c->in_len < FS_READ_CHUNK / 4 && c->in_cap < FS_IN_MAX) {
            size_t ncap = c->in_cap ? c->in_cap * 2 : 4096;
            char *ni;
            if (ncap > FS_IN_MAX)
                ncap = FS_IN_MAX;
            ni = rf_realloc(c->in, ncap);
            if (!ni) {
                conn_close(s, c);
                return -1;
            }
            c->in = ni;
            c->in_cap = ncap;
        }
        if (c->in_len == c->in_cap) { /* full: wait until the current reply is done */
            conn_watch(s, c, c->events & ~(uint32_t)EPOLLIN);
            return 0;
        }
        n = recv(c->fd, c->in + c->in_len, c->in_cap - c->in_len, 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return 0;
        if (n == 0 && !c->lingering && !c->rep.hang && (c->busy || c->in_len > 0)) {
            c->peer_eof = 1; /* half-close: still answer what was sent */
            conn_watch(s, c, c->events & ~(uint32_t)EPOLLIN);
            return 0;
        }
        if (n <= 0) {
            conn_close(s, c);
            return -1;
        }
        if (c->lingering || c->rep.hang)
            continue; /* drop */
        c->in_len += (size_t)n;
        if ((size_t)n < c->in_cap - c->in_len + (size_t)n)
            return 0; /* short read: socket drained */
    }
}

static void do_accept(server *s)
{
    for (;;) {
        int fd = accept4(s->lfd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC), one = 1;
        struct epoll_event ev;
        conn *c;
        if (fd < 0) {
            if (errno == EINTR || errno == ECONNABORTED)
                continue;
            return; /* EAGAIN, or EMFILE and friends: try again later */
        }
        if ((size_t)fd >= s->cap_conns) {
            size_t ncap = s->cap_conns * 2, i;
            conn **nc;
            while (ncap <= (size_t)fd)
                ncap *= 2;
            nc = rf_realloc(s->conns, ncap * sizeof *nc);
            if (!nc) {
                close(fd);
                continue;
            }
            for (i = s->cap_conns; i < ncap; i++)
                nc[i] = NULL;
            s->conns = nc;
            s->cap_conns = ncap;
        }
        c = s->n_conns < FS_MAX_CONNS ? rf_calloc(1, sizeof *c) : NULL;
        if (!c) {
            close(fd);
            continue;
        }
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        c->fd = fd;
        c->gen = ++s->next_gen;
        c->events = EPOLLIN;
        rf_buf_init(&c->rep.out, FS_MAX_REPLY);
        memset(&ev, 0, sizeof ev);
        ev.events = EPOLLIN;
        ev.data.fd = fd;
        if (epoll_ctl(s->ep, EPOLL_CTL_ADD, fd, &ev) != 0) {
            close(fd);
            rf_free(c);
            continue;
        }
        s->conns[fd] = c;
        s->n_conns++;
        s->n_accepted++;
    }
}

static void on_timer(server *s, timer t)
{
    conn *c = (t.fd >= 0 && (size_t)t.fd < s->cap_conns) ? s->conns[t.fd] : NULL;
    if (!c || c->gen != t.gen)
        return;
    if (c->lingering && !c->busy) {
        conn_close(s, c);
        return;
    }
    if (c->busy && c->off == c->avail && conn_release(s, c) == 0 && !c->busy)
        conn_process(s, c);
}

static void on_event(server *s, int fd, uint32_t events)
{
    conn *c = (size_t)fd < s->cap_conns ? s->conns[fd] : NULL;
    if (!c)
        return;
    if ((events & EPOLLERR) || ((events & EPOLLHUP) && !(events & EPOLLIN))) {
        conn_close(s, c);
        return;
    }
    if (events & EPOLLOUT) {
        if (conn_flush(s, c) != 0)
            return;
    }
    if (events & (EPOLLIN | EPOLLHUP | EPOLLERR)) {
        if (conn_read(s, c) != 0)
            return;
    }
    if (!c->busy)
        conn_process(s, c);
}

/* ------------------------------------------------------------------- setup */

static int listen_on(server *s, int port, int *bound)
{
    struct sockaddr_in a;
    socklen_t alen = sizeof a;
    int one = 1;
    s->lfd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (s->lfd < 0)
        return -1;
    setsockopt(s->lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    memset(&a, 0, sizeof a);
    a.sin_family = AF_INET;
    a.sin_port = htons((uint16_t)port);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (bind(s->lfd, (struct sockaddr *)&a, sizeof a) != 0 || listen(s->lfd, 4096) != 0 ||
        getsockname(s->lfd, (struct sockaddr *)&a, &alen) != 0)
        return -1;
    *bound = ntohs(a.sin_port);
    return 0;
}

static int write_port_file(const char *path, int port)
{
    char tmp[4096];
    FILE *f;
    int n = snprintf(tmp, sizeof tmp, "%s.tmp.%ld", path, (long)getpid());
    if (n < 0 || (size_t)n >= sizeof tmp || !(f = fopen(tmp, "w")))
        return -1;
    fprintf(f, "%d\n", port);
    if (fclose(f) != 0 || rename(tmp, path) != 0) {
        unlink(tmp);
        return -1;
    }
    return 0;
}

static int setup(server *s, int port, const char *port_file)
{
    sigset_t mask;
    struct epoll_event ev;
    int bound = 0;
    sigemptyset(&mask);
    sigaddset(&mask, SIGTERM);
    sigaddset(&mask, SIGINT);
    signal(SIGPIPE, SIG_IGN);
    if (sigprocmask(SIG_BLOCK, &mask, NULL) != 0 ||
        (s->sfd = signalfd(-1, &mask, SFD_NONBLOCK | SFD_CLOEXEC)) < 0 ||
        (s->ep = epoll_create1(EPOLL_CLOEXEC)) < 0) {
        perror("fakeserver: setup");
        return -1;
    }
    if (listen_on(s, port, &bound) != 0) {
        fprintf(stderr, "fakeserver: cannot listen on 127.0.0.1:%d: %s\n", port, strerror(errno));
        return -1;
    }
    memset(&ev, 0, sizeof ev);
    ev.events = EPOLLIN;
    ev.data.fd = s->lfd;
    epoll_ctl(s->ep, EPOLL_CTL_ADD, s->lfd, &ev);
    ev.data.fd = s->sfd;
    epoll_ctl(s->ep, EPOLL_CTL_ADD, s->sfd, &ev);
    s->cap_conns = 1024;
    s->conns = rf_calloc(s->cap_conns, sizeof *s->conns);
    if (!s->conns)
        return -1;
    if (port_file && write_port_file(port_file, bound) != 0) {
        fprintf(stderr, "fakeserver: cannot write %s: %s\n", port_file, strerror(errno));
        return -1;
    }
    printf("listening 127.0.0.1:%d\n", bound);
    fflush(stdout);
    return 0;
}

static int next_timeout_ms(const server *s)
{
    uint64_t d;
    if (s->n_heap == 0)
        return s->stopping ? 50 : -1;
    if (s->heap[0].at <= s->now)
        return 0;
    d = (s->heap[0].at - s->now + 999999) / 1000000;
    return d > 60000 ? 60000 : (int)d;
}

static void run(server *s)
{
    struct epoll_event evs[FS_MAX_EVENTS];
    for (;;) {
        int n, i;
        s->now = mono_ns();
        while (s->n_heap > 0 && s->heap[0].at <= s->now)
            on_timer(s, timer_pop(s));
        if (s->stopping && (s->n_busy == 0 || s->now >= s->drain_deadline))
            return;
        n = epoll_wait(s->ep, evs, FS_MAX_EVENTS, next_timeout_ms(s));
        if (n < 0 && errno != EINTR) {
            perror("fakeserver: epoll_wait");
            return;
        }
        s->now = mono_ns();
        for (i = 0; i < n; i++) {
            int fd = evs[i].data.fd;
            if (fd == s->sfd)
                return;
            if (fd == s->lfd)
                do_accept(s);
            else
                on_event(s, fd, evs[i].events);
        }
    }
}

static void teardown(server *s)
{
    size_t i;
    for (i = 0; s->conns && i < s->cap_conns; i++)
        if (s->conns[i])
            conn_close(s, s->conns[i]);
    rf_free(s->conns);
    rf_free(s->heap);
    if (s->lfd >= 0)
        close(s->lfd);
    if (s->sfd >= 0)
        close(s->sfd);
    if (s->ep >= 0)
        close(s->ep);
    if (s->st.record)
        fclose(s->st.record);
    fs_state_free(&s->st);
}

/* ----------------------------------------------------------------- options */

static void usage(FILE *f)
{
    fputs("usage: fakeserver [--port N] [--port-file FILE] [--latency-ms N] [--jitter-ms N]\n"
          "                  [--record FILE] [--max-requests N] [--quiet] [--verbose]\n"
          "Loopback OpenAI/Anthropic-compatible test server on 127.0.0.1.\n",
          f);
}

static int num_arg(const char *opt, const char *v, long max, long *out)
{
    char *end;
    long n;
    errno = 0;
    n = v ? strtol(v, &end, 10) : -1;
    if (!v || errno || *end || end == v || n < 0 || n > max) {
        fprintf(stderr, "fakeserver: %s needs a number in 0..%ld\n", opt, max);
        return -1;
    }
    *out = n;
    return 0;
}

int main(int argc, char **argv)
{
    server s;
    long port = 0;
    const char *port_file = NULL, *record = NULL;
    int i, rc = 1;
    memset(&s, 0, sizeof s);
    s.lfd = s.sfd = s.ep = -1;
    s.rng = 0x9E3779B97F4A7C15ull;
    fs_state_init(&s.st);
    for (i = 1; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        int bad = 0;
        if (strcmp(a, "--port") == 0)
            bad = num_arg(a, v, 65535, &port), i++;
        else if (strcmp(a, "--port-file") == 0 && v)
            port_file = v, i++;
        else if (strcmp(a, "--latency-ms") == 0)
            bad = num_arg(a, v, 3600000, &s.latency_ms), i++;
        else if (strcmp(a, "--jitter-ms") == 0)
            bad = num_arg(a, v, 3600000, &s.jitter_ms), i++;
        else if (strcmp(a, "--record") == 0 && v)
            record = v, i++;
        else if (strcmp(a, "--max-requests") == 0)
            bad = num_arg(a, v, 1000000000, &s.max_requests), i++;
        else if (strcmp(a, "--quiet") == 0)
            s.quiet = 1;
        else if (strcmp(a, "--verbose") == 0)
            s.st.verbose = 1;
        else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            usage(stdout);
            return 0;
        } else {
            fprintf(stderr, "fakeserver: bad option '%s'\n", a);
            usage(stderr);
            return 2;
        }
        if (bad)
            return 2;
    }
    if (record && !(s.st.record = fopen(record, "a"))) {
        fprintf(stderr, "fakeserver: cannot open %s: %s\n", record, strerror(errno));
        return 1;
    }
    if (setup(&s, (int)port, port_file) == 0) {
        run(&s);
        rc = 0;
        if (!s.quiet)
            fprintf(stderr, "fakeserver: %llu requests, %llu connections, exiting\n",
                    (unsigned long long)s.st.n_requests, (unsigned long long)s.n_accepted);
    }
    teardown(&s);
    return rc;
}
