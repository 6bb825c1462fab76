/*
** test_alg.c — type-driven value algorithms (runtime/alg.c): moving values
** between register and memory form, Go's equality and hashing by kind
** (signed zeros, NaN, strings by content, interfaces by dynamic type,
** padding ignored), the uncomparable-type panics with Go's wording, and the
** VM's random source.
*/
#include <criterion/criterion.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "rtprotect.h"

static const uint8_t PTR1[] = {1}, PTR2[] = {2};
#define BASIC(name, k, sz, s) \
  static const RType name = {.kind = k, .size = sz, .nwords = 1, .str = s}
BASIC(T_INT, RK_INT, 8, "int");
BASIC(T_INT8, RK_INT8, 1, "int8");
BASIC(T_INT16, RK_INT16, 2, "int16");
BASIC(T_UINT16, RK_UINT16, 2, "uint16");
BASIC(T_FLOAT32, RK_FLOAT32, 4, "float32");
BASIC(T_FLOAT64, RK_FLOAT64, 8, "float64");
static const RType T_C64 = {.kind = RK_COMPLEX64, .size = 8, .nwords = 2, .str = "complex64"};
static const RType T_STRING = {.kind = RK_STRING, .size = 16, .nwords = 2, .str = "string", .ptrmask = PTR1};
static const RType T_ANY = {.kind = RK_INTERFACE, .size = 16, .nwords = 2, .str = "interface {}", .ptrmask = (const uint8_t[]){3}};
static const RType T_INTS = {.kind = RK_SLICE, .size = 24, .nwords = 3, .str = "[]int", .elem = &T_INT, .ptrmask = PTR1};
static const RType T_A3 = {.kind = RK_ARRAY, .size = 6, .nwords = 3, .str = "[3]int16", .elem = &T_INT16, .len = 3};
static const RType T_A2 = {.kind = RK_ARRAY, .size = 16, .nwords = 2, .str = "[2]int", .elem = &T_INT, .len = 2};
/* struct { X int8; Y float32; Z string } */
static const RField K_FIELDS[] = {{"X", &T_INT8, 0, false}, {"Y", &T_FLOAT32, 4, false},
                                  {"Z", &T_STRING, 8, false}};
static const RType T_K = {.kind = RK_STRUCT, .size = 24, .nwords = 4, .str = "main.K", .named = true,
                          .fields = K_FIELDS, .nfields = 3, .ptrmask = PTR2};
/* struct { A int; B string } */
static const RField P_FIELDS[] = {{"A", &T_INT, 0, false}, {"B", &T_STRING, 8, false}};
static const RType T_P = {.kind = RK_STRUCT, .size = 24, .nwords = 3, .str = "struct { A int; B string }",
                          .fields = P_FIELDS, .nfields = 2, .ptrmask = PTR2};
/* struct { S []int } */
static const RField U_FIELDS[] = {{"S", &T_INTS, 0, false}};
static const RType T_U = {.kind = RK_STRUCT, .size = 24, .nwords = 3, .str = "struct { S []int }",
                          .fields = U_FIELDS, .nfields = 1, .ptrmask = PTR1};

typedef struct KMem { int8_t x; uint8_t pad[3]; float y; GoString z; } KMem;
#define GS(lit) ((GoString){(const uint8_t *)(lit), (int64_t)sizeof(lit) - 1})

static VM *vm;
static RtCapture cap_;
static void setup(void) { vm = rt_test_vm(&cap_); }
static void teardown(void) { vm_free(vm); }
TestSuite(alg, .init = setup, .fini = teardown);

Test(alg, same_form) {
  cr_expect(rt_value_same_form(&T_INT));
  cr_expect(rt_value_same_form(&T_STRING));
  cr_expect(rt_value_same_form(&T_ANY));
  cr_expect(rt_value_same_form(&T_A2));
  cr_expect(rt_value_same_form(&T_P));
  cr_expect_not(rt_value_same_form(&T_INT8));
  cr_expect_not(rt_value_same_form(&T_FLOAT32));
  cr_expect_not(rt_value_same_form(&T_C64));
  cr_expect_not(rt_value_same_form(&T_A3));
  cr_expect_not(rt_value_same_form(&T_K));
}

