/*
** lib_rand.c — package math/rand, bit for bit as Go 1.19 computes it.
**
** THE SOURCE (rng.go): an additive lagged Fibonacci generator over 607
** 64-bit words, x[n] = x[n-607] + x[n-273] (mod 2^64), kept in a ring with
** two cursors: tap and feed (feed starts 607-273 = 334 ahead). Each step
** moves both back by one (wrapping) and stores vec[feed] += vec[tap]; that
** sum is the output: Uint64 as is, Int63 without its top bit.
** Seeding: seed mod (2^31-1) (negative: plus 2^31-1; 0 becomes 89482311)
** starts Park and Miller's minimal standard generator x = 48271*x mod
** (2^31-1) (seedrand, Schrage's method); 20 values are discarded, then
** each of the 607 words is three values packed as x<<40 ^ x<<20 ^ x,
** XORed with rngCooked[i] (rand_tables.c, generated from Go's own table).
**
** THE DERIVED VALUES (rand.go): Int = Int63 with the top bit cleared;
** Int31 = Int63>>32; Uint32 = Int63>>31; Int63n/Int31n reject values above
** the largest multiple of n (a power of two is a mask); Intn uses Int31n
** when n fits in 31 bits; Float64 = Int63/2^63, redrawn when it rounds to
** 1; Float32 = float32(Float64()), redrawn when 1; Perm is the "inside-out"
** Fisher-Yates with Intn; Shuffle is Fisher-Yates from the end, using
** Int63n above 2^31-2 and Lemire's multiply-shift int31n (Uint32-based,
** with its own rejection threshold) below. ExpFloat64/NormFloat64 are
** Marsaglia and Tsang's ziggurats (exp.go, normal.go) over the generated
** ke/we/fe and kn/wn/fn tables, with Go's math.Log and math.Exp
** (lib_math.c) in the tails.
**
** THE GLOBAL SOURCE. Go 1.19's top-level functions use one source seeded
** with 1 until Seed is called, so their sequences are deterministic. It is
** per VM (vm->randsrc, C memory made on first use, freed by vm_free): no
** global state, and Go code never holds a pointer to it.
**
** OBJECTS. rand.NewSource returns a Source interface holding a
** *rngSource (this file's RType, with native Int63/Seed/Uint64 methods, so
** Go code may call them through the interface); rand.New(src) makes a Rand
** whose layout is Go's {src Source; s64 Source64; readVal int64; readPos
** int}; here s64 is the *rngSource itself or nil. A Rand over a Go-defined
** Source calls its Int63/Seed (and Uint64 when it has one) through
** rt_call_method. Across such calls, and across Shuffle's calls of swap,
** the natives re-read their arguments through an rt_StackRef: the stack
** may move.
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "lib.h"
#include "rand_tables.h"
#include "../vm/call.h"

enum { INT32MAX = 2147483647 };

/* rngSource {tap, feed int; vec [607]int64}: Go's layout. */
typedef struct RngSource {
  int64_t tap, feed;
  int64_t vec[RT_RNG_LEN];
} RngSource;

/* Rand {src Source; s64 Source64; readVal int64; readPos int}; s64 is an
** interface in Go, a *rngSource (or nil) here: same size. */
typedef struct RandObj {
  GoIface src;
  RngSource *s64;
  int64_t readval, readpos;
} RandObj;

static void rng_Int63_m(VM *vm, Word *args);
static void rng_Seed_m(VM *vm, Word *args);
static void rng_Uint64_m(VM *vm, Word *args);
static const RMethod rng_methods[] = {
  {"Int63", -1, rng_Int63_m}, {"Seed", -1, rng_Seed_m}, {"Uint64", -1, rng_Uint64_m}};

