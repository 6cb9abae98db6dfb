/*
 * target_conv.c - turns a suite item into one normalised conversation that
 * the per-API mappers translate (see target_int.h for the shape).
 *
 * Accepted suite content parts (input):
 *   "a string"                                   one text part
 *   {"type":"text","text":S}
 *   {"type":"image"|"image_url"|"input_image", one of
 *        "image":R, "url":R, "path":R, "image_url":R or {"url":R}}
 * where R is an http(s) URL, a data: URL, or a local file path (read and
 * base64-encoded here, at most RF_TARGET_MAX_IMAGE bytes). item->images (a
 * JSON array of R) is appended to the last user turn.
 *
 * Callers: target_openai.c, target_anthropic.c.
 */
#include "target_int.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char b64chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static rf_status base64_add(rf_buf *out, const unsigned char *p, size_t n)
{
    size_t i;
    char q[4];
    rf_status st = RF_OK;
    for (i = 0; i + 2 < n && st == RF_OK; i += 3) {
        q[0] = b64chars[p[i] >> 2];
        q[1] = b64chars[((p[i] & 3) << 4) | (p[i + 1] >> 4)];
        q[2] = b64chars[((p[i + 1] & 15) << 2) | (p[i + 2] >> 6)];
        q[3] = b64chars[p[i + 2] & 63];
        st = rf_buf_add(out, q, 4);
    }
    if (st == RF_OK && i < n) {
        q[0] = b64chars[p[i] >> 2];
        if (i + 1 < n) {
            q[1] = b64chars[((p[i] & 3) << 4) | (p[i + 1] >> 4)];
            q[2] = b64chars[(p[i + 1] & 15) << 2];
        } else {
            q[1] = b64chars[(p[i] & 3) << 4];
            q[2] = '=';
        }
        q[3] = '=';
        st = rf_buf_add(out, q, 4);
    }
    return st;
}

static const char *mime_of(const char *path)
{
    const char *dot = strrchr(path, '.');
    if (!dot)
        return "image/png";
    if (!strcmp(dot, ".jpg") || !strcmp(dot, ".jpeg") || !strcmp(dot, ".JPG"))
        return "image/jpeg";
    if (!strcmp(dot, ".gif"))
        return "image/gif";
    if (!strcmp(dot, ".webp"))
        return "image/webp";
    return "image/png";
}

/* A normalised image part from reference r. */
static rf_status image_part(const char *r, json_t **out, char *err)
{
    FILE *f = NULL;
    unsigned char *data = NULL;
    long n;
    rf_buf b;
    rf_status st = RF_EINVAL;
    *out = NULL;
    rf_buf_init(&b, RF_TARGET_MAX_IMAGE / 3 * 4 + 16);
    if (!strncmp(r, "http://", 7) || !strncmp(r, "https://", 8) || !strncmp(r, "data:", 5)) {
        *out = json_pack("{s:s,s:s}", "type", "image", "url", r);
        return *out ? RF_OK : RF_ENOMEM;
    }
    if (!(f = fopen(r, "rb"))) {
        rf_seterr(err, "cannot read image %s: %s", r, strerror(errno));
        goto out;
    }
    if (fseek(f, 0, SEEK_END) != 0 || (n = ftell(f)) < 0 || fseek(f, 0, SEEK_SET) != 0) {
        rf_seterr(err, "cannot read image %s", r);
        goto out;
    }
    if ((size_t)n > RF_TARGET_MAX_IMAGE) {
        rf_seterr(err, "image %s is larger than %u bytes", r, RF_TARGET_MAX_IMAGE);
        st = RF_ELIMIT;
        goto out;
    }
    if (!(data = rf_malloc((size_t)n + 1))) {
        st = RF_ENOMEM;
        goto out;
    }
    if (fread(data, 1, (size_t)n, f) != (size_t)n) {
        rf_seterr(err, "cannot read image %s", r);
        goto out;
    }
    if ((st = base64_add(&b, data, (size_t)n)) != RF_OK)
        goto out;
    *out = json_pack("{s:s,s:s,s:s}", "type", "image", "mime", mime_of(r), "data", rf_buf_ptr(&b));
    st = *out ? RF_OK : RF_ENOMEM;
out:
    if (f)
        fclose(f);
    rf_free(data);
    rf_buf_free(&b);
    return st;
}

static const char *image_ref(json_t *p)
{
    static const char *const keys[] = {"image", "url", "path", "image_url", NULL};
    int i;
    for (i = 0; keys[i]; i++) {
        json_t *v = json_object_get(p, keys[i]);
        if (json_is_string(v))
            return json_string_value(v);
        if (json_is_object(v) && json_is_string(json_object_get(v, "url")))
            return json_string_value(json_object_get(v, "url"));
    }
    return NULL;
}

