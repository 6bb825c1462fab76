/*
** test_types.c — Go types (compiler/types.c): predicates, identity,
** amd64 layout (size, align, register words) and both spellings.
*/
#include <criterion/criterion.h>
#include <string.h>

#include "../../compiler/compiler.h"
#include "../../compiler/types.h"

static Comp comp;

static void setup(void) { cmp_init(&comp, "t.go", "", 0); }
static void teardown(void) { cmp_free(&comp); }

TestSuite(types, .init = setup, .fini = teardown);

static Type *named(const char *name, Type *under) {
  Type *t = ty_new(&comp, TY_NAMED);
  Object *o = arena_alloc(&comp.arena, sizeof *o);
  o->kind = OBJ_TYPE;
  o->name = name;
  o->type = t;
  t->u.named.obj = o;
  t->u.named.underlying = under;
  t->u.named.pkg = "main";
  return t;
}

static Type *strct(int n, const char **names, Type **types) {
  Type *t = ty_new(&comp, TY_STRUCT);
  t->u.strct.fields = arena_alloc(&comp.arena, sizeof(StructField) * (size_t)n);
  t->u.strct.nfields = n;
  for (int i = 0; i < n; i++) {
    t->u.strct.fields[i].name = names[i];
    t->u.strct.fields[i].type = types[i];
  }
  return t;
}

static Type *func(int np, Type **params, int nr, Type **results, bool variadic) {
  Type *t = ty_new(&comp, TY_FUNC);
  t->u.func.params = params;
  t->u.func.nparams = np;
  t->u.func.results = results;
  t->u.func.nresults = nr;
  t->u.func.variadic = variadic;
  return t;
}

Test(types, predicates_and_defaults) {
  cr_assert(ty_is_integer(TY(TY_UINT8)));
  cr_assert(ty_is_integer(ty_byte));
  cr_assert(ty_is_unsigned(ty_byte));
  cr_assert(ty_is_integer(TY(TY_UNTYPED_RUNE)));
  cr_assert_not(ty_is_integer(TY(TY_FLOAT64)));
  cr_assert(ty_is_float(TY(TY_UNTYPED_FLOAT)));
  cr_assert(ty_is_numeric(TY(TY_COMPLEX64)));
  cr_assert(ty_is_string(TY(TY_UNTYPED_STRING)));
  cr_assert(ty_is_untyped(TY(TY_UNTYPED_NIL)));
  cr_assert_not(ty_is_untyped(TY(TY_INT)));
  cr_assert(ty_is_ordered(TY(TY_STRING)));
  cr_assert_not(ty_is_ordered(TY(TY_BOOL)));
  cr_assert_eq(ty_default(TY(TY_UNTYPED_INT)), TY(TY_INT));
  cr_assert_eq(ty_default(TY(TY_UNTYPED_RUNE)), ty_rune);
  cr_assert_eq(ty_default(TY(TY_UNTYPED_FLOAT)), TY(TY_FLOAT64));
  cr_assert_eq(ty_default(TY(TY_INT8)), TY(TY_INT8));
  Type *celsius = named("Celsius", TY(TY_FLOAT64));
  cr_assert(ty_is_float(celsius));
  cr_assert_eq(ty_underlying(celsius), TY(TY_FLOAT64));
  cr_assert(ty_is_comparable(TY(TY_STRING)));
  cr_assert_not(ty_is_comparable(ty_new_slice(&comp, TY(TY_INT))));
  Type *ft[] = {ty_new_map(&comp, TY(TY_STRING), TY(TY_INT))};
  const char *fn[] = {"m"};
  cr_assert_not(ty_is_comparable(strct(1, fn, ft)));
  cr_assert(ty_has_nil(ty_new_pointer(&comp, TY(TY_INT))));
  cr_assert_not(ty_has_nil(TY(TY_STRING)));
}

Test(types, identity) {
  cr_assert(ty_identical(ty_byte, TY(TY_UINT8)));
  cr_assert(ty_identical(ty_rune, TY(TY_INT32)));
  cr_assert_not(ty_identical(TY(TY_INT), TY(TY_INT64)));
  cr_assert(ty_identical(ty_new_slice(&comp, TY(TY_INT)), ty_new_slice(&comp, TY(TY_INT))));
  cr_assert(ty_identical(ty_new_slice(&comp, ty_byte), ty_new_slice(&comp, TY(TY_UINT8))));
  cr_assert_not(ty_identical(ty_new_array(&comp, TY(TY_INT), 3), ty_new_array(&comp, TY(TY_INT), 4)));
  Type *a = named("A", TY(TY_INT)), *b = named("B", TY(TY_INT));
  cr_assert_not(ty_identical(a, b));
  cr_assert(ty_identical(a, a));
  cr_assert_not(ty_identical(a, TY(TY_INT)));
  Type *p1[] = {TY(TY_INT)}, *p2[] = {TY(TY_INT)}, *r1[] = {TY(TY_STRING)};
  cr_assert(ty_identical(func(1, p1, 1, r1, false), func(1, p2, 1, r1, false)));
  cr_assert_not(ty_identical(func(1, p1, 1, r1, false), func(1, p2, 0, NULL, false)));
  cr_assert(ty_identical(ty_new_map(&comp, TY(TY_STRING), a), ty_new_map(&comp, TY(TY_STRING), a)));
  cr_assert_not(ty_identical(ty_new_chan(&comp, CHAN_BOTH, a), ty_new_chan(&comp, CHAN_RECV, a)));
}

