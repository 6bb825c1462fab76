/*
** test_map.c — Go maps at run time (runtime/map.c) and their fmt output
** (runtime/fmt.c): insert, lookup and delete at scale for int, string and
** struct keys, NaN and ±0 keys, interface keys (and the unhashable-key
** panic), iteration that visits every key once and keeps Go's rules under
** deletion and growth, randomised order, nil maps, make's hint, and the
** table's invariants (rt_map_check) after every phase.
**
** The fmt expectations were printed by Go 1.19 (fmtmap.go, ifkeys.go) for
** the same maps; panics are checked in a protected call (rtprotect.h)
** against the report Go prints.
*/
#include <criterion/criterion.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rtprotect.h"

/* {==================================================================
** Types, as the code generator would emit them
** =================================================================== */

static const uint8_t PTR1[] = {1}, PTR2[] = {2}, PTR3[] = {3};
#define BASIC(name, k, sz, s) \
  static const RType name = {.kind = k, .size = sz, .nwords = 1, .str = s}
BASIC(T_BOOL, RK_BOOL, 1, "bool");
BASIC(T_INT, RK_INT, 8, "int");
BASIC(T_INT8, RK_INT8, 1, "int8");
BASIC(T_INT16, RK_INT16, 2, "int16");
BASIC(T_INT64, RK_INT64, 8, "int64");
BASIC(T_UINT, RK_UINT, 8, "uint");
BASIC(T_UINT8, RK_UINT8, 1, "uint8");
BASIC(T_FLOAT32, RK_FLOAT32, 4, "float32");
BASIC(T_FLOAT64, RK_FLOAT64, 8, "float64");
static const RType T_STRING = {.kind = RK_STRING, .size = 16, .nwords = 2, .str = "string", .ptrmask = PTR1};
static const RType T_ANY = {.kind = RK_INTERFACE, .size = 16, .nwords = 2, .str = "interface {}", .ptrmask = PTR3};
static const RType T_INTS = {.kind = RK_SLICE, .size = 24, .nwords = 3, .str = "[]int", .elem = &T_INT, .ptrmask = PTR1};
static const RType T_MYT = {.kind = RK_INT, .named = true, .size = 8, .nwords = 1, .str = "main.T"};
static const RType T_MYZ = {.kind = RK_STRING, .named = true, .size = 16, .nwords = 2, .str = "main.Z", .ptrmask = PTR1};
static const RType T_ARR2 = {.kind = RK_ARRAY, .size = 16, .nwords = 2, .str = "[2]int", .elem = &T_INT, .len = 2};
static const RType T_ARR1S = {.kind = RK_ARRAY, .size = 16, .nwords = 2, .str = "[1]string", .elem = &T_STRING, .len = 1, .ptrmask = PTR1};
static const RType T_ARR3I16 = {.kind = RK_ARRAY, .size = 6, .nwords = 3, .str = "[3]int16", .elem = &T_INT16, .len = 3};
static const RType T_EMPTY = {.kind = RK_STRUCT, .size = 0, .nwords = 0, .str = "struct {}"};
static const RField S_FIELDS[] = {{"A", &T_INT, 0, false}};
static const RType T_S = {.kind = RK_STRUCT, .named = true, .size = 8, .nwords = 1, .str = "main.S",
                          .fields = S_FIELDS, .nfields = 1};
/* type P struct { A int; B string } */
static const RField P_FIELDS[] = {{"A", &T_INT, 0, false}, {"B", &T_STRING, 8, false}};
static const RType T_P = {.kind = RK_STRUCT, .named = true, .size = 24, .nwords = 3, .str = "main.P",
                          .fields = P_FIELDS, .nfields = 2, .ptrmask = PTR2};
/* type K struct { X int8; Y float32; Z string } (padding after X) */
static const RField K_FIELDS[] = {{"X", &T_INT8, 0, false}, {"Y", &T_FLOAT32, 4, false},
                                  {"Z", &T_STRING, 8, false}};
static const RType T_K = {.kind = RK_STRUCT, .named = true, .size = 24, .nwords = 4, .str = "main.K",
                          .fields = K_FIELDS, .nfields = 3, .ptrmask = PTR2};
typedef struct KMem { int8_t x; uint8_t pad[3]; float y; GoString z; } KMem;

#define MAP(name, k, v, s) \
  static const RType name = {.kind = RK_MAP, .size = 8, .nwords = 1, .str = s, .key = &k, \
                             .elem = &v, .ptrmask = PTR1}
MAP(M_INT_INT, T_INT, T_INT, "map[int]int");
MAP(M_STR_INT, T_STRING, T_INT, "map[string]int");
MAP(M_INT_STR, T_INT, T_STRING, "map[int]string");
MAP(M_U8_INT, T_UINT8, T_INT, "map[uint8]int");
MAP(M_F64_INT, T_FLOAT64, T_INT, "map[float64]int");
MAP(M_F32_BOOL, T_FLOAT32, T_BOOL, "map[float32]bool");
MAP(M_BOOL_STR, T_BOOL, T_STRING, "map[bool]string");
MAP(M_ARR_STR, T_ARR2, T_STRING, "map[[2]int]string");
MAP(M_P_INT, T_P, T_INT, "map[main.P]int");
MAP(M_K_INT, T_K, T_INT, "map[main.K]int");
MAP(M_ANY_INT, T_ANY, T_INT, "map[interface {}]int");
MAP(M_STR_ANY, T_STRING, T_ANY, "map[string]interface {}");
MAP(M_STR_INTS, T_STRING, T_INTS, "map[string][]int");
MAP(M_STR_STR, T_STRING, T_STRING, "map[string]string");
MAP(M_A3_INT, T_ARR3I16, T_INT, "map[[3]int16]int");
MAP(M_E_E, T_EMPTY, T_EMPTY, "map[struct {}]struct {}");
MAP(M_STR_MSI, T_STRING, M_STR_INT, "map[string]map[string]int");
static const RType T_PTR_MSI = {.kind = RK_POINTER, .size = 8, .nwords = 1, .str = "*map[string]int",
                                .elem = &M_STR_INT, .ptrmask = PTR1};
