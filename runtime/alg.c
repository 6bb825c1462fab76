/*
** alg.c — what the runtime does with a value knowing only its RType (Go's
** alg.go and typedmemmove): move it between register and memory form, and
** hash and compare it the way map keys and == need.
**
** Forms (runtime.h, "composite types"): in registers every scalar has its
** own 8-byte word (narrow integers extended, float32 widened to a double,
** complex64 as two doubles) and array elements / struct fields follow one
** another word-aligned; in memory a value has Go's amd64 layout (RType.size,
** RField.offset). Types whose two forms are the same bytes are copied with
** one memcpy; the others are walked element by element.
**
** Hashing and equality work on memory form and follow Go's semantics by kind:
**   - integers, bools, pointers, channels, unsafe.Pointer: by bits;
**   - floats: by value, so +0 == -0 (one hash), and NaN != NaN: a NaN hashes
**     to a fresh random value, so every NaN key is a new map entry;
**   - complex: real part, then imaginary part, as floats;
**   - strings: by content;
**   - interfaces: nil equals nil; otherwise by dynamic type (RType identity:
**     the code generator emits one RType per distinct type) and then by the
**     dynamic value; a dynamic type that is not comparable panics with
**     "hash of unhashable type T" / "comparing uncomparable type T", T the
**     outermost such type, as Go reports it;
**   - arrays and structs: element by element / field by field (padding is
**     never read, so it may hold anything).
**
** Invariants: rt_equal(a, b) implies rt_hash(a) == rt_hash(b) under the same
** seed (the +0/-0 case included); NaN-containing values are never equal to
** anything, themselves included. Nothing here allocates.
*/
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "runtime.h"

/* {==================================================================
** Random numbers
** =================================================================== */

#define K1 0x9E3779B97F4A7C15ull
#define K2 0xBF58476D1CE4E5B9ull

/* The finaliser of splitmix64: every input bit affects every output bit. */
static uint64_t mix64(uint64_t x) {
  x ^= x >> 30;
  x *= K2;
  x ^= x >> 27;
  x *= 0x94D049BB133111EBull;
  x ^= x >> 31;
  return x;
}

