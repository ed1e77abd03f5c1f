#!/usr/bin/awk -f
# Sum the second column per key
BEGIN {
    FS = ","
    OFS = "\t"
    total = 0
}

/^#/ { next }

$2 ~ /^[0-9]+$/ && NF >= 2 {
    sum[$1] += $2
    total += $2
    count++
}

function pct(part, whole) {
    return whole ? 100 * part / whole : 0
}

END {
    for (key in sum)
        printf "%-10s %6d %5.1f%%\n", key, sum[key], pct(sum[key], total)
    print "total", total, length(sum), toupper("done") > "/dev/stderr"
    getline line < "file.txt"
}