static const RField W_FIELDS[] = {{"M", &M_STR_INT, 0, false}};
static const RType T_W = {.kind = RK_STRUCT, .size = 8, .nwords = 1, .str = "struct { M map[string]int }",
                          .fields = W_FIELDS, .nfields = 1, .ptrmask = PTR1};

#define GS(lit) ((GoString){(const uint8_t *)(lit), (int64_t)sizeof(lit) - 1})

/* }================================================================== */

/* {==================================================================
** Helpers
** =================================================================== */

static VM *vm;
static RtCapture cap_;
static void setup(void) { vm = rt_test_vm(&cap_); }
static void teardown(void) { vm_free(vm); }
TestSuite(map, .init = setup, .fini = teardown);

static void check(rt_Map *m) {
  const char *bad = rt_map_check(vm, m);
  cr_assert_null(bad, "invariant broken: %s", bad ? bad : "");
}

static void set_int(const RType *mt, rt_Map *m, const void *key, int64_t v) {
  int64_t *slot = rt_map_assign(vm, mt, m, key);
  cr_assert_not_null(slot);
  *slot = v;
}

static bool get_int(const RType *mt, rt_Map *m, const void *key, int64_t *v) {
  const int64_t *slot = rt_map_access(vm, mt, m, key);
  if (slot) *v = *slot;
  return slot != NULL;
}

/* A heap string "<prefix><n>", as the program would build it. */
static GoString num_string(const char *prefix, int64_t n) {
  char tmp[64];
  int len = snprintf(tmp, sizeof tmp, "%s%lld", prefix, (long long)n);
  uint8_t *p = gc_alloc(vm, NULL, (size_t)len);
  memcpy(p, tmp, (size_t)len);
  return (GoString){p, len};
}

/* fmt.Sprintf(format, arg) */
static char *sprintf1(const char *format, GoIface arg) {
  rt_Buf b = {0};
  rt_fmt_sprintf(vm, &b, (GoString){(const uint8_t *)format, (int64_t)strlen(format)}, &arg, 1);
  rt_buf_byte(&b, 0);
  return b.data;
}

#define EXPECT_FMT(format, arg, want) do { \
    char *got_ = sprintf1(format, arg); \
    cr_expect_str_eq(got_, want, "%s: got %s", format, got_); \
    free(got_); \
  } while (0)

static GoIface map_iface(const RType *mt, rt_Map *m) { return (GoIface){mt, {.p = m}}; }

/* All keys produced by one loop over an int-keyed map; counts[k] += 1. */
static int64_t range_count(rt_Map *m, int *counts, int64_t nkeys) {
  rt_MapIter it;
  rt_map_iter_init(vm, m, &it);
  const void *k;
  void *v;
  int64_t n = 0;
  while (rt_map_iter_next(vm, &it, &k, &v)) {
    int64_t key = *(const int64_t *)k;
    cr_assert(key >= 0 && key < nkeys, "key %lld", (long long)key);
    cr_expect_eq(*(int64_t *)v, key * 3, "the value of key %lld", (long long)key);
    counts[key]++;
    n++;
  }
  return n;
}

/* }================================================================== */

/* {==================================================================
** Insert, lookup, delete
** =================================================================== */

Test(map, ints_100k) {
  enum { N = 100000 };
  rt_Map *m = rt_map_new(vm, &M_INT_INT, 0);
  for (int64_t i = 0; i < N; i++) set_int(&M_INT_INT, m, &i, i * 3);
  cr_expect_eq(rt_map_len(m), N);
  check(m);
  for (int64_t i = 0; i < N; i++) {
    int64_t v = -1;
    cr_assert(get_int(&M_INT_INT, m, &i, &v), "key %lld", (long long)i);
    cr_assert_eq(v, i * 3);
  }
  int64_t missing = N + 5, neg = -1, v;
  cr_expect_not(get_int(&M_INT_INT, m, &missing, &v));
  cr_expect_not(get_int(&M_INT_INT, m, &neg, &v));
  /* overwrite keeps the count */
  for (int64_t i = 0; i < N; i += 7) set_int(&M_INT_INT, m, &i, i * 3);
  cr_expect_eq(rt_map_len(m), N);
  for (int64_t i = 0; i < N; i += 2) rt_map_delete(vm, &M_INT_INT, m, &i);
  cr_expect_eq(rt_map_len(m), N / 2);
  check(m);
  for (int64_t i = 0; i < N; i++)
    cr_assert_eq(get_int(&M_INT_INT, m, &i, &v), i % 2 == 1, "key %lld", (long long)i);
  /* delete everything, then refill: tombstones are swept, never piled up */
  for (int64_t i = 0; i < N; i++) rt_map_delete(vm, &M_INT_INT, m, &i);
  cr_expect_eq(rt_map_len(m), 0);
  check(m);
  for (int round = 0; round < 5; round++) {
    for (int64_t i = 0; i < N; i++) set_int(&M_INT_INT, m, &(int64_t){i + round * N}, 1);
    for (int64_t i = 0; i < N; i++) rt_map_delete(vm, &M_INT_INT, m, &(int64_t){i + round * N});
    check(m);
  }
  cr_expect_eq(rt_map_len(m), 0);
}

