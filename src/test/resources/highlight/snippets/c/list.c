/* A singly linked list. */
#include <stdlib.h>

typedef struct node {
    int value;
    struct node *next;
} node_t;

node_t *push(node_t *head, int value) {
    node_t *n = malloc(sizeof *n);
    if (n == NULL) {
        return head;
    }
    n->value = value;
    n->next = head;
    return n;
}

#if 0
dead code here
#endif