Test(alg, struct_round_trip) {
  Word regs[4] = {{.i = -5}, {.f = 1.5}, {.cp = "hey"}, {.i = 3}};
  KMem mem;
  memset(&mem, 0xEE, sizeof mem);
  rt_value_store(&T_K, &mem, regs);
  cr_expect_eq(mem.x, -5);
  cr_expect_eq(mem.y, 1.5f);
  cr_expect_eq(mem.z.len, 3);
  cr_expect_eq(mem.pad[0], 0xEE, "padding is left alone");
  Word back[4];
  memset(back, 0x77, sizeof back);
  rt_value_load(&T_K, back, &mem);
  cr_expect_eq(back[0].i, -5, "sign-extended");
  cr_expect_eq(back[1].f, 1.5);
  cr_expect_eq(back[2].cp, regs[2].cp);
  cr_expect_eq(back[3].i, 3);
}

Test(alg, narrow_and_float_round_trips) {
  Word r[3] = {{.i = -1}, {.i = 2}, {.i = -32768}};
  int16_t a[3];
  rt_value_store(&T_A3, a, r);
  cr_expect_eq(a[0], -1);
  cr_expect_eq(a[2], -32768);
  Word b[3];
  rt_value_load(&T_A3, b, a);
  cr_expect_eq(b[0].i, -1);
  cr_expect_eq(b[2].i, -32768);
  uint16_t u = 0xFFFF;
  Word w;
  rt_value_load(&T_UINT16, &w, &u);
  cr_expect_eq(w.u, 0xFFFF, "zero-extended");
  Word c[2] = {{.f = 0.5}, {.f = -2.0}};
  float cm[2];
  rt_value_store(&T_C64, cm, c);
  cr_expect(cm[0] == 0.5f && cm[1] == -2.0f);
}

Test(alg, iface_memory_form) {
  uint64_t tmp[2];
  GoIface f = {&T_FLOAT32, {.f = 2.5}};
  const float *p = rt_iface_mem(&f, tmp);
  cr_expect_eq(*p, 2.5f, "a float32 in the data word is a double");
  GoIface i8 = {&T_INT8, {.i = -2}};
  cr_expect_eq(*(const int8_t *)rt_iface_mem(&i8, tmp), -2);
  GoString s = GS("x");
  GoIface str = {&T_STRING, {.cp = &s}};
  cr_expect_eq(rt_iface_mem(&str, tmp), (const void *)&s, "boxed values are read in place");
  cr_expect_null(rt_iface_mem(&(GoIface){0}, tmp));
}

Test(alg, floats_zero_and_nan) {
  double pz = 0.0, nz = -0.0, nan = NAN;
  cr_expect(rt_equal(vm, &T_FLOAT64, &pz, &nz));
  cr_expect_eq(rt_hash(vm, &T_FLOAT64, &pz, 7), rt_hash(vm, &T_FLOAT64, &nz, 7));
  cr_expect_not(rt_equal(vm, &T_FLOAT64, &nan, &nan));
  cr_expect_neq(rt_hash(vm, &T_FLOAT64, &nan, 7), rt_hash(vm, &T_FLOAT64, &nan, 7),
                "NaN hashes randomly");
  float fz = 0.0f, fnz = -0.0f;
  cr_expect_eq(rt_hash(vm, &T_FLOAT32, &fz, 1), rt_hash(vm, &T_FLOAT32, &fnz, 1));
  double one = 1.0;
  cr_expect_neq(rt_hash(vm, &T_FLOAT64, &one, 1), rt_hash(vm, &T_FLOAT64, &pz, 1));
}