Test(map, strings_100k_by_content) {
  enum { N = 100000 };
  rt_Map *m = rt_map_new(vm, &M_STR_INT, 0);
  for (int64_t i = 0; i < N; i++) {
    GoString k = num_string("key-", i);
    set_int(&M_STR_INT, m, &k, i);
  }
  check(m);
  cr_expect_eq(rt_map_len(m), N);
  for (int64_t i = 0; i < N; i++) {
    GoString k = num_string("key-", i); /* other bytes, same content */
    int64_t v = -1;
    cr_assert(get_int(&M_STR_INT, m, &k, &v), "key-%lld", (long long)i);
    cr_assert_eq(v, i);
  }
  GoString empty = {NULL, 0}, absent = GS("key-");
  int64_t v;
  cr_expect_not(get_int(&M_STR_INT, m, &empty, &v));
  cr_expect_not(get_int(&M_STR_INT, m, &absent, &v));
  set_int(&M_STR_INT, m, &empty, 42);
  cr_expect(get_int(&M_STR_INT, m, &(GoString){(const uint8_t *)"", 0}, &v) && v == 42);
  for (int64_t i = 0; i < N; i += 3) {
    GoString k = num_string("key-", i);
    rt_map_delete(vm, &M_STR_INT, m, &k);
  }
  check(m);
  cr_expect_eq(rt_map_len(m), N - (N + 2) / 3 + 1);
}

Test(map, struct_keys_ignore_padding_and_compare_fields) {
  rt_Map *m = rt_map_new(vm, &M_K_INT, 0);
  KMem a = {.x = -3, .y = 0.0f, .z = GS("zed")};
  memset(a.pad, 0xAA, 3);
  set_int(&M_K_INT, m, &a, 1);
  /* same fields, other padding bytes, -0 for +0, another copy of "zed" */
  KMem b = {.x = -3, .y = -0.0f, .z = num_string("zed", 7)};
  b.z.len = 3;
  memset(b.pad, 0x55, 3);
  int64_t v = 0;
  cr_expect(get_int(&M_K_INT, m, &b, &v) && v == 1);
  set_int(&M_K_INT, m, &b, 2);
  cr_expect_eq(rt_map_len(m), 1);
  KMem c = b;
  c.x = 3;
  cr_expect_not(get_int(&M_K_INT, m, &c, &v));
  for (int i = 0; i < 1000; i++) {
    KMem k = {.x = (int8_t)i, .y = (float)i / 4, .z = num_string("s", i % 10)};
    set_int(&M_K_INT, m, &k, i);
  }
  check(m);
  cr_expect_eq(rt_map_len(m), 1001, "1000 new keys besides (-3, 0, \"zed\")");
}

Test(map, array_keys) {
  rt_Map *m = rt_map_new(vm, &M_A3_INT, 0);
  for (int16_t i = 0; i < 50; i++)
    for (int16_t j = 0; j < 50; j++) set_int(&M_A3_INT, m, (int16_t[]){i, j, (int16_t)(i - j)}, i * 100 + j);
  cr_expect_eq(rt_map_len(m), 2500);
  int64_t v;
  cr_expect(get_int(&M_A3_INT, m, (int16_t[]){7, 9, -2}, &v) && v == 709);
  cr_expect_not(get_int(&M_A3_INT, m, (int16_t[]){7, 9, 2}, &v));
  check(m);
}

Test(map, nan_keys_are_all_distinct) {
  rt_Map *m = rt_map_new(vm, &M_F64_INT, 0);
  double nan = NAN;
  for (int i = 0; i < 3; i++) set_int(&M_F64_INT, m, &nan, i);
  cr_expect_eq(rt_map_len(m), 3, "each NaN insert adds an entry");
  int64_t v;
  cr_expect_not(get_int(&M_F64_INT, m, &nan, &v), "a NaN is never found");
  rt_map_delete(vm, &M_F64_INT, m, &nan);
  cr_expect_eq(rt_map_len(m), 3, "nor deleted");
  /* Go: for k, v := range n { n[float64(v)] = v } over two NaNs gives 4 */
  double one = 1.0;
  set_int(&M_F64_INT, m, &one, 1);
  for (int i = 0; i < 100; i++) set_int(&M_F64_INT, m, &nan, i); /* grows with NaNs */
  check(m);
  rt_MapIter it;
  rt_map_iter_init(vm, m, &it);
  const void *k;
  void *val;
  int nans = 0, ones = 0;
  while (rt_map_iter_next(vm, &it, &k, &val)) {
    double d = *(const double *)k;
    if (d != d) nans++;
    else if (d == 1.0) ones++;
  }
  cr_expect_eq(nans, 103);
  cr_expect_eq(ones, 1);
}

Test(map, signed_zero_keys_are_one_and_the_key_is_updated) {
  rt_Map *m = rt_map_new(vm, &M_F64_INT, 0);
  double pz = 0.0, nz = -0.0;
  set_int(&M_F64_INT, m, &pz, 1);
  set_int(&M_F64_INT, m, &nz, 2);
  cr_expect_eq(rt_map_len(m), 1);
  /* Go prints map[-0:2]: the overwrite stored the new key */
  EXPECT_FMT("%v", map_iface(&M_F64_INT, m), "map[-0:2]");
}

