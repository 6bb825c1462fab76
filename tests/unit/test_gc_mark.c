/*
** test_gc_mark.c — the collector on one mutator (gc/mark.c, gc/sweep.c,
** gc/collector.c, gc/barrier.c): full cycles through gc_heap_collect with a
** root scanner made of "stack" words; what survives and what is freed:
** cyclic garbage, objects reachable only from a root range, interior
** pointers (from roots and from heap objects), precise scanning (a word the
** ptrmask calls a scalar keeps nothing alive, nor does a noscan object),
** arrays of a type (the ptrmask repeats), large objects; black allocation;
** the deletion barrier saving an object moved to the stack; pacing, pause
** and cycle counters; poisoning and the invariant checker in debug builds.
*/
#include <criterion/criterion.h>
#include <stdint.h>
#include <string.h>

#include "../../vm/vm.h"
#include "../../gc/gcint.h"

/* type node struct { next *node; val int64; other *node } */
typedef struct Node { struct Node *next; int64_t val; struct Node *other; } Node;
static const uint8_t node_mask[] = {0x5};
static const RType T_NODE = {.kind = RK_STRUCT, .size = 24, .nwords = 3, .str = "main.node",
                             .ptrmask = node_mask};
/* type ptr *T (one pointer word) */
static const uint8_t one_mask[] = {0x1};
static const RType T_PTR = {.kind = RK_POINTER, .size = 8, .nwords = 1, .str = "*main.node",
                            .ptrmask = one_mask};

/* The roots: a few "stack" words, all pointers. */
enum { NSTACK = 16 };
typedef struct Roots { void *stack[NSTACK]; int scans; } Roots;

static VM *vm;
static GcHeap *h;
static Roots roots;

static void scan_roots(GcHeap *heap, void *ud) {
  Roots *r = ud;
  r->scans++;
  gc_mark_root_range(heap, r->stack, NSTACK, NULL);
}

static void setup(void) {
  vm = vm_new(NULL);
  h = &vm->heap;
  memset(&roots, 0, sizeof roots);
  h->roots = scan_roots;
  h->roots_ud = &roots;
}
static void teardown(void) { vm_free(vm); }
TestSuite(gc_mark, .init = setup, .fini = teardown);

static Node *node(int64_t val) {
  Node *n = gc_alloc(vm, &T_NODE, sizeof(Node));
  n->val = val;
  return n;
}

static bool live(const void *p) { return gc_find_object(h, p, NULL) != NULL; }

Test(gc_mark, cyclic_garbage_is_collected) {
  Node *a = node(1), *b = node(2), *c = node(3);
  a->next = b, b->next = c, c->next = a, a->other = a;
  gc_heap_collect(h);
  cr_expect_not(live(a));
  cr_expect_not(live(b));
  cr_expect_not(live(c));
  cr_expect_eq(h->stats.heap_objects, 0);
  cr_expect_eq(h->stats.frees, 3);
  cr_expect_eq(roots.scans, 1);
}

Test(gc_mark, objects_reachable_from_roots_are_kept_intact) {
  Node *head = NULL;
  for (int i = 0; i < 1000; i++) {
    Node *n = node(i);
    n->next = head;
    head = n;
    node(-i); /* garbage in between */
  }
  roots.stack[3] = head;
  gc_heap_collect(h);
  cr_expect_eq(h->stats.heap_objects, 1000);
  int64_t want = 999;
  for (Node *n = head; n; n = n->next) cr_assert_eq(n->val, want--);
  cr_expect_eq(want, -1);
  /* and once the root goes, so do they */
  roots.stack[3] = NULL;
  gc_heap_collect(h);
  cr_expect_eq(h->stats.heap_objects, 0);
  cr_expect_eq(h->stats.num_gc, 2);
}

Test(gc_mark, interior_pointers_keep_objects_alive) {
  Node *arr = gc_alloc(vm, &T_NODE, 10 * sizeof(Node));  /* [10]node */
  Node *b = node(7), *c = node(8);
  arr[9].other = b;
  roots.stack[0] = &arr[4].val;                  /* into the middle of an array */
  Node *holder = node(0);
  holder->next = (Node *)&c->other;              /* &c.other, from the heap */
  roots.stack[1] = (uint8_t *)holder + 23;       /* the last byte of holder */
  gc_heap_collect(h);
  cr_expect(live(arr));
  cr_expect(live(b), "reached through arr, found from an interior root");
  cr_expect(live(c), "an interior pointer held by a heap object");
  cr_expect(live(holder));
  cr_expect_eq(c->val, 8);
}

