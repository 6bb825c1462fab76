/*
** map.c — Go maps: an open-addressing hash table keyed by the key type's
** memory layout (RType), with Go's semantics for lookups of missing keys,
** nil maps, NaN keys, key overwrites and iteration during mutation.
**
** Layout. A map value is an rt_Map * (NULL is the nil map). The header
** points to one table of `cap` slots, held in three heap objects:
**   ctrl  cap bytes: EMPTY (0), DELETED (1), or FULL: 0x80 | the top 7 bits
**         of the key's hash (a cheap filter before comparing keys);
**   keys  cap keys, in memory form, allocated with the key's RType;
**   vals  cap values, in memory form, allocated with the value's RType.
** A key hashes (alg.c, seeded per map) to its home slot h & (cap-1) and lives
** there or at the first free slot after it (linear probing). DELETED slots
** ("tombstones") keep probe chains unbroken after a delete.
**
** Growth. `used` counts FULL and DELETED slots; an insertion that would
** make used exceed 3/4 of cap rebuilds the table into a new one, twice as
** big when more than half of it would be live, else the same size (which
** only sweeps tombstones away). So a probe always meets an EMPTY slot, and
** each rebuild is paid for by at least cap/4 insertions. The old table is
** never written again after a rebuild (iterators may still read it).
**
** Iteration (Go's rules: an entry deleted before it is reached is not
** produced; one added during the loop may or may not be; none is produced
** twice). An iterator walks the slots of the table that was current when it
** started, from a random slot, wrapping around. While that table is still
** the map's, a FULL slot is a live entry. Once the map has moved to a new
** table, the old one is a frozen snapshot: each of its keys is produced only
** if a lookup still finds it in the map (with the map's current value), so
** deleted keys are skipped and no key appears twice. A key that is not
** equal to itself (NaN) cannot be looked up, or deleted: it is produced from
** the snapshot, as Go does.
**
** Randomness: the start slot, each map's hash seed and NaN hashes come from
** the VM's generator (rt_fastrand), so iteration order differs between
** runs, maps and loops, like Go's.
**
** Frame maps. A map that escape analysis keeps in its function (Go: the
** hmap and, for a hint of at most 8, one bucket on the stack) is made by
** rt_map_frame in a slot of the frame the compiler reserved: the header,
** then (when the slot has one) a table of RT_MAP_FRAME_CAP slots: ctrl,
** keys, values, laid out back to back. The compiler marks the header's
** three table pointers and the keys' and values' pointer words in the
** frame's pointer map, so the stack copier adjusts the pointers into the
** frame when the stack moves and the collector finds the heap objects the
** entries point to. Growth is an ordinary rebuild: the entries move to a
** heap table and the frame one is never written again. No heap object ever
** points into the frame: map keys and values always flow to the heap in
** escape analysis, and nothing but the frame holds the header's address
** (the map itself does not escape).
**
** Memory: every other object comes from gc_alloc. The header has its own RType
** (map_header_type below: its first three words point to heap objects, the
** fourth to the module's map RType, which is not on the heap); ctrl is
** pointer-free; keys and vals are arrays of the key and value types (NULL
** type when they hold no pointers). Zero-byte arrays point at rt_zerobase.
** Deleted slots are cleared so the collector never sees stale pointers.
** Every store into a table or the header goes through the write barrier
** (gc_typed_memmove, gc_write_ptr): a rebuild replaces the header's table
** pointers, and the deletion half of the barrier keeps the old table (and
** so the entries being copied into the new, black one) alive for the
** cycle under way.
*/
#include <stddef.h>
#include <string.h>

#include "runtime.h"
#include "../vm/interp.h"

enum { EMPTY = 0, DELETED = 1, FULL = 0x80, MIN_CAP = 8 };

/* How keys are compared and hashed, fixed when the map is made. */
typedef enum KeyClass {
  KEY_WORD,    /* exactly 8 bytes compared as bits: int, pointers, ... */
  KEY_MEMORY,  /* size bytes compared as bits: no floats, strings, padding */
  KEY_STRING,
  KEY_GENERIC  /* rt_hash / rt_equal by kind */
} KeyClass;

