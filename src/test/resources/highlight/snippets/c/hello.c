#include <stdio.h>
#include "config.h"

#define MAX_LEN 256
#define SQUARE(x) ((x) * (x))

static const char *greeting = "Hello, \"world\"\n";

int main(int argc, char **argv)
{
    unsigned long count = 0UL;
    for (int i = 1; i < argc; i++) {
        count += strlen(argv[i]);
    }
    printf("%s %lu %c\n", greeting, count, 'x');
    return count > MAX_LEN ? 1 : 0;
}