Test(alg, strings_structs_and_seeds) {
  GoString a = GS("hello"), b = {(const uint8_t *)"xhello" + 1, 5};
  cr_expect(rt_equal(vm, &T_STRING, &a, &b));
  cr_expect_eq(rt_hash(vm, &T_STRING, &a, 99), rt_hash(vm, &T_STRING, &b, 99));
  cr_expect_neq(rt_hash(vm, &T_STRING, &a, 99), rt_hash(vm, &T_STRING, &a, 100), "seeded");
  KMem k1 = {.x = 1, .y = 0.0f, .z = GS("z")}, k2 = {.x = 1, .y = -0.0f, .z = GS("z")};
  memset(k1.pad, 1, 3);
  memset(k2.pad, 2, 3);
  cr_expect(rt_equal(vm, &T_K, &k1, &k2), "padding and the zero's sign do not matter");
  cr_expect_eq(rt_hash(vm, &T_K, &k1, 5), rt_hash(vm, &T_K, &k2, 5));
  k2.z = GS("y");
  cr_expect_not(rt_equal(vm, &T_K, &k1, &k2));
}

Test(alg, interfaces_by_type_then_value) {
  static const RType T_MYINT = {.kind = RK_INT, .named = true, .size = 8, .nwords = 1, .str = "main.MyInt"};
  GoIface a = {&T_INT, {.i = 1}}, b = {&T_INT, {.i = 1}}, c = {&T_MYINT, {.i = 1}}, nil = {0};
  cr_expect(rt_equal(vm, &T_ANY, &a, &b));
  cr_expect_eq(rt_hash(vm, &T_ANY, &a, 3), rt_hash(vm, &T_ANY, &b, 3));
  cr_expect_not(rt_equal(vm, &T_ANY, &a, &c));
  cr_expect_not(rt_equal(vm, &T_ANY, &a, &nil));
  cr_expect(rt_equal(vm, &T_ANY, &nil, &(GoIface){0}));
  int64_t x[2] = {1, 2}, y[2] = {1, 2};
  GoIface ax = {&T_A2, {.cp = x}}, ay = {&T_A2, {.cp = y}};
  cr_expect(rt_equal(vm, &T_ANY, &ax, &ay));
  cr_expect_eq(rt_hash(vm, &T_ANY, &ax, 3), rt_hash(vm, &T_ANY, &ay, 3));
}

Test(alg, comparable) {
  cr_expect(rt_type_comparable(&T_K));
  cr_expect(rt_type_comparable(&T_ANY));
  cr_expect_not(rt_type_comparable(&T_INTS));
  cr_expect_not(rt_type_comparable(&T_U));
}

static GoSlice one_int = {(void *)(const int64_t[]){1}, 1, 1};
static void do_compare(VM *v, void *ud) {
  (void)ud;
  GoIface a = {&T_INTS, {.cp = &one_int}}, b = a;
  rt_equal(v, &T_ANY, &a, &b);
}
static void do_hash_struct(VM *v, void *ud) {
  (void)ud;
  GoSlice u = one_int;
  GoIface a = {&T_U, {.cp = &u}};
  rt_hash(v, &T_ANY, &a, 0);
}

Test(alg, uncomparable_panics_name_the_outer_type) {
  RtCapture c;
  VM *v = rt_test_vm(&c);
  cr_assert_eq(rt_protected(v, do_compare, NULL), VM_ERR_RUNTIME);
  cr_expect(rt_panicked_with(&c, "panic: runtime error: comparing uncomparable type []int"), "%s", c.err);
  vm_free(v);
  v = rt_test_vm(&c);
  cr_assert_eq(rt_protected(v, do_hash_struct, NULL), VM_ERR_RUNTIME);
  cr_expect(rt_panicked_with(&c, "panic: runtime error: hash of unhashable type struct { S []int }"),
            "%s", c.err);
  vm_free(v);
}

Test(alg, fastrand_differs_between_vms) {
  RtCapture c;
  VM *v = rt_test_vm(&c);
  uint64_t a = rt_fastrand(vm), b = rt_fastrand(v), a2 = rt_fastrand(vm);
  cr_expect_neq(a, b);
  cr_expect_neq(a, a2);
  cr_expect_neq(vm->rng, 0);
  vm_free(v);
}