struct rt_Map {
  uint8_t *ctrl;          /* the table (see the top of the file) */
  void *keys;
  void *vals;
  const RType *type;      /* the map type: key and elem */
  int64_t count;          /* live entries: len(m) */
  int64_t cap;            /* slots: 0 (no table yet) or a power of two >= 8 */
  int64_t used;           /* FULL + DELETED slots */
  int64_t hint;           /* cap to start with, from make's size hint */
  uint64_t seed;
  int32_t kclass;         /* KeyClass */
  bool key_update;        /* an overwrite stores the new key (Go's needkeyupdate) */
};

static const RType map_header_type = {
  .kind = RK_STRUCT, .size = sizeof(struct rt_Map),
  .nwords = (int32_t)(sizeof(struct rt_Map) / sizeof(Word)),
  .str = "runtime.hmap", .ptrmask = (const uint8_t[]){0x07, 0x00} /* a bit per word: 10 */
};

/* {==================================================================
** Keys
** =================================================================== */

/* Equal as values exactly when equal as bytes: no floats (+0/-0, NaN), no
** strings or interfaces (indirect), no padding (never written). */
static bool plain_memory(const RType *t) {
  switch (t->kind) {
  case RK_BOOL: case RK_INT: case RK_INT8: case RK_INT16: case RK_INT32: case RK_INT64:
  case RK_UINT: case RK_UINT8: case RK_UINT16: case RK_UINT32: case RK_UINT64:
  case RK_UINTPTR: case RK_CHAN: case RK_POINTER: case RK_UNSAFEPOINTER:
    return true;
  case RK_ARRAY:
    return plain_memory(t->elem);
  case RK_STRUCT: {
    int64_t end = 0;
    for (int i = 0; i < t->nfields; i++) {
      const RField *f = &t->fields[i];
      if (f->offset != end || !plain_memory(f->type)) return false;
      end += f->type->size;
    }
    return end == t->size;
  }
  default:
    return false;
  }
}

/* Go's needkeyupdate: keys equal without being identical (+0 and -0, two
** copies of a string) must be overwritten by the newer one. */
static bool needs_key_update(const RType *t) {
  switch (t->kind) {
  case RK_FLOAT32: case RK_FLOAT64: case RK_COMPLEX64: case RK_COMPLEX128:
  case RK_STRING: case RK_INTERFACE:
    return true;
  case RK_ARRAY:
    return needs_key_update(t->elem);
  case RK_STRUCT:
    for (int i = 0; i < t->nfields; i++)
      if (needs_key_update(t->fields[i].type)) return true;
    return false;
  default:
    return false;
  }
}

static KeyClass key_class(const RType *k) {
  if (k->kind == RK_STRING) return KEY_STRING;
  if (!plain_memory(k)) return KEY_GENERIC;
  return k->size == 8 ? KEY_WORD : KEY_MEMORY;
}

static uint64_t key_hash(VM *vm, const rt_Map *m, const void *key) {
  switch (m->kclass) {
  case KEY_WORD: {
    uint64_t w;
    memcpy(&w, key, 8);
    return rt_hash_bytes(&w, 8, m->seed);
  }
  case KEY_MEMORY: return rt_hash_bytes(key, (size_t)m->type->key->size, m->seed);
  case KEY_STRING: {
    const GoString *s = key;
    return rt_hash_bytes(s->ptr, (size_t)s->len, m->seed);
  }
  default: return rt_hash(vm, m->type->key, key, m->seed);
  }
}

static bool key_equal(VM *vm, const rt_Map *m, const void *a, const void *b) {
  switch (m->kclass) {
  case KEY_WORD: return memcmp(a, b, 8) == 0;
  case KEY_MEMORY: return memcmp(a, b, (size_t)m->type->key->size) == 0;
  case KEY_STRING: return rt_string_equal(*(const GoString *)a, *(const GoString *)b);
  default: return rt_equal(vm, m->type->key, a, b);
  }
}

/* }================================================================== */

/* {==================================================================
** The table
** =================================================================== */

static uint8_t tag_of(uint64_t h) { return (uint8_t)(FULL | (h >> 57)); }
static bool is_full(uint8_t c) { return (c & FULL) != 0; }

static int64_t ksize(const rt_Map *m) { return m->type->key->size; }
static int64_t vsize(const rt_Map *m) { return m->type->elem->size; }
static uint8_t *key_at(const rt_Map *m, void *keys, int64_t i) {
  return (uint8_t *)keys + i * ksize(m);
}
static uint8_t *val_at(const rt_Map *m, void *vals, int64_t i) {
  return (uint8_t *)vals + i * vsize(m);
}

