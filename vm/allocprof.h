/*
** allocprof.h — the allocation profile (`vm -allocprof`, vm_Config.allocprof):
** per alloc site (Module.sites) how often it ran and how many bytes it put
** in frames and on the heap, printed when the run ends.
**
** Invariants:
**  - vm->allocprof is NULL unless the config asks for a profile, so the
**    interpreter's only cost when off is one predictable test per
**    allocating instruction;
**  - the counters belong to one run: vm_run_main makes them fresh and
**    reports them at its end, whatever ended the run (return, os.Exit,
**    panic).
*/
#ifndef ALLOCPROF_H
#define ALLOCPROF_H

#include <stdbool.h>
#include <stdint.h>

#include "vm.h"

typedef struct ApSite {
  uint64_t count;        /* times the allocating instruction completed */
  uint64_t stack_bytes;  /* bytes laid out in a frame (decision "stack") */
  uint64_t heap_bytes;   /* bytes requested from gc_alloc */
} ApSite;

typedef struct AllocProf {
  int nsites;
  ApSite sites[];        /* one per Module.sites entry */
} AllocProf;

/* Replaces vm->allocprof with zeroed counters for the loaded module's
** sites when vm->cfg.allocprof is set (else leaves it NULL). Returns false
** only when memory is exhausted. */
bool ap_start(VM *vm);
/* Frees vm->allocprof. */
void ap_free(VM *vm);

/* One execution of site [k] that placed [bytes] on the heap / in a frame.
** Out-of-range sites are ignored (the site operand of FRAMEADDR is 0 when
** the index does not fit its 16 bits). */
static inline void ap_heap(AllocProf *p, uint32_t k, uint64_t bytes) {
  if (k < (uint32_t)p->nsites) { p->sites[k].count++; p->sites[k].heap_bytes += bytes; }
}
static inline void ap_stack(AllocProf *p, uint32_t k, uint64_t bytes) {
  if (k < (uint32_t)p->nsites) { p->sites[k].count++; p->sites[k].stack_bytes += bytes; }
}
/* Heap bytes of an execution already counted (a frame buffer, FRAMEADDR,
** that the value outgrew). */
static inline void ap_overflow(AllocProf *p, uint32_t k, uint64_t bytes) {
  if (k < (uint32_t)p->nsites) p->sites[k].heap_bytes += bytes;
}

/* Writes the profile to VM_STDERR: "alloc profile:" then one line per site
** that ran, by heap bytes, then stack bytes (both descending), then source
** position. */
void ap_report(VM *vm);

#endif /* ALLOCPROF_H */