Test(map, interface_keys_by_type_then_value) {
  rt_Map *m = rt_map_new(vm, &M_ANY_INT, 0);
  GoIface i1 = {&T_INT, {.i = 1}}, i64 = {&T_INT64, {.i = 1}}, myt = {&T_MYT, {.i = 1}};
  GoString s1 = GS("a"), s2 = num_string("a", 1);
  s2.len = 1;
  GoIface a1 = {&T_STRING, {.cp = &s1}}, a2 = {&T_STRING, {.cp = &s2}}, nil = {0};
  set_int(&M_ANY_INT, m, &i1, 10);
  set_int(&M_ANY_INT, m, &i64, 20);
  set_int(&M_ANY_INT, m, &myt, 30);
  set_int(&M_ANY_INT, m, &a1, 40);
  set_int(&M_ANY_INT, m, &nil, 50);
  cr_expect_eq(rt_map_len(m), 5, "int(1), int64(1), main.T(1) differ");
  int64_t v;
  cr_expect(get_int(&M_ANY_INT, m, &a2, &v) && v == 40, "strings by content");
  cr_expect(get_int(&M_ANY_INT, m, &(GoIface){0}, &v) && v == 50);
  cr_expect(get_int(&M_ANY_INT, m, &(GoIface){&T_INT64, {.i = 1}}, &v) && v == 20);
  /* boxed arrays by value */
  int64_t arr1[2] = {3, 4}, arr2[2] = {3, 4};
  set_int(&M_ANY_INT, m, &(GoIface){&T_ARR2, {.cp = arr1}}, 60);
  cr_expect(get_int(&M_ANY_INT, m, &(GoIface){&T_ARR2, {.cp = arr2}}, &v) && v == 60);
  check(m);
}

typedef struct UnhashArgs { rt_Map *m; int op; } UnhashArgs;
static void do_unhashable(VM *v, void *ud) {
  UnhashArgs *a = ud;
  static const int64_t elems[] = {1};
  GoSlice s = {(void *)elems, 1, 1};
  GoIface key = {&T_INTS, {.cp = &s}};
  if (a->op == 0) rt_map_access(v, &M_ANY_INT, a->m, &key);
  else if (a->op == 1) rt_map_assign(v, &M_ANY_INT, a->m, &key);
  else rt_map_delete(v, &M_ANY_INT, a->m, &key);
}

Test(map, unhashable_interface_key_panics_even_on_nil_maps) {
  for (int op = 0; op < 3; op++) {
    for (int empty = 0; empty < 2; empty++) {
      RtCapture c;
      VM *v = rt_test_vm(&c);
      UnhashArgs a = {empty ? NULL : rt_map_new(v, &M_ANY_INT, 0), op};
      if (op == 1 && empty) continue; /* assignment to a nil map panics first */
      cr_assert_eq(rt_protected(v, do_unhashable, &a), VM_ERR_RUNTIME, "op %d", op);
      cr_expect(rt_panicked_with(&c, "panic: runtime error: hash of unhashable type []int"),
                "op %d: %s", op, c.err);
      vm_free(v);
    }
  }
}

static void do_nil_assign(VM *v, void *ud) {
  (void)ud;
  int64_t k = 1;
  rt_map_assign(v, &M_INT_INT, NULL, &k);
}

Test(map, nil_map_reads_and_deletes_are_fine_assignment_panics) {
  int64_t k = 1;
  cr_expect_null(rt_map_access(vm, &M_INT_INT, NULL, &k));
  rt_map_delete(vm, &M_INT_INT, NULL, &k);
  cr_expect_eq(rt_map_len(NULL), 0);
  rt_MapIter it;
  rt_map_iter_init(vm, NULL, &it);
  const void *kp;
  void *vp;
  cr_expect_not(rt_map_iter_next(vm, &it, &kp, &vp));
  cr_expect_null(rt_map_check(vm, NULL));

  RtCapture c;
  VM *v = rt_test_vm(&c);
  cr_assert_eq(rt_protected(v, do_nil_assign, NULL), VM_ERR_RUNTIME);
  /* Go 1.19 prints it without "runtime error: " (a plainError) */
  cr_expect(rt_panicked_with(&c, "panic: assignment to entry in nil map"), "%s", c.err);
  cr_expect_eq(vm_exit_status(v), 2);
  vm_free(v);
}

Test(map, zero_size_keys_and_values) {
  rt_Map *m = rt_map_new(vm, &M_E_E, 0);
  cr_expect_not_null(rt_map_assign(vm, &M_E_E, m, ""));
  cr_expect_not_null(rt_map_assign(vm, &M_E_E, m, ""));
  cr_expect_eq(rt_map_len(m), 1);
  cr_expect_not_null(rt_map_access(vm, &M_E_E, m, ""));
  check(m);
  EXPECT_FMT("%v", map_iface(&M_E_E, m), "map[{}:{}]");
}

Test(map, hint_sizes_the_first_table) {
  rt_Map *m = rt_map_new(vm, &M_INT_INT, 1000);
  uint64_t before = vm->heap.stats.mallocs;
  for (int64_t i = 0; i < 1000; i++) set_int(&M_INT_INT, m, &i, i);
  cr_expect_eq(vm->heap.stats.mallocs - before, 3, "one table (ctrl, keys, vals), never rebuilt");
  check(m);
  /* absurd hints are ignored, as Go does */
  cr_expect_not_null(rt_map_new(vm, &M_INT_INT, -5));
  cr_expect_not_null(rt_map_new(vm, &M_INT_INT, INT64_MAX));
}

Test(map, all_memory_comes_from_gc_alloc) {
  uint64_t before = vm->heap.stats.mallocs;
  rt_Map *m = rt_map_new(vm, &M_INT_INT, 0);
  cr_expect_eq(vm->heap.stats.mallocs - before, 1, "make(map) is one object");
  for (int64_t i = 0; i < 100; i++) set_int(&M_INT_INT, m, &i, i);
  cr_expect_gt(vm->heap.stats.mallocs - before, 1);
  cr_expect_gt(vm->heap.stats.heap_alloc, 100 * 16);
}

