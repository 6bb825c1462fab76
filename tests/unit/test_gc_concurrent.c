/*
** test_gc_concurrent.c — the collector with the GC thread marking while a
** mutator changes the heap (gc/collector.c, gc/mark.c, gc/barrier.c): the
** stress test of the heap issue. The mutator keeps lists of nodes hanging
** off a table, and in a seeded random order pushes new nodes, drops heads
** and tails, moves nodes between lists through its "stack" (a root range:
** the pointer sits only in the stack while it is unlinked, across
** safepoints), and cross-links nodes into cycles; every heap pointer store
** goes through gc_write_ptr, stack stores do not. Cycles start explicitly
** and from the pacer. At the end a full collection runs, then every node
** reachable from the roots must be intact (its checksum, no poison) and the
** heap must hold exactly the reachable objects: every unreachable one was
** freed. Run it under ThreadSanitizer (a VM_TSAN tree) too.
*/
#include <criterion/criterion.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../../vm/vm.h"
#include "../../gc/gcint.h"

/* type node struct { next *node; id int64; check uint64; other *node } */
typedef struct Node { struct Node *next; int64_t id; uint64_t check; struct Node *other; } Node;
static const uint8_t node_mask[] = {0x9};
static const RType T_NODE = {.kind = RK_STRUCT, .size = 32, .nwords = 4, .str = "main.node",
                             .ptrmask = node_mask};
static const uint8_t ptr_mask[] = {0x1};
static const RType T_PTR = {.kind = RK_POINTER, .size = 8, .nwords = 1, .str = "*main.node",
                            .ptrmask = ptr_mask};

enum { NLISTS = 64, NSTACK = 8 };

typedef struct Mutator {
  VM *vm;
  GcHeap *h;
  void *stack[NSTACK];  /* stack[0]: the table; the rest: registers */
  uint64_t rng;
  int64_t ids;
  uint64_t ops_while_marking;
} Mutator;

static uint64_t checksum(int64_t id) { return (uint64_t)id * 0x9E3779B97F4A7C15ull ^ 0xC0FFEE; }

static uint64_t next_rand(Mutator *m) {
  m->rng ^= m->rng << 13, m->rng ^= m->rng >> 7, m->rng ^= m->rng << 17;
  return m->rng;
}

static void scan_stack(GcHeap *h, void *ud) {
  Mutator *m = ud;
  gc_mark_root_range(h, m->stack, NSTACK, NULL);
}

static Node **table(Mutator *m) { return m->stack[0]; }

static Node *new_node(Mutator *m) {
  Node *n = gc_alloc(m->vm, &T_NODE, sizeof(Node));
  n->id = ++m->ids;
  n->check = checksum(n->id);
  return n;
}

static void push(Mutator *m, int list, Node *n) {
  gc_write_ptr(m->h, (void **)&n->next, table(m)[list]);
  gc_write_ptr(m->h, (void **)&table(m)[list], n);
}

static Node *nth(Node *n, uint64_t k) {
  while (n && k--) n = n->next;
  return n;
}

/* One random operation. Between safepoints, a pointer may live in a C
** local; across one it must be in the stack. */
static void step(Mutator *m) {
  Node **t = table(m);
  int i = (int)(next_rand(m) % NLISTS), j = (int)(next_rand(m) % NLISTS);
  switch (next_rand(m) % 16) {
  case 0: case 1: case 2: case 3: case 4: case 5: case 6: /* push a new node */
    push(m, i, new_node(m));
    break;
  case 7: /* drop the head: garbage, unless linked from elsewhere */
    if (t[i]) gc_write_ptr(m->h, (void **)&t[i], t[i]->next);
    break;
  case 8: { /* cut the list after a few nodes */
    Node *n = nth(t[i], next_rand(m) % 64);
    if (n) gc_write_ptr(m->h, (void **)&n->next, NULL);
    break;
  }
  case 9: case 10: /* move the head to another list, through the stack */
    if (!t[i]) break;
    m->stack[1] = t[i];                                      /* no barrier */
    gc_write_ptr(m->h, (void **)&t[i], t[i]->next);          /* now only the stack has it */
    for (int k = 0; k < 3; k++) {                            /* time for the marker */
      m->stack[2] = new_node(m);
      gc_safepoint(m->h);
    }
    push(m, j, m->stack[1]);
    m->stack[1] = m->stack[2] = NULL;
    break;
  case 11: case 12: { /* a cross link, cycles included */
    Node *a = nth(t[i], next_rand(m) % 4), *b = nth(t[j], next_rand(m) % 4);
    if (a) gc_write_ptr(m->h, (void **)&a->other, b);
    break;
  }
  default: /* a burst of short-lived garbage */
    for (int k = 0; k < 4; k++) gc_alloc(m->vm, NULL, 16 + next_rand(m) % 2000);
  }
}