/* The VM's first random state: time, process and the VM's address, so two
** runs, two processes and two VMs of one process all differ. */
static uint64_t first_seed(VM *vm) {
  struct timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  uint64_t s = (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
  s ^= (uint64_t)getpid() << 40;
  s ^= (uint64_t)(uintptr_t)vm;
  s = mix64(s + K1);
  return s ? s : K1;
}

/* xorshift64*: vm->rng is the state, 0 until first use (vm_new zeroes the
** VM and does not know about us). */
uint64_t rt_fastrand(VM *vm) {
  uint64_t x = vm->rng ? vm->rng : first_seed(vm);
  x ^= x >> 12;
  x ^= x << 25;
  x ^= x >> 27;
  vm->rng = x;
  return x * 0x2545F4914F6CDD1Dull;
}

/* }================================================================== */

/* {==================================================================
** Register form and memory form
** =================================================================== */

static bool is_scalar_word(int k) {
  switch (k) {
  case RK_INT: case RK_INT64: case RK_UINT: case RK_UINT64: case RK_UINTPTR:
  case RK_FLOAT64: case RK_CHAN: case RK_FUNC: case RK_MAP: case RK_POINTER:
  case RK_UNSAFEPOINTER:
    return true;
  default:
    return false;
  }
}

bool rt_value_same_form(const RType *t) {
  switch (t->kind) {
  case RK_STRING: case RK_SLICE: case RK_INTERFACE: case RK_COMPLEX128:
    return true;
  case RK_ARRAY:
    return t->len == 0 || rt_value_same_form(t->elem);
  case RK_STRUCT:
    /* Same form exactly when every field is, and each starts on the word
    ** its registers start at (no sub-word fields, no padding words). */
    for (int i = 0, word = 0; i < t->nfields; i++) {
      const RType *ft = t->fields[i].type;
      if (t->fields[i].offset != (int64_t)word * 8 || !rt_value_same_form(ft))
        return false;
      word += ft->nwords;
    }
    return t->size == (int64_t)t->nwords * 8;
  default:
    return is_scalar_word(t->kind);
  }
}

void rt_value_load(const RType *t, Word *regs, const void *mem) {
  const uint8_t *p = mem;
  switch (t->kind) {
  case RK_BOOL: case RK_UINT8: regs->u = p[0]; return;
  case RK_INT8: regs->i = (int8_t)p[0]; return;
  case RK_INT16: { int16_t x; memcpy(&x, p, 2); regs->i = x; return; }
  case RK_UINT16: { uint16_t x; memcpy(&x, p, 2); regs->u = x; return; }
  case RK_INT32: { int32_t x; memcpy(&x, p, 4); regs->i = x; return; }
  case RK_UINT32: { uint32_t x; memcpy(&x, p, 4); regs->u = x; return; }
  case RK_FLOAT32: { float x; memcpy(&x, p, 4); regs->f = x; return; }
  case RK_COMPLEX64: {
    float x[2];
    memcpy(x, p, 8);
    regs[0].f = x[0];
    regs[1].f = x[1];
    return;
  }
  case RK_ARRAY:
    if (!rt_value_same_form(t)) {
      for (int64_t i = 0; i < t->len; i++)
        rt_value_load(t->elem, regs + i * t->elem->nwords, p + i * t->elem->size);
      return;
    }
    break;
  case RK_STRUCT:
    if (!rt_value_same_form(t)) {
      for (int i = 0, word = 0; i < t->nfields; i++) {
        const RField *f = &t->fields[i];
        rt_value_load(f->type, regs + word, p + f->offset);
        word += f->type->nwords;
      }
      return;
    }
    break;
  default:
    break;
  }
  memcpy(regs, p, (size_t)t->nwords * sizeof(Word));
}

void rt_value_store(const RType *t, void *mem, const Word *regs) {
  uint8_t *p = mem;
  switch (t->kind) {
  case RK_BOOL: case RK_INT8: case RK_UINT8: p[0] = (uint8_t)regs->u; return;
  case RK_INT16: case RK_UINT16: { uint16_t x = (uint16_t)regs->u; memcpy(p, &x, 2); return; }
  case RK_INT32: case RK_UINT32: { uint32_t x = (uint32_t)regs->u; memcpy(p, &x, 4); return; }
  case RK_FLOAT32: { float x = (float)regs->f; memcpy(p, &x, 4); return; }
  case RK_COMPLEX64: {
    float x[2] = {(float)regs[0].f, (float)regs[1].f};
    memcpy(p, x, 8);
    return;
  }
  case RK_ARRAY:
    if (!rt_value_same_form(t)) {
      for (int64_t i = 0; i < t->len; i++)
        rt_value_store(t->elem, p + i * t->elem->size, regs + i * t->elem->nwords);
      return;
    }
    break;
  case RK_STRUCT:
    if (!rt_value_same_form(t)) {
      for (int i = 0, word = 0; i < t->nfields; i++) {
        const RField *f = &t->fields[i];
        rt_value_store(f->type, p + f->offset, regs + word);
        word += f->type->nwords;
      }
      return;
    }
    break;
  default:
    break;
  }
  /* p may be a heap object the GC thread is scanning (a channel slot) */
  gc_memmove(p, regs, (size_t)t->nwords * sizeof(Word));
}

const void *rt_iface_mem(const GoIface *a, uint64_t tmp[2]) {
  const RType *t = a->type;
  if (!t) return NULL;
  if (t->nwords == 1) { /* the value itself, in register form */
    memset(tmp, 0, 2 * sizeof(uint64_t));
    rt_value_store(t, tmp, &a->data);
    return tmp;
  }
  if (t->kind == RK_COMPLEX64) { /* boxed as two doubles */
    rt_value_store(t, tmp, (const Word *)a->data.cp);
    return tmp;
  }
  return a->data.cp; /* strings, complex128: same bytes; arrays, structs: memory form */
}

/* }================================================================== */

/* {==================================================================
** Comparability
** =================================================================== */

bool rt_type_comparable(const RType *t) {
  switch (t->kind) {
  case RK_SLICE: case RK_MAP: case RK_FUNC:
    return false;
  case RK_ARRAY:
    return rt_type_comparable(t->elem);
  case RK_STRUCT:
    for (int i = 0; i < t->nfields; i++)
      if (!rt_type_comparable(t->fields[i].type)) return false;
    return true;
  default:
    return true;
  }
}

/* }================================================================== */

/* {==================================================================
** Hashing
** =================================================================== */

static uint64_t hash_u64(uint64_t h, uint64_t w) { return mix64(h ^ (w * K1)); }

static uint64_t hash_bytes(uint64_t h, const uint8_t *p, size_t n) {
  h ^= (uint64_t)n * K1;
  for (; n >= 8; p += 8, n -= 8) {
    uint64_t w;
    memcpy(&w, p, 8);
    h = (h ^ w) * K2;
    h ^= h >> 29;
  }
  if (n) {
    uint64_t w = 0;
    memcpy(&w, p, n);
    h = (h ^ w) * K2;
    h ^= h >> 29;
  }
  return mix64(h);
}

static uint64_t hash_float(VM *vm, uint64_t h, double f) {
  if (f != f) return hash_u64(h, rt_fastrand(vm)); /* NaN: never found again */
  if (f == 0) f = 0; /* -0 hashes as +0 */
  uint64_t bits;
  memcpy(&bits, &f, 8);
  return hash_u64(h, bits);
}

uint64_t rt_hash_bytes(const void *p, size_t n, uint64_t seed) {
  return hash_bytes(seed, p, n);
}

static double load_f32(const uint8_t *p) {
  float x;
  memcpy(&x, p, 4);
  return x;
}

static double load_f64(const uint8_t *p) {
  double x;
  memcpy(&x, p, 8);
  return x;
}

static uint64_t load_uint(const uint8_t *p, int64_t size) {
  uint64_t x = 0;
  memcpy(&x, p, (size_t)size); /* little-endian: the low bytes */
  return x;
}

uint64_t rt_hash(VM *vm, const RType *t, const void *mem, uint64_t h) {
  const uint8_t *p = mem;
  switch (t->kind) {
  case RK_FLOAT32: return hash_float(vm, h, load_f32(p));
  case RK_FLOAT64: return hash_float(vm, h, load_f64(p));
  case RK_COMPLEX64: return hash_float(vm, hash_float(vm, h, load_f32(p)), load_f32(p + 4));
  case RK_COMPLEX128: return hash_float(vm, hash_float(vm, h, load_f64(p)), load_f64(p + 8));
  case RK_STRING: {
    GoString s;
    memcpy(&s, p, sizeof s);
    return hash_bytes(h, s.ptr, (size_t)s.len);
  }
  case RK_INTERFACE: {
    GoIface a;
    memcpy(&a, p, sizeof a);
    if (!a.type) return hash_u64(h, 0);
    if (!rt_type_comparable(a.type))
      vm_panic_runtime(vm, "hash of unhashable type %s", a.type->str ? a.type->str : "?");
    uint64_t tmp[2];
    return rt_hash(vm, a.type, rt_iface_mem(&a, tmp), hash_u64(h, (uint64_t)(uintptr_t)a.type));
  }
  case RK_ARRAY:
    for (int64_t i = 0; i < t->len; i++) h = rt_hash(vm, t->elem, p + i * t->elem->size, h);
    return h;
  case RK_STRUCT:
    for (int i = 0; i < t->nfields; i++)
      h = rt_hash(vm, t->fields[i].type, p + t->fields[i].offset, h);
    return h;
  case RK_SLICE: case RK_MAP: case RK_FUNC:
    vm_panic_runtime(vm, "hash of unhashable type %s", t->str ? t->str : "?");
  default: /* integers, bools, pointers, channels */
    return hash_u64(h, load_uint(p, t->size > 8 ? 8 : t->size));
  }
}

/* }================================================================== */

/* {==================================================================
** Equality
** =================================================================== */

bool rt_equal(VM *vm, const RType *t, const void *a, const void *b) {
  const uint8_t *p = a, *q = b;
  switch (t->kind) {
  case RK_FLOAT32: return load_f32(p) == load_f32(q);
  case RK_FLOAT64: return load_f64(p) == load_f64(q);
  case RK_COMPLEX64:
    return load_f32(p) == load_f32(q) && load_f32(p + 4) == load_f32(q + 4);
  case RK_COMPLEX128:
    return load_f64(p) == load_f64(q) && load_f64(p + 8) == load_f64(q + 8);
  case RK_STRING: {
    GoString s, u;
    memcpy(&s, p, sizeof s);
    memcpy(&u, q, sizeof u);
    return rt_string_equal(s, u);
  }
  case RK_INTERFACE: {
    GoIface x, y;
    memcpy(&x, p, sizeof x);
    memcpy(&y, q, sizeof y);
    return rt_iface_equal(vm, &x, &y);
  }
  case RK_ARRAY:
    for (int64_t i = 0; i < t->len; i++)
      if (!rt_equal(vm, t->elem, p + i * t->elem->size, q + i * t->elem->size)) return false;
    return true;
  case RK_STRUCT:
    for (int i = 0; i < t->nfields; i++) {
      int64_t off = t->fields[i].offset;
      if (!rt_equal(vm, t->fields[i].type, p + off, q + off)) return false;
    }
    return true;
  case RK_SLICE: case RK_MAP: case RK_FUNC:
    vm_panic_runtime(vm, "comparing uncomparable type %s", t->str ? t->str : "?");
  default:
    return load_uint(p, t->size > 8 ? 8 : t->size) == load_uint(q, t->size > 8 ? 8 : t->size);
  }
}

/* }================================================================== */