/* [src] NULL clears. */
static void copy_key(VM *vm, const rt_Map *m, void *dst, const void *src) {
  if (ksize(m)) gc_typed_memmove(&vm->heap, m->type->key, dst, src, (size_t)ksize(m));
}
static void copy_val(VM *vm, const rt_Map *m, void *dst, const void *src) {
  if (vsize(m)) gc_typed_memmove(&vm->heap, m->type->elem, dst, src, (size_t)vsize(m));
}

static void *alloc_array(VM *vm, const RType *t, int64_t n) {
  if (t->size == 0) return (void *)&rt_zerobase;
  return gc_alloc(vm, t->ptrmask ? t : NULL, (size_t)(n * t->size));
}

/* The slot holding [key] (hash [h]), or -1. With [free_slot], also the
** first DELETED or EMPTY slot of the probe chain, where it would go. */
static int64_t probe(VM *vm, const rt_Map *m, const void *key, uint64_t h, int64_t *free_slot) {
  uint64_t mask = (uint64_t)m->cap - 1;
  uint8_t tag = tag_of(h);
  int64_t hole = -1;
  for (uint64_t i = h & mask;; i = (i + 1) & mask) {
    uint8_t c = m->ctrl[i];
    if (c == tag && key_equal(vm, m, key_at(m, m->keys, (int64_t)i), key)) return (int64_t)i;
    if (!is_full(c) && hole < 0) hole = (int64_t)i;
    if (c == EMPTY) break; /* the chain ends: the key is not in the map */
  }
  if (free_slot) *free_slot = hole;
  return -1;
}

/* Moves every entry into a fresh table of [newcap] slots. */
static void rebuild(VM *vm, rt_Map *m, int64_t newcap) {
  /* MAX_ALLOC (2^48) bounds every array, as Go's maxAlloc. */
  int64_t widest = ksize(m) > vsize(m) ? ksize(m) : vsize(m);
  if (newcap > ((int64_t)1 << 48) / (widest > 0 ? widest : 1))
    vm_fatal(vm, "runtime: out of memory");
  uint8_t *ctrl = gc_alloc(vm, NULL, (size_t)newcap);
  void *keys = alloc_array(vm, m->type->key, newcap);
  void *vals = alloc_array(vm, m->type->elem, newcap);
  uint64_t mask = (uint64_t)newcap - 1;
  for (int64_t i = 0; i < m->cap; i++) {
    if (!is_full(m->ctrl[i])) continue;
    const uint8_t *k = key_at(m, m->keys, i);
    uint64_t h = key_hash(vm, m, k); /* NaN gets a new random home: harmless */
    uint64_t j = h & mask;
    while (ctrl[j] != EMPTY) j = (j + 1) & mask;
    ctrl[j] = tag_of(h);
    copy_key(vm, m, key_at(m, keys, (int64_t)j), k);
    copy_val(vm, m, val_at(m, vals, (int64_t)j), val_at(m, m->vals, i));
  }
  gc_write_ptr(&vm->heap, (void **)&m->ctrl, ctrl);
  gc_write_ptr(&vm->heap, &m->keys, keys);
  gc_write_ptr(&vm->heap, &m->vals, vals);
  m->cap = newcap;
  m->used = m->count;
}

/* A table for one more entry: the first one (sized by make's hint), one
** twice as big when over half of it would be live, else one of the same
** size without the tombstones. */
static void grow(VM *vm, rt_Map *m) {
  if (m->cap == 0) {
    rebuild(vm, m, m->hint > MIN_CAP ? m->hint : MIN_CAP);
    return;
  }
  int64_t newcap = m->cap;
  while ((m->count + 1) * 2 > newcap) newcap *= 2;
  rebuild(vm, m, newcap);
}

/* Where a key known to be absent, with hash [h], goes. */
static int64_t first_free(const rt_Map *m, uint64_t h) {
  uint64_t mask = (uint64_t)m->cap - 1, i = h & mask;
  while (is_full(m->ctrl[i])) i = (i + 1) & mask;
  return (int64_t)i;
}

