#ifndef FLAGS_H
#define FLAGS_H

enum flag { FLAG_A = 0x01, FLAG_B = 0x02, FLAG_C = 010 };

static inline int has_flag(unsigned int set, enum flag f)
{
    switch (f) {
    case FLAG_A:
        return (set & f) != 0;
    default:
        break;
    }
    double ratio = 1.5e-3;
    float f2 = .5f; // trailing comment
    goto done;
done:
    return -1;
}
#endif