static const RType rng_type = {
  .kind = RK_STRUCT, .named = true, .size = sizeof(RngSource),
  .nwords = sizeof(RngSource) / 8, .str = "rand.rngSource",
};
static const uint8_t mask_1[] = {0x01};
static const RType rng_ptr = {
  .kind = RK_POINTER, .size = 8, .nwords = 1, .str = "*rand.rngSource",
  .elem = &rng_type, .ptrmask = mask_1, .methods = rng_methods, .nmethods = 3,
};
/* Rand: pointers in words 0 and 1 (the interface) and 2 (s64). */
static const uint8_t mask_rand[] = {0x07};
static const RType rand_type = {
  .kind = RK_STRUCT, .named = true, .size = sizeof(RandObj), .nwords = 5,
  .str = "rand.Rand", .ptrmask = mask_rand,
};
static const RType int_type = {.kind = RK_INT, .size = 8, .nwords = 1, .str = "int"};

/* {==================================================================
** The source (rng.go)
** =================================================================== */

/* x[n+1] = 48271 * x[n] mod (2^31 - 1), by Schrage's method. */
static int32_t seedrand(int32_t x) {
  int32_t hi = x / 44488, lo = x % 44488;
  x = 48271 * lo - 3399 * hi;
  if (x < 0) x += INT32MAX;
  return x;
}

static void rng_seed(RngSource *r, int64_t seed) {
  r->tap = 0;
  r->feed = RT_RNG_LEN - RT_RNG_TAP;
  seed %= INT32MAX;
  if (seed < 0) seed += INT32MAX;
  if (seed == 0) seed = 89482311;
  int32_t x = (int32_t)seed;
  for (int i = -20; i < RT_RNG_LEN; i++) {
    x = seedrand(x);
    if (i < 0) continue;
    uint64_t u = (uint64_t)(int64_t)x << 40;
    x = seedrand(x);
    u ^= (uint64_t)(int64_t)x << 20;
    x = seedrand(x);
    u ^= (uint64_t)(int64_t)x;
    r->vec[i] = (int64_t)(u ^ (uint64_t)rt_rng_cooked[i]);
  }
}

static uint64_t rng_uint64(RngSource *r) {
  if (--r->tap < 0) r->tap += RT_RNG_LEN;
  if (--r->feed < 0) r->feed += RT_RNG_LEN;
  uint64_t x = (uint64_t)r->vec[r->feed] + (uint64_t)r->vec[r->tap];
  r->vec[r->feed] = (int64_t)x;
  return x;
}

static int64_t rng_int63(RngSource *r) { return (int64_t)(rng_uint64(r) & (~0ull >> 1)); }

/* The methods of *rngSource, for Go code calling them through Source. */
static void rng_Int63_m(VM *vm, Word *args) {
  (void)vm;
  args[0].i = rng_int63(args[0].p);
}
static void rng_Seed_m(VM *vm, Word *args) {
  (void)vm;
  rng_seed(args[0].p, args[1].i);
}
static void rng_Uint64_m(VM *vm, Word *args) {
  (void)vm;
  args[0].u = rng_uint64(args[0].p);
}

static RngSource *new_source(VM *vm, int64_t seed) {
  RngSource *r = gc_alloc(vm, &rng_type, sizeof *r);
  rng_seed(r, seed);
  return r;
}

/* }================================================================== */

/* {==================================================================
** A generator: the global source or a *Rand, with the native's arguments
** =================================================================== */

typedef struct Gen {
  VM *vm;
  rt_StackRef args; /* the native's argument words */
  int param;        /* index of the first parameter (1 after a receiver) */
  bool global;      /* the package's source, else args[0] is a *Rand */
} Gen;

static Word *params(const Gen *g) { return rt_stack_ptr(g->vm, g->args) + g->param; }

static RngSource *global_source(VM *vm) {
  if (!vm->randsrc) {
    vm->randsrc = malloc(sizeof(RngSource));
    if (!vm->randsrc) vm_fatal(vm, "runtime: out of memory");
    rng_seed(vm->randsrc, 1);
  }
  return vm->randsrc;
}