Test(gc_mark, scanning_is_precise) {
  Node *a = node(1), *hidden = node(2);
  a->val = (int64_t)(uintptr_t)hidden;           /* an int that looks like a pointer */
  uintptr_t *bytes = gc_alloc(vm, NULL, 64);     /* noscan: never scanned */
  Node *hidden2 = node(3);
  bytes[0] = (uintptr_t)hidden2;
  roots.stack[0] = a;
  roots.stack[1] = bytes;
  gc_heap_collect(h);
  cr_expect(live(a));
  cr_expect(live(bytes));
  cr_expect_not(live(hidden), "a scalar word keeps nothing alive");
  cr_expect_not(live(hidden2), "a noscan object keeps nothing alive");
}

Test(gc_mark, root_masks_are_honoured) {
  Node *a = node(1), *b = node(2);
  void *words[2] = {a, b};
  static const uint8_t first_only[] = {0x1};
  /* reported by hand between gc_start and the first safepoint; word 1 is
  ** a scalar */
  h->roots = NULL;
  gc_start(h);
  gc_mark_root_range(h, words, 2, first_only);
  while (gc_safepoint(h)) {
  }
  gc_sweep_all(h->gc);
  cr_expect(live(a));
  cr_expect_not(live(b));
}

Test(gc_mark, arrays_repeat_the_element_mask) {
  enum { N = 50 };
  Node *arr = gc_alloc(vm, &T_NODE, N * sizeof(Node));
  Node *targets[N], *scalars[N];
  for (int i = 0; i < N; i++) {
    arr[i].next = targets[i] = node(i);
    scalars[i] = node(-i);
    arr[i].val = (int64_t)(uintptr_t)scalars[i];
  }
  roots.stack[0] = arr;
  gc_heap_collect(h);
  for (int i = 0; i < N; i++) {
    cr_assert(live(targets[i]), "element %d's pointer", i);
    cr_assert_not(live(scalars[i]), "element %d's scalar", i);
  }
}

Test(gc_mark, large_objects_are_scanned_and_freed) {
  enum { N = 20000 }; /* 160 KB of pointers */
  Node **big = gc_alloc(vm, &T_PTR, N * sizeof(Node *));
  for (int i = 0; i < N; i += 100) big[i] = node(i);
  void *big_noscan = gc_alloc(vm, NULL, 1 << 20);
  ((uintptr_t *)big_noscan)[0] = (uintptr_t)node(-1);
  roots.stack[0] = &big[N / 2]; /* interior */
  gc_heap_collect(h);
  cr_expect(live(big));
  for (int i = 0; i < N; i += 100) cr_assert(live(big[i]) && big[i]->val == i);
  cr_expect_not(live(big_noscan));
  cr_expect_eq(h->stats.heap_objects, 1 + N / 100);
  roots.stack[0] = NULL;
  gc_heap_collect(h);
  cr_expect_eq(h->stats.heap_objects, 0);
  cr_expect_eq(h->stats.heap_inuse, 0);
}

Test(gc_mark, allocation_during_marking_is_black) {
  h->roots = NULL; /* nothing is a root: only black allocation can keep it */
  gc_start(h);
  cr_assert(gc_marking(h));
  Node *n = node(42);
  while (gc_safepoint(h)) {
  }
  gc_sweep_all(h->gc);
  cr_expect(live(n), "allocated black, kept by the cycle it was born in");
  cr_expect_eq(n->val, 42);
  gc_heap_collect(h);
  cr_expect_not(live(n), "and freed by the next");
}

/* The hybrid barrier's deletion half: a pointer moved from the heap to a
** (black, already scanned) stack, its heap slot overwritten, then stored
** into a new object. Whatever the GC thread's timing, the object survives. */
Test(gc_mark, deletion_barrier_saves_an_object_moved_to_the_stack) {
  for (int round = 0; round < 200; round++) {
    Node *a = node(1), *b = node(2);
    a->next = b;
    roots.stack[0] = a;
    gc_start(h); /* the stack (roots) is scanned: black */
    Node *local = a->next;                      /* heap -> stack, no barrier */
    gc_write_ptr(h, (void **)&a->next, NULL);   /* the only heap path is gone */
    Node *c = node(3);                          /* black */
    gc_write_ptr(h, (void **)&c->next, local);  /* stack -> heap */
    roots.stack[1] = c;                         /* (for the next cycle) */
    while (gc_safepoint(h)) {
    }
    cr_assert(live(local), "round %d", round);
    cr_assert_eq(local->val, 2);
#ifdef VM_DEBUG
    cr_assert_eq(gc_verify(h), 0);
#endif
    gc_heap_collect(h);
    cr_assert(live(local) && live(c) && live(a));
    roots.stack[0] = roots.stack[1] = NULL;
    gc_heap_collect(h);
    cr_assert_eq(h->stats.heap_objects, 0);
  }
}

