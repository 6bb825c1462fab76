/*
** gcroots.h — the collector wired into the VM (vm/gcroots.c): roots,
** safepoints, GOGC / GODEBUG=gctrace / VM_GCSTRESS, and the statistics
** runtime.ReadMemStats reads.
*/
#ifndef GCROOTS_H
#define GCROOTS_H

#include <stdint.h>

#include "vm.h"

/* At the start of a run (globals and the main stack exist): registers the
** root scanner and the cycle listener, reads GOGC, GODEBUG and
** VM_GCSTRESS (and cfg.gctrace, cfg.gcstress). From here on the pacer
** may start cycles at safepoints. */
void vmgc_start(VM *vm);

/* The interpreter's safepoint (CALL and LOOP, when vm->heap.poll is set;
** called with the state saved, so every frame is described): starts or
** terminates a cycle. It may move goroutine stacks (shrinking at GC time),
** so the caller reloads its cached stack pointers after it. */
void vmgc_safepoint(VM *vm);

/* With cfg.gcsummary: the run's one-line GC summary on stderr (libvm.h). */
void vmgc_summary(VM *vm);

/* Bytes of goroutine stacks in use (words and frame records). */
uint64_t vmgc_stack_bytes(VM *vm);

/* Host handles (Lua's registry, Wren's WrenHandle): a heap object a host
** holds between calls is a root while pinned. vmgc_ref pins [obj] (any
** byte of a heap object; NULL is allowed and pins nothing) and returns its
** ref, a small non-negative integer, or -1 when memory for the table runs
** out; vmgc_ref_get gives the object back (NULL for a ref that is not
** pinned); vmgc_unref releases it, after which the next cycle that finds
** it unreachable frees it. Refs are reused. Call them on the thread that
** runs the VM (the mutator), at any time, marking or not. */
int vmgc_ref(VM *vm, void *obj);
void *vmgc_ref_get(const VM *vm, int ref);
void vmgc_unref(VM *vm, int ref);
/* Releases the table (vm_free). */
void vmgc_refs_free(VM *vm);

#endif /* GCROOTS_H */
