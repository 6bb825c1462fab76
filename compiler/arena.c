/*
** arena.c — the compilation's bump allocator and its pointer vectors.
**
** Memory comes in blocks of at least ARENA_BLOCK bytes, chained from
** Arena.head; allocations are carved from the head block and never freed one
** by one: arena_free releases every block at once (cmp_free does so at the
** end of a compilation).
**
** Invariants:
**  - Every allocation is 16-byte aligned and zeroed (the parser and checker
**    rely on NULL/0 defaults in fresh nodes).
**  - Arena.used/cap describe the head block; a request too large to be
**    worth a fresh head gets a block of its own, linked behind the head so
**    the head's free space is not wasted.
**  - Out of memory is fatal (abort with a message): the compiler's memory
**    use is bounded by a small multiple of the source size.
**  - Under AddressSanitizer the free part of each block is poisoned and
**    every allocation unpoisons exactly the bytes asked for, so writing past
**    an allocation is caught even though the block is one malloc.
*/
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "compiler.h"

#if defined(__SANITIZE_ADDRESS__)
#define ARENA_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ARENA_ASAN 1
#endif
#endif
#ifdef ARENA_ASAN
#include <sanitizer/asan_interface.h>
#else
#define ASAN_POISON_MEMORY_REGION(p, n) ((void)(p), (void)(n))
#define ASAN_UNPOISON_MEMORY_REGION(p, n) ((void)(p), (void)(n))
#endif

#define ARENA_ALIGN 16
#define ARENA_BLOCK (64 * 1024)

struct ArenaBlock {
  ArenaBlock *next;
  size_t cap;
  /* keeps data 16-aligned whatever the header's size */
  _Alignas(ARENA_ALIGN) unsigned char data[];
};

static ArenaBlock *new_block(size_t cap) {
  if (cap > SIZE_MAX - sizeof(ArenaBlock)) goto oom;
  ArenaBlock *b = calloc(1, sizeof(ArenaBlock) + cap);
  if (b == NULL) goto oom;
  b->cap = cap;
  ASAN_POISON_MEMORY_REGION(b->data, cap);
  return b;
oom:
  fprintf(stderr, "vm: compiler out of memory\n");
  abort();
}

static void *carve(Arena *a, size_t n) {
  if (a->head != NULL && a->cap - a->used >= n) {
    void *p = a->head->data + a->used;
    a->used += n;
    return p;
  }
  if (n > ARENA_BLOCK / 4 && a->head != NULL) {
    /* big: its own block, behind the head */
    ArenaBlock *b = new_block(n);
    b->next = a->head->next;
    a->head->next = b;
    return b->data;
  }
  size_t cap = n > ARENA_BLOCK ? n : ARENA_BLOCK;
  ArenaBlock *b = new_block(cap);
  b->next = a->head;
  a->head = b;
  a->used = n;
  a->cap = cap;
  return b->data;
}

void *arena_alloc(Arena *a, size_t n) {
  size_t want = n == 0 ? 1 : n;
  size_t size = want > SIZE_MAX - ARENA_ALIGN
                    ? SIZE_MAX /* new_block reports it */
                    : (want + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
  void *p = carve(a, size);
  ASAN_UNPOISON_MEMORY_REGION(p, want);
  return p;
}

char *arena_strndup(Arena *a, const char *s, size_t n) {
  char *p = arena_alloc(a, n + 1);
  memcpy(p, s, n);
  p[n] = 0;
  return p;
}

void arena_free(Arena *a) {
  ArenaBlock *b = a->head;
  while (b != NULL) {
    ArenaBlock *next = b->next;
    ASAN_UNPOISON_MEMORY_REGION(b->data, b->cap);
    free(b);
    b = next;
  }
  a->head = NULL;
  a->used = a->cap = 0;
}

void ptrvec_push(Arena *a, PtrVec *vec, void *p) {
  if (vec->n == vec->cap) {
    int cap = vec->cap < 8 ? 8 : vec->cap * 2;
    void **v = arena_alloc(a, (size_t)cap * sizeof *v);
    if (vec->n > 0) memcpy(v, vec->v, (size_t)vec->n * sizeof *v);
    vec->v = v;
    vec->cap = cap;
  }
  vec->v[vec->n++] = p;
}