/* Clears slot [i] after a delete. A slot followed by an EMPTY one is on no
** longer chain, so it may become EMPTY again instead of a tombstone. */
static void clear_slot(VM *vm, rt_Map *m, int64_t i) {
  int64_t next = (i + 1) & (m->cap - 1);
  if (m->ctrl[next] == EMPTY) {
    m->ctrl[i] = EMPTY;
    m->used--;
  } else {
    m->ctrl[i] = DELETED;
  }
  copy_key(vm, m, key_at(m, m->keys, i), NULL);
  copy_val(vm, m, val_at(m, m->vals, i), NULL);
}

/* }================================================================== */

/* {==================================================================
** The operations
** =================================================================== */



_Static_assert(sizeof(struct rt_Map) == RT_MAP_HEADER_WORDS * sizeof(Word), "rt_Map words");
_Static_assert(offsetof(struct rt_Map, vals) == 2 * sizeof(Word), "the table pointers come first");

/* The fields of a fresh header at [m] (zeroed memory). */
static void init_header(VM *vm, rt_Map *m, const RType *maptype, int64_t hint) {
  m->type = maptype;
  m->seed = rt_fastrand(vm);
  m->kclass = key_class(maptype->key);
  m->key_update = needs_key_update(maptype->key);
  /* Slots for [hint] entries at a load of at most 3/4; the table itself
  ** waits for the first insertion. A negative or absurd hint is ignored, as
  ** Go ignores one whose buckets would not fit in memory. */
  if (hint > MIN_CAP && hint <= ((int64_t)1 << 40)) {
    int64_t cap = MIN_CAP;
    while (cap * 3 < hint * 4) cap *= 2;
    m->hint = cap;
  }
}

rt_Map *rt_map_new(VM *vm, const RType *maptype, int64_t hint) {
  rt_Map *m = gc_alloc(vm, &map_header_type, sizeof *m);
  init_header(vm, m, maptype, hint);
  return m;
}

int64_t rt_map_frame_bytes(const RType *maptype, bool table) {
  int64_t n = RT_MAP_HEADER_WORDS * (int64_t)sizeof(Word);
  if (table) n += RT_MAP_FRAME_CAP * (1 + maptype->key->size + maptype->elem->size);
  return n;
}

/* The frame table's arrays follow the header: ctrl, then keys, then values
** (each array's size is a multiple of 16, so every part stays 8-aligned,
** as the compiler's layout of the slot has it). */
rt_Map *rt_map_frame(VM *vm, const RType *maptype, int64_t hint, void *mem, bool table) {
  rt_Map *m = mem;
  memset(mem, 0, (size_t)rt_map_frame_bytes(maptype, table));
  init_header(vm, m, maptype, hint);
  if (table && hint <= RT_MAP_FRAME_HINT) {
    uint8_t *ctrl = (uint8_t *)mem + RT_MAP_HEADER_WORDS * sizeof(Word);
    uint8_t *keys = ctrl + RT_MAP_FRAME_CAP;
    uint8_t *vals = keys + RT_MAP_FRAME_CAP * maptype->key->size;
    /* frame words: no barrier (Go's stack writes have none either) */
    m->ctrl = ctrl;
    m->keys = maptype->key->size ? (void *)keys : (void *)&rt_zerobase;
    m->vals = maptype->elem->size ? (void *)vals : (void *)&rt_zerobase;
    m->cap = RT_MAP_FRAME_CAP;
    m->hint = 0;
  }
  return m;
}

int64_t rt_map_len(const rt_Map *m) { return m ? m->count : 0; }

/* Go hashes the key of an operation on an empty map anyway when hashing
** may panic (an interface key holding a slice): the panic must not depend
** on the map's contents. */
static void hash_for_panic(VM *vm, const RType *maptype, const void *key) {
  if (key_class(maptype->key) == KEY_GENERIC) rt_hash(vm, maptype->key, key, 0);
}

void *rt_map_access(VM *vm, const RType *maptype, rt_Map *m, const void *key) {
  if (!m || m->count == 0) {
    hash_for_panic(vm, maptype, key);
    return NULL;
  }
  int64_t i = probe(vm, m, key, key_hash(vm, m, key), NULL);
  return i < 0 ? NULL : val_at(m, m->vals, i);
}