/* The frame form (rt_map_frame): no allocation until the frame table is
** over 3/4 full, then one ordinary rebuild onto the heap; an iterator
** started on the frame table keeps Go's rules across that move. */
Test(map, frame_maps_allocate_only_when_they_outgrow_the_frame_table) {
  enum { N = 40 };
  uint64_t mem[512];
  cr_assert_leq(rt_map_frame_bytes(&M_STR_INT, true), (int64_t)sizeof mem);
  uint64_t before = vm->heap.stats.mallocs;
  rt_Map *m = rt_map_frame(vm, &M_STR_INT, 0, mem, true);
  GoString keys[N];
  for (int64_t i = 0; i < N; i++) keys[i] = num_string("k", i);
  before = vm->heap.stats.mallocs;
  int64_t fits = RT_MAP_FRAME_CAP * 3 / 4;
  for (int64_t i = 0; i < fits; i++) set_int(&M_STR_INT, m, &keys[i], i * 3);
  cr_expect_eq(vm->heap.stats.mallocs - before, 0, "the frame table holds %lld entries", (long long)fits);
  check(m);
  rt_MapIter it;
  rt_map_iter_init(vm, m, &it);
  for (int64_t i = fits; i < N; i++) set_int(&M_STR_INT, m, &keys[i], i * 3);
  cr_expect_gt(vm->heap.stats.mallocs - before, 0, "growth moves the entries to the heap");
  check(m);
  for (int64_t i = 0; i < N; i++) {
    int64_t v = -1;
    cr_expect(get_int(&M_STR_INT, m, &keys[i], &v) && v == i * 3, "key %lld", (long long)i);
  }
  /* the loop that started on the frame table sees each old entry once */
  int64_t seen = 0;
  const void *k;
  void *v;
  while (rt_map_iter_next(vm, &it, &k, &v)) seen++;
  cr_expect_eq(seen, fits);
  /* a hint over 8: the header in the frame, the table on the heap */
  before = vm->heap.stats.mallocs;
  rt_Map *big = rt_map_frame(vm, &M_STR_INT, 100, mem, true);
  cr_expect_eq(vm->heap.stats.mallocs - before, 0);
  set_int(&M_STR_INT, big, &keys[0], 7);
  cr_expect_eq(vm->heap.stats.mallocs - before, 3, "one table for 100 entries (ctrl, keys, vals)");
  check(big);
}

/* }================================================================== */

/* {==================================================================
** Iteration
** =================================================================== */

static rt_Map *int_map(int64_t n) {
  rt_Map *m = rt_map_new(vm, &M_INT_INT, 0);
  for (int64_t i = 0; i < n; i++) set_int(&M_INT_INT, m, &i, i * 3);
  return m;
}

Test(map, range_visits_every_key_once) {
  enum { N = 10000 };
  rt_Map *m = int_map(N);
  int *counts = calloc(N, sizeof *counts);
  cr_expect_eq(range_count(m, counts, N), N);
  for (int i = 0; i < N; i++) cr_assert_eq(counts[i], 1, "key %d seen %d times", i, counts[i]);
  free(counts);
}

Test(map, delete_during_range_hides_unreached_entries) {
  enum { N = 5000 };
  rt_Map *m = int_map(N);
  char *seen = calloc(N, 1), *deleted = calloc(N, 1);
  rt_MapIter it;
  rt_map_iter_init(vm, m, &it);
  const void *k;
  void *v;
  int64_t produced = 0;
  while (rt_map_iter_next(vm, &it, &k, &v)) {
    int64_t key = *(const int64_t *)k;
    cr_assert_not(deleted[key], "key %lld produced after its delete", (long long)key);
    cr_assert_not(seen[key], "key %lld produced twice", (long long)key);
    seen[key] = 1;
    produced++;
    /* delete this key and two others, reached or not */
    int64_t others[] = {key, (key * 7 + 1) % N, (key * 13 + 5) % N};
    for (int j = 0; j < 3; j++) {
      rt_map_delete(vm, &M_INT_INT, m, &others[j]);
      deleted[others[j]] = 1;
    }
  }
  for (int64_t i = 0; i < N; i++)
    cr_assert(seen[i] || deleted[i], "key %lld neither produced nor deleted", (long long)i);
  cr_expect_lt(produced, N);
  check(m);
  free(seen);
  free(deleted);
}

/* Inserting during the loop grows the table several times: every old key is
** produced exactly once, with its current value; new keys may or may not. */
Test(map, insert_during_range_with_growth) {
  enum { N = 1000, MORE = 50000 };
  rt_Map *m = int_map(N);
  int *counts = calloc(N + MORE, sizeof *counts);
  rt_MapIter it;
  rt_map_iter_init(vm, m, &it);
  const void *k;
  void *v;
  int64_t next = N;
  while (rt_map_iter_next(vm, &it, &k, &v)) {
    int64_t key = *(const int64_t *)k;
    cr_assert(key >= 0 && key < N + MORE);
    counts[key]++;
    cr_assert_eq(counts[key], 1, "key %lld produced twice", (long long)key);
    if (key < N) {
      cr_expect_eq(*(int64_t *)v, key * 3);
      /* update a later old key: the loop must show the new value */
      int64_t other = (key + 1) % N;
      *(int64_t *)rt_map_assign(vm, &M_INT_INT, m, &other) = other * 3;
    }
    for (int j = 0; j < 50 && next < N + MORE; j++, next++)
      set_int(&M_INT_INT, m, &next, next * 3);
  }
  for (int64_t i = 0; i < N; i++) cr_assert_eq(counts[i], 1, "old key %lld", (long long)i);
  cr_expect_eq(rt_map_len(m), N + MORE);
  check(m);
  free(counts);
}