/* Marks every reachable node (via a side table of visited ids) and checks
** it; returns how many there are. */
static size_t verify_reachable(Mutator *m) {
  size_t count = 0, cap = 1024, n = 0;
  Node **todo = malloc(cap * sizeof *todo);
  uint8_t *seen = calloc((size_t)m->ids + 1, 1);
  for (int l = 0; l < NLISTS; l++)
    if (table(m)[l]) todo[n++] = table(m)[l];
  while (n) {
    Node *x = todo[--n];
    cr_assert_eq(gc_find_object(m->h, x, NULL), x, "a reachable node was freed");
    cr_assert(x->id > 0 && x->id <= m->ids, "node intact (id %lld)", (long long)x->id);
    cr_assert_eq(x->check, checksum(x->id), "node %lld intact", (long long)x->id);
    if (seen[x->id]) continue;
    seen[x->id] = 1;
    count++;
    Node *next[2] = {x->next, x->other};
    for (int k = 0; k < 2; k++) {
      if (!next[k]) continue;
      if (n == cap) todo = realloc(todo, (cap *= 2) * sizeof *todo);
      todo[n++] = next[k];
    }
  }
  free(todo);
  free(seen);
  return count;
}

static void stress(uint64_t seed, int steps, int explicit_every, int gogc) {
  Mutator m = {.vm = vm_new(NULL), .rng = seed};
  m.h = &m.vm->heap;
  m.h->roots = scan_stack;
  m.h->roots_ud = &m;
  m.h->gc_percent = gogc;
  m.stack[0] = gc_alloc(m.vm, &T_PTR, NLISTS * sizeof(Node *));
  /* the collector thread may be starved on a loaded machine: mutate on
  ** (up to 20 times longer) until two cycles have finished, rather than
  ** count on its timing */
  for (int s = 0; s < steps || (m.h->stats.num_gc < 2 && s < 20 * steps); s++) {
    step(&m);
    if (gc_safepoint(m.h)) m.ops_while_marking++;
    if (explicit_every && s % explicit_every == 0) gc_start(m.h);
  }
  while (gc_safepoint(m.h)) {
  }
  uint32_t cycles = m.h->stats.num_gc;
  gc_heap_collect(m.h);
  size_t reachable = verify_reachable(&m);
  GcStats st = m.h->stats;
  cr_expect_eq(st.heap_objects, reachable + 1, "exactly the reachable nodes and the table");
  cr_expect_eq(st.mallocs - st.frees, st.heap_objects);
  cr_expect_geq(cycles, 2, "collections ran during the mutation (%u)", cycles);
  cr_expect_gt(m.ops_while_marking, 0, "the mutator ran while the GC thread marked");
  cr_expect_gt(st.frees, 0);
  cr_expect_eq(st.heap_sys, st.heap_inuse + st.heap_idle);
  cr_log_info("seed %llu: %d steps, %u cycles, %llu ops while marking, %zu live, %llu freed, "
              "max pause %llu us, %llu objects scanned by assists", (unsigned long long)seed, steps, cycles,
              (unsigned long long)m.ops_while_marking, reachable, (unsigned long long)st.frees,
              (unsigned long long)st.max_pause_ns / 1000, (unsigned long long)st.assist_scans);
  vm_free(m.vm);
}

Test(gc_concurrent, mutation_during_marking_explicit_cycles) {
  stress(0x1234567u, 60000, 500, 100);
}

Test(gc_concurrent, mutation_during_marking_paced_cycles) {
  stress(0xBADC0DEu, 100000, 0, 5); /* GOGC=5: the pacer starts every cycle */
}

/* A pointer that sits only in the stack for a whole cycle, and a node
** reachable only from a black object allocated during the cycle. */
Test(gc_concurrent, stack_only_pointers_survive_whole_cycles) {
  for (int round = 0; round < 100; round++) {
    Mutator m = {.vm = vm_new(NULL), .rng = (uint64_t)round + 1};
    m.h = &m.vm->heap;
    m.h->roots = scan_stack;
    m.h->roots_ud = &m;
    m.stack[0] = gc_alloc(m.vm, &T_PTR, NLISTS * sizeof(Node *));
    for (int k = 0; k < 200; k++) push(&m, k % NLISTS, new_node(&m));
    m.stack[3] = table(&m)[5];
    gc_write_ptr(m.h, (void **)&table(&m)[5], NULL); /* only the stack has the list */
    gc_start(m.h);
    Node *fresh = new_node(&m);                       /* black */
    push(&m, 6, fresh);
    while (gc_safepoint(m.h)) {
    }
    gc_sweep_all(m.h->gc);
    for (Node *x = m.stack[3]; x; x = x->next) cr_assert_eq(x->check, checksum(x->id));
    cr_assert_eq(fresh->check, checksum(fresh->id));
    vm_free(m.vm);
  }
}