void *rt_map_assign(VM *vm, const RType *maptype, rt_Map *m, const void *key) {
  if (!m) ex_panic_plain(vm, "assignment to entry in nil map");
  uint64_t h = key_hash(vm, m, key);
  int64_t slot = -1;
  if (m->cap > 0) {
    int64_t i = probe(vm, m, key, h, &slot);
    if (i >= 0) {
      if (m->key_update) copy_key(vm, m, key_at(m, m->keys, i), key);
      return val_at(m, m->vals, i);
    }
  }
  if (slot < 0 || m->ctrl[slot] == EMPTY) {
    /* Taking an EMPTY slot raises `used`: the table may have to grow. */
    if (m->cap == 0 || (m->used + 1) * 4 > m->cap * 3) {
      grow(vm, m);
      slot = first_free(m, h);
    }
    m->used++;
  }
  m->ctrl[slot] = tag_of(h);
  copy_key(vm, m, key_at(m, m->keys, slot), key);
  m->count++;
  return val_at(m, m->vals, slot);
}

void rt_map_delete(VM *vm, const RType *maptype, rt_Map *m, const void *key) {
  if (!m || m->count == 0) {
    hash_for_panic(vm, maptype, key);
    return;
  }
  int64_t i = probe(vm, m, key, key_hash(vm, m, key), NULL);
  if (i < 0) return;
  clear_slot(vm, m, i);
  m->count--;
}

/* }================================================================== */

/* {==================================================================
** Iteration
** =================================================================== */

void rt_map_iter_init(VM *vm, rt_Map *m, rt_MapIter *it) {
  *it = (rt_MapIter){0};
  if (!m || m->cap == 0) return;
  it->map = m;
  it->ctrl = m->ctrl;
  it->keys = m->keys;
  it->vals = m->vals;
  it->cap = m->cap;
  /* no VM (fmt in unit tests, which sorts anyway): no randomness */
  it->start = vm ? (int64_t)(rt_fastrand(vm) & (uint64_t)(m->cap - 1)) : 0;
}

bool rt_map_iter_next(VM *vm, rt_MapIter *it, const void **key, void **val) {
  rt_Map *m = it->map;
  while (it->i < it->cap) {
    int64_t slot = (it->start + it->i) & (it->cap - 1);
    it->i++;
    if (!is_full(it->ctrl[slot])) continue;
    const uint8_t *k = key_at(m, it->keys, slot);
    if (it->ctrl == m->ctrl || !key_equal(vm, m, k, k)) {
      /* the live table, or a NaN key in the snapshot (it cannot be gone) */
      *key = k;
      *val = val_at(m, it->vals, slot);
      return true;
    }
    /* The map has a new table: the entry counts only if it is still there. */
    int64_t j = m->count ? probe(vm, m, k, key_hash(vm, m, k), NULL) : -1;
    if (j < 0) continue;
    *key = key_at(m, m->keys, j);
    *val = val_at(m, m->vals, j);
    return true;
  }
  *key = NULL;
  *val = NULL;
  return false;
}

/* }================================================================== */

/* {==================================================================
** Checking the invariants (tests and debug builds)
** =================================================================== */

const char *rt_map_check(VM *vm, const rt_Map *m) {
  if (!m) return NULL;
  if (m->cap == 0) return m->count || m->used ? "entries without a table" : NULL;
  if (m->cap < MIN_CAP || (m->cap & (m->cap - 1))) return "cap is not a power of two >= 8";
  int64_t full = 0, deleted = 0;
  for (int64_t i = 0; i < m->cap; i++) {
    uint8_t c = m->ctrl[i];
    if (c == DELETED) deleted++;
    else if (is_full(c)) full++;
    else if (c != EMPTY) return "a control byte is neither EMPTY, DELETED nor FULL";
  }
  if (full != m->count) return "count differs from the FULL slots";
  if (full + deleted != m->used) return "used differs from FULL + DELETED slots";
  if (m->used * 4 > m->cap * 3) return "the table is over 3/4 full";
  for (int64_t i = 0; i < m->cap; i++) {
    if (!is_full(m->ctrl[i])) continue;
    const uint8_t *k = key_at(m, m->keys, i);
    if (!key_equal(vm, m, k, k)) continue; /* NaN: hashes anywhere */
    uint64_t h = key_hash(vm, m, k);
    if (m->ctrl[i] != tag_of(h)) return "a slot's tag is not its key's hash";
    if (probe(vm, m, k, h, NULL) != i) return "a key is not found at its slot";
  }
  return NULL;
}

/* }================================================================== */