/* Deleting keys and then growing: the snapshot's deleted keys stay hidden. */
Test(map, delete_then_grow_during_range) {
  enum { N = 2000 };
  rt_Map *m = int_map(N);
  char *deleted = calloc(N, 1);
  int *counts = calloc(N + 100000, sizeof *counts);
  rt_MapIter it;
  rt_map_iter_init(vm, m, &it);
  const void *k;
  void *v;
  bool first = true;
  while (rt_map_iter_next(vm, &it, &k, &v)) {
    int64_t key = *(const int64_t *)k;
    counts[key]++;
    cr_assert_eq(counts[key], 1);
    if (key < N) cr_assert_not(deleted[key], "deleted key %lld produced", (long long)key);
    if (first) { /* delete half the map, then force two rebuilds */
      first = false;
      for (int64_t i = 0; i < N; i += 2)
        if (i != key) {
          rt_map_delete(vm, &M_INT_INT, m, &i);
          deleted[i] = 1;
        }
      for (int64_t i = N; i < N + 100000; i++) set_int(&M_INT_INT, m, &i, i * 3);
    }
  }
  for (int64_t i = 1; i < N; i += 2) cr_assert_eq(counts[i], 1, "kept key %lld", (long long)i);
  free(deleted);
  free(counts);
}

/* The order of one loop, as a string of keys. */
static void order_of(VM *v, rt_Map *m, int64_t *out, int64_t n) {
  rt_MapIter it;
  rt_map_iter_init(v, m, &it);
  const void *k;
  void *val;
  int64_t i = 0;
  while (rt_map_iter_next(v, &it, &k, &val) && i < n) out[i++] = *(const int64_t *)k;
}

Test(map, order_is_random_per_loop_and_per_vm) {
  enum { N = 64 };
  rt_Map *m = int_map(N);
  int64_t a[N], b[N];
  order_of(vm, m, a, N);
  bool differs = false;
  for (int t = 0; t < 20 && !differs; t++) {
    order_of(vm, m, b, N);
    differs = memcmp(a, b, sizeof a) != 0;
  }
  cr_expect(differs, "20 loops over one map in one order");

  /* two VMs, same insertions: different layouts (per-map seed) */
  RtCapture c;
  VM *v2 = rt_test_vm(&c);
  rt_Map *m2 = rt_map_new(v2, &M_INT_INT, 0);
  for (int64_t i = 0; i < N; i++) *(int64_t *)rt_map_assign(v2, &M_INT_INT, m2, &i) = i * 3;
  order_of(v2, m2, b, N);
  cr_expect(memcmp(a, b, sizeof a) != 0, "two VMs iterate alike");
  vm_free(v2);
  /* small maps too: Go randomises even 3 entries */
  rt_Map *small = int_map(3);
  int64_t first[3], other[3];
  order_of(vm, small, first, 3);
  differs = false;
  for (int t = 0; t < 50 && !differs; t++) {
    order_of(vm, small, other, 3);
    differs = memcmp(first, other, sizeof first) != 0;
  }
  cr_expect(differs, "a 3-entry map always iterates alike");
}

/* }================================================================== */

/* {==================================================================
** fmt (expectations printed by Go 1.19)
** =================================================================== */

static rt_Map *str_int_map(void) {
  rt_Map *m = rt_map_new(vm, &M_STR_INT, 0);
  set_int(&M_STR_INT, m, &GS("b"), 2);
  set_int(&M_STR_INT, m, &GS("a"), 1);
  set_int(&M_STR_INT, m, &GS("c"), 3);
  return m;
}

Test(map, fmt_verbs_and_flags) {
  GoIface m = map_iface(&M_STR_INT, str_int_map());
  EXPECT_FMT("%v", m, "map[a:1 b:2 c:3]");
  EXPECT_FMT("%+v", m, "map[a:1 b:2 c:3]");
  EXPECT_FMT("%#v", m, "map[string]int{\"a\":1, \"b\":2, \"c\":3}");
  EXPECT_FMT("%d", m, "map[%!d(string=a):1 %!d(string=b):2 %!d(string=c):3]");
  EXPECT_FMT("%x", m, "map[61:1 62:2 63:3]");
  EXPECT_FMT("%5v|", m, "map[    a:    1     b:    2     c:    3]|");
  EXPECT_FMT("%-4v|", m, "map[a   :1    b   :2    c   :3   ]|");
  EXPECT_FMT("%T", m, "map[string]int");
  EXPECT_FMT("%s", map_iface(&M_INT_INT, int_map(2)), "map[%!s(int=0):%!s(int=0) %!s(int=1):%!s(int=3)]");
}

Test(map, fmt_nil_and_empty) {
  GoIface nil = map_iface(&M_STR_INT, NULL);
  EXPECT_FMT("%v", nil, "map[]");
  EXPECT_FMT("%+v", nil, "map[]");
  EXPECT_FMT("%#v", nil, "map[string]int(nil)");
  EXPECT_FMT("%d", nil, "map[]");
  GoIface empty = map_iface(&M_STR_INT, rt_map_new(vm, &M_STR_INT, 0));
  EXPECT_FMT("%v", empty, "map[]");
  EXPECT_FMT("%#v", empty, "map[string]int{}");
}

