/*
 * replay.c - runs a libFuzzer target over every file of its corpus folder
 * without libFuzzer, so that the corpus (including committed crashers) is
 * replayed by every build and under the sanitizers.
 * usage: fuzz_X_replay DIR|FILE...
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int run_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    uint8_t *buf;
    long n;
    if (!f) {
        perror(path);
        return 1;
    }
    fseek(f, 0, SEEK_END);
    n = ftell(f);
    fseek(f, 0, SEEK_SET);
    buf = malloc(n > 0 ? (size_t)n : 1);
    if (!buf || (n > 0 && fread(buf, 1, (size_t)n, f) != (size_t)n)) {
        fprintf(stderr, "%s: read failed\n", path);
        fclose(f);
        free(buf);
        return 1;
    }
    fclose(f);
    LLVMFuzzerTestOneInput(buf, (size_t)n);
    free(buf);
    return 0;
}

int main(int argc, char **argv)
{
    int i, files = 0, bad = 0;
    for (i = 1; i < argc; i++) {
        struct stat stt;
        DIR *d;
        struct dirent *e;
        if (stat(argv[i], &stt) != 0) {
            fprintf(stderr, "%s: no such corpus\n", argv[i]);
            return 1;
        }
        if (!S_ISDIR(stt.st_mode)) {
            bad |= run_file(argv[i]);
            files++;
            continue;
        }
        d = opendir(argv[i]);
        if (!d)
            return 1;
        while ((e = readdir(d)) != NULL) {
            char path[4096];
            if (e->d_name[0] == '.')
                continue;
            snprintf(path, sizeof path, "%s/%s", argv[i], e->d_name);
            bad |= run_file(path);
            files++;
        }
        closedir(d);
    }
    printf("%d passed, %d failed\n", bad ? 0 : files, bad);
    return bad;
}
