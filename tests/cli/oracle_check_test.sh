#!/usr/bin/env bash
# oracle check INDEX: the structure of an index without a graph.
#   usage: oracle_check_test.sh SHORTCUT_BINARY SOURCE_DIR
# A built index checks (exit 0, a summary naming its counts); a flipped byte
# fails the checksum; files resealed after tampering (a valid checksum over a
# bad structure: a zero-length label group, a label offset past the labels, a
# varint that never ends) are refused by check and by query with the problem
# (exit 1); a resealed file whose labels are structurally sound but whose
# weights are all zero passes check — the checksum detects corruption, not
# tampering — and verify oracle is what catches its underestimates (exit 2),
# for both profiles' layouts; a version-1 index still checks.
set -uo pipefail
bin=$1
src=$2
case_name=oracle_check
source "$(dirname "$0")/cli_lib.sh"

g="$tmp/g.gr"
run 0 gen grid --rows 12 --cols 12 --seed 3 -o "$g"
run 0 oracle build "$g" --eps 0.25 -o "$tmp/a.idx"
run 0 oracle check "$tmp/a.idx"
expect "$tmp/out" "a.idx: ok: 144 vertices"
expect "$tmp/out" "label entries in"
run 0 oracle check --help
expect "$tmp/out" "INDEX"
run 1 oracle check "$tmp/missing.idx"
run 1 oracle check "$tmp"