Test(map, fmt_sorts_numbers) {
  rt_Map *m = rt_map_new(vm, &M_INT_STR, 0);
  int64_t keys[] = {-5, 10, 0, 3};
  const char *vals[] = {"m5", "ten", "zero", "three"};
  for (int i = 0; i < 4; i++)
    *(GoString *)rt_map_assign(vm, &M_INT_STR, m, &keys[i]) =
        (GoString){(const uint8_t *)vals[i], (int64_t)strlen(vals[i])};
  EXPECT_FMT("%v", map_iface(&M_INT_STR, m), "map[-5:m5 0:zero 3:three 10:ten]");

  rt_Map *u = rt_map_new(vm, &M_U8_INT, 0);
  set_int(&M_U8_INT, u, &(uint8_t){1}, 1);
  set_int(&M_U8_INT, u, &(uint8_t){200}, 2);
  set_int(&M_U8_INT, u, &(uint8_t){3}, 3);
  EXPECT_FMT("%#v", map_iface(&M_U8_INT, u), "map[uint8]int{0x1:1, 0x3:3, 0xc8:2}");
  EXPECT_FMT("%v", map_iface(&M_U8_INT, u), "map[1:1 3:3 200:2]");

  rt_Map *f = rt_map_new(vm, &M_F64_INT, 0);
  double fk[] = {NAN, INFINITY, -INFINITY, 0, -2.5, 1e100};
  for (int i = 0; i < 6; i++) set_int(&M_F64_INT, f, &fk[i], i + 1);
  EXPECT_FMT("%v", map_iface(&M_F64_INT, f), "map[NaN:1 -Inf:3 -2.5:5 0:4 1e+100:6 +Inf:2]");

  rt_Map *g = rt_map_new(vm, &M_F32_BOOL, 0);
  *(uint8_t *)rt_map_assign(vm, &M_F32_BOOL, g, &(float){1.5f}) = 1;
  *(uint8_t *)rt_map_assign(vm, &M_F32_BOOL, g, &(float){-0.25f}) = 0;
  EXPECT_FMT("%v", map_iface(&M_F32_BOOL, g), "map[-0.25:false 1.5:true]");
  EXPECT_FMT("%#v", map_iface(&M_F32_BOOL, g), "map[float32]bool{-0.25:false, 1.5:true}");
}

Test(map, fmt_sorts_bools_arrays_structs) {
  rt_Map *b = rt_map_new(vm, &M_BOOL_STR, 0);
  *(GoString *)rt_map_assign(vm, &M_BOOL_STR, b, &(uint8_t){1}) = GS("t");
  *(GoString *)rt_map_assign(vm, &M_BOOL_STR, b, &(uint8_t){0}) = GS("f");
  EXPECT_FMT("%v", map_iface(&M_BOOL_STR, b), "map[false:f true:t]");

  rt_Map *a = rt_map_new(vm, &M_ARR_STR, 0);
  *(GoString *)rt_map_assign(vm, &M_ARR_STR, a, (int64_t[]){2, 1}) = GS("a");
  *(GoString *)rt_map_assign(vm, &M_ARR_STR, a, (int64_t[]){1, 9}) = GS("b");
  *(GoString *)rt_map_assign(vm, &M_ARR_STR, a, (int64_t[]){1, 2}) = GS("c");
  EXPECT_FMT("%v", map_iface(&M_ARR_STR, a), "map[[1 2]:c [1 9]:b [2 1]:a]");
  rt_map_delete(vm, &M_ARR_STR, a, (int64_t[]){1, 9});
  EXPECT_FMT("%#v", map_iface(&M_ARR_STR, a), "map[[2]int]string{[2]int{1, 2}:\"c\", [2]int{2, 1}:\"a\"}");

  typedef struct { int64_t a; GoString b; } PMem;
  rt_Map *p = rt_map_new(vm, &M_P_INT, 0);
  set_int(&M_P_INT, p, &(PMem){2, GS("x")}, 1);
  set_int(&M_P_INT, p, &(PMem){1, GS("z")}, 2);
  set_int(&M_P_INT, p, &(PMem){1, GS("y")}, 3);
  GoIface pm = map_iface(&M_P_INT, p);
  EXPECT_FMT("%v", pm, "map[{1 y}:3 {1 z}:2 {2 x}:1]");
  EXPECT_FMT("%+v", pm, "map[{A:1 B:y}:3 {A:1 B:z}:2 {A:2 B:x}:1]");
  rt_map_delete(vm, &M_P_INT, p, &(PMem){1, GS("z")});
  EXPECT_FMT("%#v", pm, "map[main.P]int{main.P{A:1, B:\"y\"}:3, main.P{A:2, B:\"x\"}:1}");
}