static _Noreturn void nil_deref(VM *vm) {
  vm_panic_runtime(vm, "invalid memory address or nil pointer dereference\n"
                       "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]");
}

static RandObj *rand_of(const Gen *g) {
  RandObj *r = rt_stack_ptr(g->vm, g->args)[0].p;
  if (!r) nil_deref(g->vm);
  return r;
}

/* The *rngSource behind g, or NULL for a Go-defined Source. */
static RngSource *rng_of(const Gen *g) {
  if (g->global) return global_source(g->vm);
  RandObj *r = rand_of(g);
  if (r->src.type == &rng_ptr) return r->src.data.p;
  if (!r->src.type) nil_deref(g->vm); /* calling a method of a nil Source */
  return NULL;
}

/* Calls method [name] of a Go-defined Source with one argument word (or
** none) and returns its result word. */
static Word call_source(const Gen *g, const char *name, const Word *arg) {
  GoIface src = rand_of(g)->src;
  const RMethod *m = rt_method_find(src.type, name);
  Word out[1] = {{0}};
  if (!m) nil_deref(g->vm); /* cannot happen: the checker saw Source */
  rt_call_method(g->vm, m, src.data, arg, arg ? 1 : 0, out, arg ? 0 : 1, NULL);
  return out[0];
}

static int64_t g_int63(const Gen *g) {
  RngSource *r = rng_of(g);
  return r ? rng_int63(r) : call_source(g, "Int63", NULL).i;
}

static uint32_t g_uint32(const Gen *g) { return (uint32_t)(g_int63(g) >> 31); }
static int32_t g_int31(const Gen *g) { return (int32_t)(g_int63(g) >> 32); }

static uint64_t g_uint64(const Gen *g) {
  RngSource *r = rng_of(g);
  if (r) return rng_uint64(r);
  GoIface src = rand_of(g)->src;
  if (rt_method_find(src.type, "Uint64")) return call_source(g, "Uint64", NULL).u;
  uint64_t hi = (uint64_t)g_int63(g) >> 31;
  return hi | (uint64_t)g_int63(g) << 32;
}

static int64_t g_int63n(const Gen *g, int64_t n) {
  if (n <= 0) rt_panic_plain(g->vm, "invalid argument to Int63n");
  if ((n & (n - 1)) == 0) return g_int63(g) & (n - 1);
  int64_t max = (int64_t)((1ull << 63) - 1 - (1ull << 63) % (uint64_t)n);
  int64_t v = g_int63(g);
  while (v > max) v = g_int63(g);
  return v % n;
}

static int32_t g_int31n(const Gen *g, int32_t n, const char *who) {
  if (n <= 0) rt_panic_plain(g->vm, who);
  if ((n & (n - 1)) == 0) return g_int31(g) & (n - 1);
  int32_t max = (int32_t)((1u << 31) - 1 - (1u << 31) % (uint32_t)n);
  int32_t v = g_int31(g);
  while (v > max) v = g_int31(g);
  return v % n;
}

/* Lemire's multiply-shift (rand.go's int31n, used by Shuffle). */
static int32_t g_int31n_fast(const Gen *g, int32_t n) {
  uint32_t v = g_uint32(g);
  uint64_t prod = (uint64_t)v * (uint64_t)n;
  uint32_t low = (uint32_t)prod;
  if (low < (uint32_t)n) {
    uint32_t thresh = (uint32_t)-n % (uint32_t)n;
    while (low < thresh) {
      v = g_uint32(g);
      prod = (uint64_t)v * (uint64_t)n;
      low = (uint32_t)prod;
    }
  }
  return (int32_t)(prod >> 32);
}

static int64_t g_intn(const Gen *g, int64_t n) {
  if (n <= 0) rt_panic_plain(g->vm, "invalid argument to Intn");
  if (n <= INT32MAX) return g_int31n(g, (int32_t)n, "invalid argument to Int31n");
  return g_int63n(g, n);
}

