/*
** call.h — calling Go from a native: the one way a native (sort.Slice's
** less, fmt's String and Error, errors.Is's Is method, a user io.Writer)
** runs Go code and gets its results. vm/call.c states the protocol and the
** invariants a native must keep around such a call; in short:
**
**  - the goroutine's stack may MOVE during the call: never hold a pointer
**    into it across the call (args of a native usually point into it);
**    take an rt_StackRef first and re-read through it afterwards;
**  - the collector may run during the call: a heap pointer held only in a C
**    local is not a root; values in the native's own args (the caller's
**    frame) and in the call's args (the callee's frame) are;
**  - results land in C memory [res]: store heap pointers among them where
**    the collector sees them before allocating or calling Go again;
**  - a panic in the callee runs the callee's deferred calls; if none
**    recovers it, either it goes on into the native's caller frames (the
**    native's C frames are abandoned: only for natives that hold no C
**    resources across the call) or, when the native asks, it is recovered
**    and handed back (fmt's catchPanic).
*/
#ifndef CALL_H
#define CALL_H

#include <stdbool.h>
#include <stddef.h>

#include "value.h"
#include "vm.h"

/* Calls the func value [fn] (a closure object, value.h "FUNC VALUES";
** NULL panics with a nil dereference, as calling a nil func does) with the
** [nargs] parameter words [args] (register form, as the callee's R[0..]),
** and copies its first [nres] result words into [res] (may be NULL when 0).
** Returns true when it returned. On a panic that the callee's frames did
** not recover: with [recovered] NULL the panic goes on in the native's
** caller and this does not return; otherwise the panic ends as if
** recovered, its value is stored in *recovered and false is returned. */
bool rt_call_value(VM *vm, const void *fn, const Word *args, size_t nargs,
                   Word *res, size_t nres, GoIface *recovered);

/* The same for method [m] of a dynamic type (rt_method_find) on the
** interface data word [recv]: Go methods get a frame, native methods
** (lib_errors.c) run in C at once. */
bool rt_call_method(VM *vm, const RMethod *m, Word recv, const Word *args,
                    size_t nargs, Word *res, size_t nres, GoIface *recovered);

/* A position in the running goroutine's stack that survives its moving:
** an offset when [p] points into the stack, else [p] itself (a defer
** record's words, C memory). */
typedef struct rt_StackRef {
  Word *p;        /* not in the stack: the address itself */
  size_t off;     /* in the stack: words from the start of its segment */
  bool onstack;
} rt_StackRef;
rt_StackRef rt_stack_ref(VM *vm, Word *p);
Word *rt_stack_ptr(VM *vm, rt_StackRef r);

#endif /* CALL_H */