/* Go orders different dynamic types by their descriptors' place in the
** binary: size first, then name (ifkeys.go). */
Test(map, fmt_sorts_interface_keys_by_type_then_value) {
  rt_Map *m = rt_map_new(vm, &M_ANY_INT, 0);
  static const GoString s = GS("s"), z = GS("z"), q = GS("q");
  static const int64_t arr[2] = {3, 4};
  static const GoString arrs[1] = {GS("q")};
  (void)q;
  GoIface keys[] = {
    {&T_INT, {.i = 1}}, {&T_MYT, {.i = 2}}, {&T_ARR2, {.cp = arr}}, {&T_S, {.i = 5}},
    {&T_INT8, {.i = 6}}, {&T_STRING, {.cp = &s}}, {&T_MYZ, {.cp = &z}}, {&T_UINT, {.u = 8}},
    {&T_BOOL, {.u = 1}}, {&T_FLOAT64, {.f = 1.5}}, {&T_FLOAT32, {.f = 2.5}},
    {&T_EMPTY, {.cp = &rt_zerobase}}, {&T_ARR1S, {.cp = arrs}},
  };
  for (int i = 0; i < 13; i++) set_int(&M_ANY_INT, m, &keys[i], i + 1);
  EXPECT_FMT("%v", map_iface(&M_ANY_INT, m),
             "map[true:9 2.5:11 1.5:10 1:1 6:5 2:2 z:7 s:6 8:8 [q]:13 [3 4]:3 {}:12 {5}:4]");

  rt_Map *n = rt_map_new(vm, &M_ANY_INT, 0);
  set_int(&M_ANY_INT, n, &(GoIface){&T_INT, {.i = 2}}, 2);
  set_int(&M_ANY_INT, n, &(GoIface){0}, 1);
  EXPECT_FMT("%v", map_iface(&M_ANY_INT, n), "map[<nil>:1 2:2]");
  rt_Map *ints = rt_map_new(vm, &M_ANY_INT, 0);
  for (int64_t i = 3; i >= 1; i--) set_int(&M_ANY_INT, ints, &(GoIface){&T_INT, {.i = i}}, 4 - i);
  EXPECT_FMT("%v", map_iface(&M_ANY_INT, ints), "map[1:3 2:2 3:1]");
}

Test(map, fmt_composite_values_and_nesting) {
  static const GoString cs = GS("s");
  static const int64_t d12[] = {1, 2};
  static const GoSlice d = {(void *)d12, 2, 2};
  rt_Map *a = rt_map_new(vm, &M_STR_ANY, 0);
  *(GoIface *)rt_map_assign(vm, &M_STR_ANY, a, &GS("a")) = (GoIface){0};
  *(GoIface *)rt_map_assign(vm, &M_STR_ANY, a, &GS("b")) = (GoIface){&T_INT, {.i = 1}};
  *(GoIface *)rt_map_assign(vm, &M_STR_ANY, a, &GS("c")) = (GoIface){&T_STRING, {.cp = &cs}};
  *(GoIface *)rt_map_assign(vm, &M_STR_ANY, a, &GS("d")) = (GoIface){&T_INTS, {.cp = &d}};
  EXPECT_FMT("%v", map_iface(&M_STR_ANY, a), "map[a:<nil> b:1 c:s d:[1 2]]");
  rt_map_delete(vm, &M_STR_ANY, a, &GS("d"));
  EXPECT_FMT("%#v", map_iface(&M_STR_ANY, a),
             "map[string]interface {}{\"a\":interface {}(nil), \"b\":1, \"c\":\"s\"}");

  rt_Map *sl = rt_map_new(vm, &M_STR_INTS, 0);
  *(GoSlice *)rt_map_assign(vm, &M_STR_INTS, sl, &GS("x")) = d;
  rt_map_assign(vm, &M_STR_INTS, sl, &GS("w"));
  EXPECT_FMT("%v", map_iface(&M_STR_INTS, sl), "map[w:[] x:[1 2]]");
  EXPECT_FMT("%#v", map_iface(&M_STR_INTS, sl), "map[string][]int{\"w\":[]int(nil), \"x\":[]int{1, 2}}");

  rt_Map *inner = rt_map_new(vm, &M_STR_INT, 0);
  set_int(&M_STR_INT, inner, &GS("z"), 1);
  set_int(&M_STR_INT, inner, &GS("y"), 2);
  rt_Map *outer = rt_map_new(vm, &M_STR_MSI, 0);
  *(rt_Map **)rt_map_assign(vm, &M_STR_MSI, outer, &GS("o")) = inner;
  rt_map_assign(vm, &M_STR_MSI, outer, &GS("n"));
  EXPECT_FMT("%v", map_iface(&M_STR_MSI, outer), "map[n:map[] o:map[y:2 z:1]]");
  EXPECT_FMT("%#v", map_iface(&M_STR_MSI, outer),
             "map[string]map[string]int{\"n\":map[string]int(nil), \"o\":map[string]int{\"y\":2, \"z\":1}}");

  rt_Map *m = str_int_map();
  EXPECT_FMT("%v", ((GoIface){&T_PTR_MSI, {.p = &m}}), "&map[a:1 b:2 c:3]");
  EXPECT_FMT("%+v", ((GoIface){&T_W, {.p = m}}), "{M:map[a:1 b:2 c:3]}");
  EXPECT_FMT("%#v", ((GoIface){&T_W, {.p = m}}),
             "struct { M map[string]int }{M:map[string]int{\"a\":1, \"b\":2, \"c\":3}}");

  rt_Map *ss = rt_map_new(vm, &M_STR_STR, 0);
  *(GoString *)rt_map_assign(vm, &M_STR_STR, ss, &GS("a")) = GS("x y");
  *(GoString *)rt_map_assign(vm, &M_STR_STR, ss, &GS("b")) = GS("\n");
  EXPECT_FMT("%s|", map_iface(&M_STR_STR, ss), "map[a:x y b:\n]|");
  EXPECT_FMT("%q", map_iface(&M_STR_STR, ss), "map[\"a\":\"x y\" \"b\":\"\\n\"]");
}

Test(map, println_of_maps) {
  GoIface args[2] = {map_iface(&M_STR_INT, str_int_map()), map_iface(&M_STR_INT, NULL)};
  rt_Buf b = {0};
  rt_fmt_sprint(vm, &b, args, 2, true);
  rt_buf_byte(&b, 0);
  cr_expect_str_eq(b.data, "map[a:1 b:2 c:3] map[]\n");
  rt_buf_free(&b);
}

/* }================================================================== */