/* Normalise one content value into a string or an array of parts. */
static rf_status norm_content(json_t *c, json_t **out, char *err)
{
    json_t *arr, *p, *np;
    size_t i;
    rf_status st;
    *out = NULL;
    if (json_is_string(c)) {
        *out = json_incref(c);
        return RF_OK;
    }
    if (!json_is_array(c)) {
        rf_seterr(err, "message content must be a string or an array of parts");
        return RF_EINVAL;
    }
    if (!(arr = json_array()))
        return RF_ENOMEM;
    json_array_foreach(c, i, p)
    {
        const char *type = json_string_value(json_object_get(p, "type"));
        const char *ref;
        if (json_is_string(p) || (type && !strcmp(type, "text"))) {
            const char *tx = json_is_string(p) ? json_string_value(p)
                                               : json_string_value(json_object_get(p, "text"));
            np = tx ? json_pack("{s:s,s:s}", "type", "text", "text", tx) : NULL;
            if (!tx) {
                rf_seterr(err, "text part without \"text\"");
                json_decref(arr);
                return RF_EINVAL;
            }
        } else if (type && strstr(type, "image") && (ref = image_ref(p)) != NULL) {
            if ((st = image_part(ref, &np, err)) != RF_OK) {
                json_decref(arr);
                return st;
            }
        } else {
            rf_seterr(err, "unsupported content part (type %s)", type ? type : "missing");
            json_decref(arr);
            return RF_EINVAL;
        }
        if (!np || json_array_append_new(arr, np) != 0) {
            json_decref(arr);
            return RF_ENOMEM;
        }
    }
    *out = arr;
    return RF_OK;
}

/* Append the images of item->images to message m (a normalised message). */
static rf_status attach_images(json_t *m, const char *images, char *err)
{
    json_t *list = json_loads(images, 0, NULL), *c, *v, *np;
    size_t i;
    rf_status st = RF_OK;
    if (!json_is_array(list)) {
        json_decref(list);
        rf_seterr(err, "images must be a JSON array");
        return RF_EINVAL;
    }
    c = json_object_get(m, "content");
    if (json_is_string(c)) {
        json_t *arr = json_pack("[{s:s,s:O}]", "type", "text", "text", c);
        if (!arr || json_object_set_new(m, "content", arr) != 0) {
            json_decref(list);
            return RF_ENOMEM;
        }
        c = arr;
    }
    json_array_foreach(list, i, v)
    {
        if (!json_is_string(v)) {
            rf_seterr(err, "images must hold strings");
            st = RF_EINVAL;
            break;
        }
        if ((st = image_part(json_string_value(v), &np, err)) != RF_OK)
            break;
        if (json_array_append_new(c, np) != 0) {
            st = RF_ENOMEM;
            break;
        }
    }
    json_decref(list);
    return st;
}

rf_status tgt_conversation(const rf_item *item, json_t **out, char *err)
{
    json_t *src = NULL, *conv = NULL, *m, *nc, *last_user = NULL;
    size_t i;
    rf_status st = RF_EINVAL;
    *out = NULL;
    if (!(conv = json_array()))
        return RF_ENOMEM;
    if (item->messages) {
        src = json_loads(item->messages, 0, NULL); /* json_is_array evaluates twice */
        if (!json_is_array(src) || !json_array_size(src)) {
            rf_seterr(err, "messages must be a non-empty JSON array");
            goto out;
        }
        json_array_foreach(src, i, m)
        {
            const char *role = json_string_value(json_object_get(m, "role"));
            json_t *nm;
            if (!role) {
                rf_seterr(err, "message %zu has no role", i + 1);
                goto out;
            }
            if ((st = norm_content(json_object_get(m, "content"), &nc, err)) != RF_OK)
                goto out;
            st = RF_ENOMEM;
            if (!(nm = json_pack("{s:s,s:o}", "role", role, "content", nc)) ||
                json_array_append_new(conv, nm) != 0)
                goto out;
            if (!strcmp(role, "user"))
                last_user = nm;
        }
    } else if (item->prompt) {
        st = RF_ENOMEM;
        if (!(last_user = json_pack("{s:s,s:s}", "role", "user", "content", item->prompt)) ||
            json_array_append_new(conv, last_user) != 0)
            goto out;
    } else {
        rf_seterr(err, "item has neither prompt nor messages");
        goto out;
    }
    if (item->images && last_user && (st = attach_images(last_user, item->images, err)) != RF_OK)
        goto out;
    *out = conv;
    conv = NULL;
    st = RF_OK;
out:
    json_decref(src);
    json_decref(conv);
    return st;
}
