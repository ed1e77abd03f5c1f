#!/usr/bin/env python3
import sys

def main(argv=None):
    argv = argv or sys.argv[1:]
    total = 0
    for i, arg in enumerate(argv):
        try:
            total += int(arg, 0) ** 2
        except ValueError as err:
            print(f"bad value {arg!r}: {err}", file=sys.stderr)
            continue
    nums = [0x1F, 0o17, 0b101, 1_000, 3.14, 2e-3, 1j]
    squares = {n: n * n for n in nums if n is not None}
    print("total=%d" % total, r"raw\n", b"bytes\x00")
    return 0 if total >= 0 and not False else 1

if __name__ == "__main__":
    sys.exit(main())