static double g_float64(const Gen *g) {
  for (;;) {
    double f = (double)g_int63(g) / 0x1p63;
    if (f != 1) return f;
  }
}

static float g_float32(const Gen *g) {
  for (;;) {
    float f = (float)g_float64(g);
    if (f != 1) return f;
  }
}

static float f32(rt_F32Bits b) {
  float f;
  memcpy(&f, &b.bits, sizeof f);
  return f;
}

static double g_exp(const Gen *g) {
  static const double re = 7.69711747013104972;
  for (;;) {
    uint32_t j = g_uint32(g), i = j & 0xFF;
    double x = (double)j * (double)f32(rt_rand_we[i]);
    if (j < rt_rand_ke[i]) return x;
    if (i == 0) return re - rt_math_log(g_float64(g));
    float fi = f32(rt_rand_fe[i]), fprev = f32(rt_rand_fe[i - 1]);
    if (fi + (float)g_float64(g) * (fprev - fi) < (float)rt_math_exp(-x)) return x;
  }
}

static double g_norm(const Gen *g) {
  static const double rn = 3.442619855899;
  for (;;) {
    int32_t j = (int32_t)g_uint32(g);
    int32_t i = j & 0x7F;
    double x = (double)j * (double)f32(rt_rand_wn[i]);
    uint32_t absj = j < 0 ? (uint32_t)0 - (uint32_t)j : (uint32_t)j;
    if (absj < rt_rand_kn[i]) return x;
    if (i == 0) {
      for (;;) {
        x = -rt_math_log(g_float64(g)) * (1.0 / rn);
        double y = -rt_math_log(g_float64(g));
        if (y + y >= x * x) break;
      }
      return j > 0 ? rn + x : -rn - x;
    }
    float fi = f32(rt_rand_fn[i]), fprev = f32(rt_rand_fn[i - 1]);
    if (fi + (float)g_float64(g) * (fprev - fi) < (float)rt_math_exp(-.5 * x * x)) return x;
  }
}

/* }================================================================== */

/* {==================================================================
** The operations, shared by the functions and the methods: each reads
** its parameters through params(g) and writes its result with ret_*
** once it is computed (a call into Go may have moved the stack: [res] is
** then stale, so results are stored through the StackRef too)
** =================================================================== */

static Word *results(const Gen *g) { return rt_stack_ptr(g->vm, g->args); }
static void ret_i(const Gen *g, int64_t v) { results(g)[0].i = v; }
static void ret_u(const Gen *g, uint64_t v) { results(g)[0].u = v; }
static void ret_f(const Gen *g, double v) { results(g)[0].f = v; }

static void op_Seed(const Gen *g, Word *res) {
  (void)res;
  int64_t seed = params(g)[0].i;
  RngSource *r = rng_of(g);
  if (r) rng_seed(r, seed);
  else call_source(g, "Seed", &(Word){.i = seed});
  if (!g->global) rand_of(g)->readpos = 0;
}

static void op_Int63(const Gen *g, Word *res) { (void)res; ret_i(g, g_int63(g)); }
static void op_Uint32(const Gen *g, Word *res) { (void)res; ret_u(g, g_uint32(g)); }
static void op_Uint64(const Gen *g, Word *res) { (void)res; ret_u(g, g_uint64(g)); }
static void op_Int31(const Gen *g, Word *res) { (void)res; ret_i(g, g_int31(g)); }
static void op_Int(const Gen *g, Word *res) {
  (void)res;
  ret_i(g, (int64_t)((uint64_t)g_int63(g) << 1 >> 1));
}
static void op_Int63n(const Gen *g, Word *res) { (void)res; ret_i(g, g_int63n(g, params(g)[0].i)); }
static void op_Int31n(const Gen *g, Word *res) {
  (void)res;
  ret_i(g, g_int31n(g, (int32_t)params(g)[0].i, "invalid argument to Int31n"));
}
static void op_Intn(const Gen *g, Word *res) { (void)res; ret_i(g, g_intn(g, params(g)[0].i)); }
static void op_Float64(const Gen *g, Word *res) { (void)res; ret_f(g, g_float64(g)); }
/* a float32 lives in a register as the double of the same value */
static void op_Float32(const Gen *g, Word *res) { (void)res; ret_f(g, (double)g_float32(g)); }
static void op_ExpFloat64(const Gen *g, Word *res) { (void)res; ret_f(g, g_exp(g)); }
static void op_NormFloat64(const Gen *g, Word *res) { (void)res; ret_f(g, g_norm(g)); }

