/*
** iface.c — the run-time side of interfaces: method lookup for dynamic
** dispatch, "does this dynamic type implement that interface", the
** unboxing of a type assertion, interface equality and the text of Go's
** TypeAssertionError.
**
** DISPATCH DESIGN. Every RType that has methods carries its method set
** (RType.methods, built by the code generator: compiler/codegen_iface.c),
** sorted by name; an interface's RType lists the interface's methods the
** same way. A call x.M(...) on an interface names the static interface
** type and the index of M in its list (CALLI), so the interpreter needs
** only the NAME of M, and finds the concrete function by binary search in
** the dynamic type's list: O(log n) string compares per call, no table
** built at run time, nothing mutable and therefore nothing to share or lock
** between VMs (Go builds and caches itabs; with method sets sorted on both
** sides an itab is only a cache of this search, which we leave out until a
** profile asks for it). Implements-checks (assertions to an interface type,
** type switches) walk both sorted lists in step, as Go's itab.init does,
** and report the first missing method in the interface's order, which is
** the one Go's panic names.
**
** RECEIVERS. The entry's function takes the interface's DATA WORD as its
** receiver: for a pointer or any other one-word type that is the value
** itself (value.h), so T's method is called directly; for a boxed
** (multi-word) T the data word is a pointer to T in memory form, so the
** entry is the wrapper (*T).M that loads the receiver through it (the
** wrapper Go generates for value methods called through pointers).
**
** Invariants:
**  - RType pointers are unique per type within a module (cg_rtype dedups
**    by identity), so assertion to a concrete type is pointer equality.
**  - Method names in both lists are compared with strcmp: Go's sort order
**    for exported and unexported names of one package.
*/
#include <stdio.h>
#include <string.h>

#include "runtime.h"
#include "../vm/module.h"
#include "../vm/vm.h"

const RMethod *rt_method_find(const RType *t, const char *name) {
  int lo = 0, hi = t ? t->nmethods : 0;
  while (lo < hi) {
    int mid = lo + (hi - lo) / 2;
    int c = strcmp(t->methods[mid].name, name);
    if (c == 0) return &t->methods[mid];
    if (c < 0) lo = mid + 1;
    else hi = mid;
  }
  return NULL;
}

const char *rt_iface_missing(const RType *t, const RType *iface) {
  int j = 0;
  for (int i = 0; i < iface->nmethods; i++) {
    const char *want = iface->methods[i].name;
    while (j < t->nmethods && strcmp(t->methods[j].name, want) < 0) j++;
    if (j >= t->nmethods || strcmp(t->methods[j].name, want) != 0) return want;
  }
  return NULL;
}

bool rt_iface_equal(VM *vm, const GoIface *x, const GoIface *y) {
  if (x->type != y->type) return false;
  if (!x->type) return true;
  if (!rt_type_comparable(x->type))
    vm_panic_runtime(vm, "comparing uncomparable type %s", x->type->str ? x->type->str : "?");
  uint64_t tx[2], ty[2];
  return rt_equal(vm, x->type, rt_iface_mem(x, tx), rt_iface_mem(y, ty));
}

void rt_iface_unbox(const RType *t, Word *dst, Word data) {
  if (t->nwords == 1) {
    dst[0] = data;
  } else if (t->kind == RK_ARRAY || t->kind == RK_STRUCT) {
    rt_value_load(t, dst, data.cp);       /* boxed in memory form */
  } else if (t->nwords > 0) {
    memcpy(dst, data.cp, (size_t)t->nwords * sizeof(Word));
  }
}

static const char *tstr(const RType *t) { return t && t->str ? t->str : "?"; }

void rt_assert_text(char *buf, size_t n, const RType *have, const RType *want,
                    const RType *src) {
  bool to_iface = want->kind == RK_INTERFACE;
  /* Go names the source interface when the target is concrete
  ** (panicdottype) and says just "interface" otherwise (assertE2I) */
  const char *inter = to_iface ? "interface" : tstr(src);
  if (!have) {
    snprintf(buf, n, "interface conversion: %s is nil, not %s", inter, tstr(want));
    return;
  }
  const char *missing = to_iface ? rt_iface_missing(have, want) : NULL;
  if (missing) {
    snprintf(buf, n, "interface conversion: %s is not %s: missing method %s", tstr(have),
             tstr(want), missing);
    return;
  }
  snprintf(buf, n, "interface conversion: %s is %s, not %s%s", inter, tstr(have), tstr(want),
           strcmp(tstr(have), tstr(want)) == 0 ? " (types from different scopes)" : "");
}

/* Types are compared by pointer, so a value a native boxes with a static
** RType of its own (a panic's string) would not assert or compare as the
** program's string: Go has one string type. This finds the program's
** RType for the predeclared type [t] spells; [t] itself when the program
** never uses that type in an interface (then nothing can tell them apart). */
const RType *rt_program_type(VM *vm, const RType *t) {
  const Module *m = vm->module;
  if (!m || t->named || strchr(t->str, '.') != NULL) return t;
  for (int i = 0; i < m->nrtypes; i++) {
    const RType *p = m->rtypes[i];
    if (p && p->kind == t->kind && strcmp(p->str, t->str) == 0) return p;
  }
  return t;
}