Test(types, layout) {
  Type *s = ty_new_slice(&comp, TY(TY_STRING));
  ty_complete(s);
  cr_assert_eq(s->size, 24);
  cr_assert_eq(s->nwords, 3);
  cr_assert_eq(TY(TY_STRING)->nwords, 2);
  const char *names[] = {"a", "b", "c", "d"};
  Type *types[] = {TY(TY_BOOL), TY(TY_INT64), TY(TY_INT16), TY(TY_STRING)};
  Type *st = strct(4, names, types);
  ty_complete(st);
  cr_assert_eq(st->u.strct.fields[1].offset, 8);
  cr_assert_eq(st->u.strct.fields[2].offset, 16);
  cr_assert_eq(st->u.strct.fields[3].offset, 24);
  cr_assert_eq(st->size, 40);
  cr_assert_eq(st->align, 8);
  cr_assert_eq(st->nwords, 5);
  cr_assert_eq(st->u.strct.fields[3].word, 3);
  Type *arr = ty_new_array(&comp, st, 3);
  ty_complete(arr);
  cr_assert_eq(arr->size, 120);
  cr_assert_eq(arr->nwords, 15);
  Type *small[] = {TY(TY_INT8), TY(TY_INT16)};
  Type *st2 = strct(2, names, small);
  ty_complete(st2);
  cr_assert_eq(st2->size, 4);
  cr_assert_eq(st2->align, 2);
  /* a recursive (invalid) type must not loop */
  Type *rec = named("R", NULL);
  Type *rt[] = {rec};
  rec->u.named.underlying = strct(1, names, rt);
  ty_complete(rec);
  cr_assert(rec->complete);
  /* a huge array saturates instead of wrapping */
  Type *huge = ty_new_array(&comp, ty_new_array(&comp, TY(TY_INT64), (int64_t)1 << 40), (int64_t)1 << 40);
  ty_complete(huge);
  cr_assert_eq(huge->size, INT64_MAX);
}

Test(types, spelling) {
  Type *p = named("Point", NULL);
  const char *names[] = {"X", "y"};
  Type *types[] = {TY(TY_INT), TY(TY_STRING)};
  p->u.named.underlying = strct(2, names, types);
  p->u.named.underlying->u.strct.fields[1].tag = "json:\"y\"";
  cr_assert_str_eq(ty_string(&comp, p), "main.Point");
  cr_assert_str_eq(ty_string_diag(&comp, p, NULL), "Point");
  cr_assert_str_eq(ty_string(&comp, p->u.named.underlying), "struct { X int; y string \"json:\\\"y\\\"\" }");
  cr_assert_str_eq(ty_string_diag(&comp, p->u.named.underlying, NULL), "struct{X int; y string \"json:\\\"y\\\"\"}");
  cr_assert_str_eq(ty_string(&comp, ty_new_slice(&comp, ty_byte)), "[]uint8");
  cr_assert_str_eq(ty_string_diag(&comp, ty_new_slice(&comp, ty_byte), NULL), "[]byte");
  cr_assert_str_eq(ty_string_diag(&comp, TY(TY_UNTYPED_INT), NULL), "untyped int");
  Type *any = ty_new(&comp, TY_INTERFACE);
  Type *params[] = {TY(TY_INT), ty_new_slice(&comp, any)};
  const char *pnames[] = {"n", "a"};
  Type *results[] = {TY(TY_BOOL), named("error", any)};
  results[1]->u.named.pkg = NULL;
  const char *rnames[] = {"", ""};
  Type *f = func(2, params, 2, results, true);
  f->u.func.pnames = pnames;
  f->u.func.rnames = rnames;
  cr_assert_str_eq(ty_string(&comp, f), "func(int, ...interface {}) (bool, error)");
  cr_assert_str_eq(ty_string_diag(&comp, f, any), "func(n int, a ...any) (bool, error)");
  cr_assert_str_eq(ty_string_diag(&comp, f, NULL), "func(n int, a ...interface{}) (bool, error)");
  Type *c = ty_new_chan(&comp, CHAN_BOTH, ty_new_chan(&comp, CHAN_RECV, TY(TY_INT)));
  cr_assert_str_eq(ty_string(&comp, c), "chan (<-chan int)");
  cr_assert_str_eq(ty_string(&comp, ty_new_chan(&comp, CHAN_SEND, TY(TY_INT))), "chan<- int");
  cr_assert_str_eq(ty_string(&comp, ty_new_map(&comp, TY(TY_STRING), ty_new_slice(&comp, ty_rune))),
                   "map[string][]int32");
  cr_assert_str_eq(ty_string(&comp, ty_new_pointer(&comp, ty_new_array(&comp, p, 3))), "*[3]main.Point");
  Type *g = func(0, NULL, 0, NULL, false);
  cr_assert_str_eq(ty_string(&comp, g), "func()");
}