Test(gc_mark, typed_copies_shade_old_and_new) {
  Node *a = node(1), *b = node(2), *c = node(3);
  a->next = b;
  Node tmp = {.next = c, .val = 9, .other = NULL};
  roots.stack[0] = a;
  gc_start(h);
  gc_copy_words(h, a, &tmp, 3, node_mask); /* barrier, then the typed copy */
  while (gc_safepoint(h)) {
  }
  cr_expect(live(b), "overwritten: shaded by the deletion half");
  cr_expect(live(c), "written: shaded by the insertion half");
  gc_heap_collect(h);
  cr_expect_not(live(b));
  cr_expect(live(c));
}

Test(gc_mark, pacing_follows_gogc) {
  /* 8 MB live in large objects */
  for (int i = 0; i < 8; i++) roots.stack[i] = gc_alloc(vm, NULL, 1 << 20);
  gc_heap_collect(h);
  uint64_t marked = h->stats.heap_marked;
  cr_expect_eq(marked, (uint64_t)8 << 20);
  cr_expect_eq(h->stats.next_gc, 2 * marked, "GOGC=100: twice the live heap");
  h->gc_percent = 50;
  gc_heap_collect(h);
  cr_expect_eq(h->stats.next_gc, marked + marked / 2);
  for (int i = 0; i < 8; i++) roots.stack[i] = NULL;
  gc_heap_collect(h);
  cr_expect_eq(h->stats.next_gc, GC_MIN_HEAP_GOAL, "never below 4 MB");
  h->gc_percent = -1;
  gc_heap_collect(h);
  cr_expect_eq(h->stats.next_gc, UINT64_MAX, "GOGC=off");
}

Test(gc_mark, the_pacer_asks_and_a_safepoint_starts) {
  for (int i = 0; i < 5000; i++) {
    roots.stack[i % NSTACK] = gc_alloc(vm, NULL, 1000);
    gc_safepoint(h);
  }
  while (gc_safepoint(h)) {
  }
  cr_expect_geq(h->stats.num_gc, 1, "5 MB allocated: past the 4 MB goal");
  cr_expect_eq(h->stats.num_forced_gc, 0);
  gc_sweep_all(h->gc); /* sweeping is lazy: finish it to count */
  cr_expect_lt(h->stats.heap_objects, 5000);
}

Test(gc_mark, no_roots_no_automatic_cycles) {
  h->roots = NULL;
  for (int i = 0; i < 200; i++) {
    gc_alloc(vm, NULL, 100000);
    gc_safepoint(h);
  }
  cr_expect_eq(h->stats.num_gc, 0, "the VM never collects without a root scanner");
  cr_expect_eq(h->stats.heap_objects, 200);
}

Test(gc_mark, pauses_are_measured) {
  roots.stack[0] = node(1);
  gc_heap_collect(h);
  gc_heap_collect(h);
  GcStats s = h->stats;
  cr_expect_eq(s.num_gc, 2);
  cr_expect_gt(s.pause_ns[0], 0);
  cr_expect_gt(s.pause_ns[1], 0);
  cr_expect_eq(s.pause_ns[2], 0);
  cr_expect_geq(s.pause_total_ns, s.pause_ns[0] + s.pause_ns[1]);
  cr_expect_leq(s.max_pause_ns, s.pause_total_ns);
  cr_expect_gt(s.last_gc, (uint64_t)1600000000 * 1000000000u, "wall clock ns");
}

#ifdef VM_DEBUG
Test(gc_mark, freed_objects_are_poisoned) {
  uint64_t *p = gc_alloc(vm, NULL, 64);
  p[0] = 1;
  Node *keep = node(5); /* keeps the span in use, so the slot is not unmapped */
  uint64_t *q = gc_alloc(vm, NULL, 64);
  roots.stack[0] = keep;
  roots.stack[1] = q;
  gc_heap_collect(h);
  for (int i = 0; i < 8; i++) cr_expect_eq(p[i], 0xdbdbdbdbdbdbdbdbull);
  cr_expect_eq(keep->val, 5);
}

Test(gc_mark, the_checker_sees_a_broken_invariant) {
  Node *a = node(1);
  roots.stack[0] = a;
  gc_heap_collect(h);
  Node *b = node(2);
  /* forge the state a missing barrier would leave: a black, b white */
  GcSpan *s = gc_span_of(h->gc, (uintptr_t)a);
  gc_bit_set(s->markbits, gc_span_index(s, (uintptr_t)a));
  a->next = b;
  cr_expect_eq(gc_verify(h), 1);
  s->markbits[gc_span_index(s, (uintptr_t)a) / 64] = 0;
  cr_expect_eq(gc_verify(h), 0);
}
#endif