# tamper IN OUT HOW: rewrite an index and reseal its checksum.
tamper() {
  python3 - "$@" <<'PY'
import struct, sys
src, dst, how = sys.argv[1], sys.argv[2], sys.argv[3]
b = bytearray(open(src, 'rb').read())
u64 = lambda o: struct.unpack_from('<Q', b, o)[0]
flags = struct.unpack_from('<I', b, 12)[0]
n, paths, label_bytes, scales = u64(40), u64(48), u64(72), u64(112)
offsets_at = 128 + 40 * scales + 8 * (paths + 1)
labels_at = offsets_at + 8 * (n + 1)
off = [u64(offsets_at + 8 * v) for v in range(n + 1)]
def varint(p):
    x = s = 0
    while True:
        c = b[p]; p += 1; x |= (c & 0x7f) << s; s += 7
        if c < 0x80: return x, p
# Implied stars (version 2): a bitmap of ceil(stars / 64) words before the
# checksum; a group starts with the weights of its path's implied stars.
version, stars = struct.unpack_from('<I', b, 8)[0], u64(56)
words = (stars + 63) // 64 if version >= 2 else 0
bitmap_at = len(b) - 8 - 8 * words
star_begin = [u64(128 + 40 * scales + 8 * p) for p in range(paths + 1)]
implied = lambda s: words > 0 and (u64(bitmap_at + 8 * (s // 64)) >> (s % 64)) & 1
implied_count = [sum(implied(s) for s in range(star_begin[p], star_begin[p + 1])) for p in range(paths)]
first = next(v for v in range(n) if off[v + 1] > off[v])
if how == 'zero-length-group':
    _, p = varint(labels_at + off[first])
    b[p] = 0  # the group's byte length
elif how == 'offset-past-labels':
    struct.pack_into('<Q', b, offsets_at + 8 * (first + 1), label_bytes + 64)
elif how == 'endless-varint':
    for p in range(labels_at + off[first], labels_at + off[first + 1]): b[p] = 0xff
elif how == 'zero-weights':
    assert flags & 1, 'expects coded weights'
    for v in range(n):
        p, end = labels_at + off[v], labels_at + off[v + 1]
        path = -1
        while p < end:
            step, p = varint(p); length, p = varint(p); group_end = p + length
            path += step + 1
            k = implied_count[path]
            if flags & 2:  # 12-bit codes: implied ones packed, explicit ones in a word with the step
                for q in range(p, p + 3 * (k // 2) + 2 * (k % 2)): b[q] = 0
                p += 3 * (k // 2) + 2 * (k % 2)
                while p < group_end:
                    b[p] = 0; b[p + 1] &= 0xf0; step = b[p + 1] >> 4; p += 2
                    if step == 15: _, p = varint(p)
                continue
            for _ in range(k):
                b[p] = b[p + 1] = 0; p += 2
            while p < group_end:
                _, p = varint(p); b[p] = b[p + 1] = 0; p += 2
elif how == 'flip':
    b[labels_at] ^= 0x01
    open(dst, 'wb').write(b); sys.exit(0)
# Reseal: the checksum of oracle_file.cc over everything but its own 8 bytes.
M = 0x9E3779B97F4A7C15; mask = (1 << 64) - 1
size = len(b) - 8
h = 0x243F6A8885A308D3 ^ size
i = 0
while i + 8 <= size:
    h = ((h ^ u64(i)) * M) & mask; h ^= h >> 32; i += 8
tail = int.from_bytes(b[i:size], 'little')
h = ((h ^ tail ^ ((size - i) << 56)) * M) & mask; h ^= h >> 29
struct.pack_into('<Q', b, size, h)
open(dst, 'wb').write(b)
PY
}

tamper "$tmp/a.idx" "$tmp/flip.idx" flip || fail "tamper flip"
run 1 oracle check "$tmp/flip.idx"
expect "$tmp/err" "checksum mismatch"

for how in zero-length-group offset-past-labels endless-varint; do
  tamper "$tmp/a.idx" "$tmp/$how.idx" "$how" || fail "tamper $how"
  run 1 oracle check "$tmp/$how.idx"
  expect "$tmp/err" "oracle index"
  grep -q "checksum" "$tmp/err" && fail "$how: the resealed file failed the checksum, not the structure check"
  run 1 oracle query "$tmp/$how.idx" 1 144
done
run 1 oracle check "$tmp/zero-length-group.idx"
expect "$tmp/err" "is malformed (group header)"
run 1 oracle check "$tmp/offset-past-labels.idx"
expect "$tmp/err" "label offsets"

# Structurally sound, wrong about distances: check passes, verify does not.
tamper "$tmp/a.idx" "$tmp/zero.idx" zero-weights || fail "tamper zero-weights"
run 0 oracle check "$tmp/zero.idx"
expect "$tmp/out" "ok: 144 vertices"
run 0 oracle query "$tmp/zero.idx" 1 144
expect "$tmp/out" "1 144 0"
run 2 verify oracle "$g" "$tmp/zero.idx"
run 0 verify oracle "$g" "$tmp/a.idx"

# The profiles: compact (the default) stores 12-bit codes, fast 16-bit ones;
# both verify, and the zero-weight tampering of either is caught by verify.
run 0 oracle check "$tmp/a.idx"
expect "$tmp/out" "12-bit coded weights"
run 0 oracle build "$g" --eps 0.25 --profile fast -o "$tmp/fast.idx"
run 0 oracle check "$tmp/fast.idx"
expect "$tmp/out" "16-bit coded weights"
run 0 verify oracle "$g" "$tmp/fast.idx"
tamper "$tmp/fast.idx" "$tmp/fast-zero.idx" zero-weights || fail "tamper zero-weights (fast)"
run 0 oracle check "$tmp/fast-zero.idx"
run 2 verify oracle "$g" "$tmp/fast-zero.idx"
run 1 oracle build "$g" --eps 0.25 --profile tiny -o "$tmp/bad.idx"
expect "$tmp/err" "--profile must be compact or fast"
# A version-1 index (written before implied stars) still checks and answers.
run 0 oracle check "$src/tests/oracle/data/trigrid_6x7_v1.idx"
expect "$tmp/out" "ok: 42 vertices"
run 0 verify oracle "$src/tests/oracle/data/trigrid_6x7.gr" "$src/tests/oracle/data/trigrid_6x7_v1.idx"
echo "oracle check: ok"