/* Perm: the permutation is built in C memory first (with a Go-defined
** Source, Intn calls Go, and a collection then would not see a slice held
** in a C local), then copied into a new slice; a negative n panics in
** make first, as in Go. */
static void op_Perm(const Gen *g, Word *res) {
  (void)res;
  int64_t n = params(g)[0].i;
  if (n < 0) rt_makeslice(g->vm, &int_type, n, n);
  int64_t *m = n > 0 ? malloc((size_t)n * sizeof *m) : NULL;
  if (n > 0 && !m) vm_fatal(g->vm, "runtime: out of memory");
  for (int64_t i = 0; i < n; i++) {
    int64_t j = g_intn(g, i + 1); /* may panic: m is then lost, like Go's */
    m[i] = m[j];
    m[j] = i;
  }
  GoSlice s = rt_makeslice(g->vm, &int_type, n, n);
  if (n > 0) memcpy(s.ptr, m, (size_t)n * sizeof *m);
  free(m);
  lib_ret_slice(results(g), s);
}

/* Shuffle(n, swap): the swap func is re-read before every call. */
static void op_Shuffle(const Gen *g, Word *res) {
  (void)res;
  int64_t n = params(g)[0].i;
  if (n < 0) rt_panic_plain(g->vm, "invalid argument to Shuffle");
  int64_t i = n - 1;
  for (; i > 0; i--) {
    int64_t j = i > INT32MAX - 1 ? g_int63n(g, i + 1) : g_int31n_fast(g, (int32_t)(i + 1));
    Word in[2] = {{.i = i}, {.i = j}};
    rt_call_value(g->vm, params(g)[1].cp, in, 2, NULL, 0, NULL);
  }
}

#define RAND_OPS(X)                                                             \
  X(Seed) X(Int63) X(Uint32) X(Uint64) X(Int31) X(Int) X(Int63n) X(Int31n)     \
  X(Intn) X(Float64) X(Float32) X(Perm) X(Shuffle) X(ExpFloat64) X(NormFloat64)

/* func NAME(...) of the package, and method (*Rand).NAME(...). */
#define X(NAME)                                                                 \
  void rt_rand_##NAME(VM *vm, Word *args) {                                     \
    Gen g = {vm, rt_stack_ref(vm, args), 0, true};                              \
    op_##NAME(&g, args);                                                        \
  }                                                                             \
  void rt_rand_Rand_##NAME(VM *vm, Word *args) {                                \
    Gen g = {vm, rt_stack_ref(vm, args), 1, false};                             \
    op_##NAME(&g, args);                                                        \
  }
RAND_OPS(X)
#undef X

/* }================================================================== */

/* func NewSource(seed int64) Source */
void rt_rand_NewSource(VM *vm, Word *args) {
  RngSource *r = new_source(vm, args[0].i);
  lib_ret_iface(args, (GoIface){&rng_ptr, {.p = r}});
}

/* func New(src Source) *Rand */
void rt_rand_New(VM *vm, Word *args) {
  GoIface src = {args[0].cp, args[1]};
  RandObj *r = gc_alloc(vm, &rand_type, sizeof *r);
  r->src = src;
  r->s64 = src.type == &rng_ptr ? src.data.p : NULL;
  args[0].p = r;
}

void rt_rand_free(VM *vm) {
  free(vm->randsrc);
  vm->randsrc = NULL;
}