Test(gc_mark, typed_copies_copy_and_clear) {
  Node *arr = gc_alloc(vm, &T_NODE, 4 * sizeof(Node));
  for (int i = 0; i < 4; i++) arr[i] = (Node){.next = node(i), .val = i, .other = NULL};
  gc_copy_words(h, &arr[1], &arr[0], 9, NULL);  /* overlapping, upward */
  cr_expect_eq(arr[3].val, 2);
  cr_expect_eq(arr[1].val, 0);
  cr_expect_eq(arr[1].next, arr[0].next);
  gc_copy_words(h, &arr[0], &arr[1], 9, NULL);  /* overlapping, downward */
  cr_expect_eq(arr[2].val, 2);
  gc_copy_words(h, &arr[3], NULL, 3, node_mask); /* clearing */
  cr_expect_null(arr[3].next);
  cr_expect_eq(arr[3].val, 0);
}

/* gc_memmove is memmove, for every overlap and misalignment: words in the
** middle (atomically), bytes at the unaligned edges. */
Test(gc_mark, gc_memmove_is_memmove) {
  uint8_t buf[96], ref[96];
  for (size_t dst = 0; dst < 24; dst++)
    for (size_t src = 0; src < 24; src++)
      for (size_t n = 0; n <= 40; n += 3) {
        for (int i = 0; i < 96; i++) buf[i] = ref[i] = (uint8_t)(i * 7 + 1);
        gc_memmove(buf + dst, buf + src, n);
        memmove(ref + dst, ref + src, n);
        cr_assert(!memcmp(buf, ref, sizeof buf), "dst %zu src %zu n %zu", dst, src, n);
        gc_memmove(buf + dst, NULL, n); /* clearing */
        memset(ref + dst, 0, n);
        cr_assert(!memcmp(buf, ref, sizeof buf), "clear dst %zu n %zu", dst, n);
      }
}

/* The mutator can do the marking itself: assists drain the shared list. */
Test(gc_mark, assists_scan_gray_objects) {
  Node *head = NULL;
  for (int i = 0; i < 20000; i++) {
    Node *n = node(i);
    n->other = head; /* a wide structure: every node also on a root chain */
    head = n;
  }
  Node **table = gc_alloc(vm, &T_PTR, 5000 * sizeof(Node *));
  int k = 0;
  for (Node *n = head; n && k < 5000; n = n->other) table[k++] = n;
  roots.stack[0] = table;
  roots.stack[1] = head;
  gc_start(h);
  for (int i = 0; i < 200; i++) gc_assist(h->gc, 64);
  while (gc_safepoint(h)) {
  }
  gc_sweep_all(h->gc);
  cr_expect_eq(h->stats.heap_objects, 20001, "every node marked, by whoever");
  int64_t want = 19999;
  for (Node *n = head; n; n = n->other) cr_assert_eq(n->val, want--);
}

static size_t list_len(const SpanList *l) {
  size_t n = 0;
  for (const GcSpan *s = l->first; s; s = s->next) n++;
  return n;
}

static size_t span_structs(Gc *g) {
  size_t n = list_len(&g->free) + list_len(&g->dead) + list_len(&g->dying) +
             list_len(&g->large);
  for (int c = 0; c < GC_NUM_SPANCLASSES; c++) n += list_len(&g->classes[c]);
  return n;
}

/* Cycles back to back, every allocation made while marking: the span
** structs freed by each sweep must be reused, not piled up (they were, when
** no struct was reused while marking: the C heap grew without bound under
** a steady allocation loop, bench/rssflat). */
Test(gc_mark, span_structs_are_reused_across_back_to_back_cycles) {
  /* a rooted list of 1000 nodes that the slow stress marker (20 us and
  ** more per object) takes tens of milliseconds to scan: the allocations
  ** below happen while it marks */
  h->stress_concurrent = true;
  for (int i = 0; i < 1000; i++) {
    Node *n = node(i);
    n->next = roots.stack[0];
    roots.stack[0] = n;
  }
  size_t early = 0;
  int busy = 0;
  for (int round = 0; round < 30; round++) {
    gc_start(h);
    cr_assert(gc_marking(h));
    for (int i = 0; i < 3000; i++) node(i);
    busy += gc_marking(h);
    while (gc_safepoint(h)) {
    }
    if (round == 8) early = span_structs(h->gc);
  }
  cr_expect_geq(busy, 20, "the allocations ran while marking in %d rounds of 30", busy);
  cr_expect_leq(span_structs(h->gc), early + 4, "span structs: %zu after 30 cycles, %zu after 8",
                span_structs(h->gc), early);
}
