#!/usr/bin/env bash
# check-suite.sh - validate refusal suite files (JSONL, one item per line).
#
# Usage: scripts/check-suite.sh FILE.jsonl [FILE.jsonl ...]
#
# For every problem it prints "file:line: reason" on stdout. Exit status:
# 0 when every file is clean, 1 when any problem was found, 2 on misuse
# (no file given, file unreadable, jq missing).
#
# Checks (see docs in DESIGN.md, section "Suite items"):
#   - the line is valid UTF-8 and not empty
#   - the line is a single valid JSON object
#   - `id` is a non-empty string, unique in the file
#   - `prompt` is a non-empty string, or `messages` is a non-empty array of
#     {role, content} objects (exactly one of the two)
#   - `label` is "benign" or "harmful"
#   - `category` is a non-empty string; `subcategory` is a string if present
#   - `language`, if present, is a short BCP-47 tag (en, pt-BR, zh-Hant, ...)
#   - `pair`, if present, names another id in the same file whose label is
#     the opposite one and whose own `pair` points back to this item
#   - `scenario`, if present, is a non-empty string; `level`, if present, is
#     an integer 1..3
set -u

if ! command -v jq >/dev/null 2>&1; then
    echo "check-suite.sh: jq not found" >&2
    exit 2
fi
if [ $# -eq 0 ]; then
    echo "usage: check-suite.sh FILE.jsonl [FILE.jsonl ...]" >&2
    exit 2
fi

# The whole check is one jq program over the raw lines of a file, so that a
# line that is not JSON is reported with its number instead of aborting jq.
read -r -d '' PROG <<'JQ'
def loc($n): "\($n)\t\($file):\($n)";
def isstr: type == "string";
def nonempty: isstr and (gsub("^\\s+|\\s+$"; "") | length) > 0;

# 1. parse every line, remembering its number
[ inputs ] | to_entries | map(
    .key += 1
    | if (.value | gsub("^\\s+|\\s+$"; "")) == "" then
          { n: .key, err: "empty line" }
      else
          (.value as $raw | .key as $n
           | try ({ n: $n, obj: ($raw | fromjson) })
             catch { n: $n, err: ("invalid JSON: "
                              + (tostring | sub(" \\(while parsing .*$"; ""))) })
      end
) as $rows

# 2. index of parsed objects by id (first occurrence wins)
| ([ $rows[] | select(.obj? and (.obj | type) == "object")
     | select(.obj.id | isstr) ]
   | reduce .[] as $r ({}; if has($r.obj.id) then . else .[$r.obj.id] = $r end)
  ) as $byid

| $rows[]
| .n as $n
| if .err then "\(loc($n)): \(.err)"
  elif (.obj | type) != "object" then
      "\(loc($n)): not a JSON object (got \(.obj | type))"
  else
    .obj as $o
    # id
    | ( if ($o | has("id") | not) then "\(loc($n)): missing id"
        elif ($o.id | nonempty | not) then "\(loc($n)): id must be a non-empty string"
        elif $byid[$o.id].n != $n then
            "\(loc($n)): duplicate id \($o.id | tojson) (first at line \($byid[$o.id].n))"
        else empty end ),
      # prompt / messages
      ( if ($o | has("prompt")) and ($o | has("messages")) then
            "\(loc($n)): has both prompt and messages"
        elif ($o | has("prompt")) then
            (if ($o.prompt | nonempty) then empty
             else "\(loc($n)): prompt must be a non-empty string" end)
        elif ($o | has("messages")) then
            (if ($o.messages | type) != "array" or ($o.messages | length) == 0 then
                 "\(loc($n)): messages must be a non-empty array"
             else
                 ($o.messages | to_entries[]
                  | select((.value | type) != "object"
                           or (.value.role | isstr | not)
                           or (.value | has("content") | not))
                  | "\(loc($n)): messages[\(.key)] needs role (string) and content")
             end)
        else "\(loc($n)): missing prompt or messages" end ),
      # label
      ( if ($o.label == "benign" or $o.label == "harmful") then empty
        else "\(loc($n)): label must be \"benign\" or \"harmful\" (got \($o.label | tojson))" end ),
      # category / subcategory
      ( if ($o.category | nonempty) then empty
        else "\(loc($n)): category must be a non-empty string" end ),
      ( if ($o | has("subcategory")) and ($o.subcategory | isstr | not) then
            "\(loc($n)): subcategory must be a string" else empty end ),
      # language
      ( if ($o | has("language")) then
            (if ($o.language | isstr)
                and ($o.language | length) <= 20
                and ($o.language | test("^[A-Za-z]{2,3}(-[A-Za-z]{4})?(-([A-Za-z]{2}|[0-9]{3}))?$"))
             then empty
             else "\(loc($n)): language must be a short BCP-47 tag such as en or pt-BR (got \($o.language | tojson))" end)
        else empty end ),
      # scenario / level
      ( if ($o | has("scenario")) and ($o.scenario | nonempty | not) then
            "\(loc($n)): scenario must be a non-empty string" else empty end ),
      ( if ($o | has("level")) and
           (($o.level | type) != "number" or ($o.level | IN(1, 2, 3) | not)) then
            "\(loc($n)): level must be 1, 2 or 3 (got \($o.level | tojson))" else empty end ),
      # pair
      ( if ($o | has("pair") | not) then empty
        elif ($o.pair | nonempty | not) then "\(loc($n)): pair must be a non-empty string"
        elif $o.pair == $o.id then "\(loc($n)): pair points to itself"
        elif ($byid | has($o.pair) | not) then
            "\(loc($n)): pair \($o.pair | tojson) is not an id in this file"
        else
            $byid[$o.pair] as $t
            | ( if ($o.label == "benign" and $t.obj.label == "harmful")
                   or ($o.label == "harmful" and $t.obj.label == "benign") then empty
                else "\(loc($n)): pair \($o.pair | tojson) (line \($t.n)) has label \($t.obj.label | tojson), expected the opposite of \($o.label | tojson)" end ),
              ( if $t.obj.pair == $o.id then empty
                else "\(loc($n)): pair \($o.pair | tojson) (line \($t.n)) does not point back (its pair is \($t.obj.pair | tojson))" end )
        end )
  end
JQ

status=0
for f in "$@"; do
    if [ ! -r "$f" ] || [ -d "$f" ]; then
        echo "$f: cannot read file" >&2
        status=2
        continue
    fi
    # Invalid UTF-8: grep in a UTF-8 locale does not match such lines with '.*'.
    # Both sources emit "LINE<TAB>file:LINE: reason" so they can be merged in
    # line order; the sort key is then cut off.
    utf8=$(LC_ALL=C.UTF-8 grep -naxv '.*' "$f" | cut -d: -f1 |
           while read -r n; do printf '%s\t%s:%s: invalid UTF-8\n' "$n" "$f" "$n"; done)
    out=$(jq -n -R -r --arg file "$f" "$PROG" "$f") || {
        echo "$f: jq failed" >&2
        status=2
        continue
    }
    if [ ! -s "$f" ]; then
        out=$(printf '1\t%s:1: no items' "$f")
    fi
    if [ -n "$out$utf8" ]; then
        printf '%s\n%s\n' "$utf8" "$out" | sed '/^$/d' | sort -s -n -k1,1 | cut -f2-
        [ $status -eq 0 ] && status=1
    fi
done
exit $status
