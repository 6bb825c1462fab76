/*
** allocprof.c — the allocation profile: counters per alloc site and the
** table `vm -allocprof` prints at the end of a run.
**
** What is counted, and where (vm/interp.c): an instruction that names a
** site adds one execution when it completes; FRAMEADDR (a site the escape
** analysis kept in the frame) adds the size of the frame slot it zeroed
** (whole words) as stack bytes;
** every instruction that may allocate (NEW, MAKESLICE, GROWSLICE,
** APPENDSL, MKIFACES, CONCATS, the string/slice conversions, MAKEMAP,
** MAPASSIGN) adds the growth of the heap's total_alloc counter across the
** instruction as heap bytes: exactly what gc_alloc was asked for, so a
** GROWSLICE with room, a concatenation with an empty operand or an
** assignment to an existing map key counts an execution with 0 bytes.
** An instruction that panics is not counted.
**
** Output, one line per executed site, columns aligned:
**   POSITION  KIND  WHAT  DECISION (REASON)  count=N stack=B heap=B
** sorted by heap bytes, then stack bytes (descending), then position, so
** the sites that cost the collector most come first.
*/
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "allocprof.h"
#include "module.h"

bool ap_start(VM *vm) {
  ap_free(vm);
  if (!vm->cfg.allocprof || !vm->module) return true;
  int n = vm->module->nsites > 0 ? vm->module->nsites : 0;
  AllocProf *p = calloc(1, sizeof *p + (size_t)n * sizeof(ApSite));
  if (!p) return false;
  p->nsites = n;
  vm->allocprof = p;
  return true;
}

void ap_free(VM *vm) {
  free(vm->allocprof);
  vm->allocprof = NULL;
}

typedef struct Row {
  int site;
  const AllocSite *as;
  const ApSite *c;
} Row;

static int cmp_u64_desc(uint64_t a, uint64_t b) { return (a < b) - (a > b); }

static int row_cmp(const void *x, const void *y) {
  const Row *a = x, *b = y;
  int r = cmp_u64_desc(a->c->heap_bytes, b->c->heap_bytes);
  if (!r) r = cmp_u64_desc(a->c->stack_bytes, b->c->stack_bytes);
  if (!r) r = (a->as->line > b->as->line) - (a->as->line < b->as->line);
  if (!r) r = (a->as->col > b->as->col) - (a->as->col < b->as->col);
  if (!r) r = (a->site > b->site) - (a->site < b->site);
  return r;
}

static const char *or_empty(const char *s) { return s ? s : ""; }

static void put(VM *vm, const char *s) { vm_write(vm, VM_STDERR, s, strlen(s)); }

/* One table line; the widths align the first three columns. */
static void put_row(VM *vm, const Row *r, int wpos, int wkind, int wwhat) {
  const char *file = mod_file(vm->module, r->as->file);
  char pos[64];
  snprintf(pos, sizeof pos, ":%d:%d", r->as->line, r->as->col);
  int fl = (int)strlen(file);
#define ROW_ARGS                                                                  \
  "%s%-*s  %-*s  %-*s  %s (%s)  count=%" PRIu64 " stack=%" PRIu64 " heap=%" PRIu64 "\n", \
      file, wpos - fl > 0 ? wpos - fl : 0, pos, wkind, or_empty(r->as->kind), wwhat,  \
      or_empty(r->as->what), or_empty(r->as->decision), or_empty(r->as->reason),     \
      r->c->count, r->c->stack_bytes, r->c->heap_bytes
  int len = snprintf(NULL, 0, ROW_ARGS);
  char *line = len >= 0 ? malloc((size_t)len + 1) : NULL;
  if (!line) return;
  snprintf(line, (size_t)len + 1, ROW_ARGS);
#undef ROW_ARGS
  vm_write(vm, VM_STDERR, line, (size_t)len);
  free(line);
}

static int width(const char *s, int w) {
  int n = (int)strlen(or_empty(s));
  return n > w ? n : w;
}

void ap_report(VM *vm) {
  const AllocProf *p = vm->allocprof;
  const Module *m = vm->module;
  if (!p || !m) return;
  Row *rows = malloc((size_t)(p->nsites > 0 ? p->nsites : 1) * sizeof *rows);
  if (!rows) return;
  int n = 0, wpos = 0, wkind = 0, wwhat = 0;
  for (int k = 0; k < p->nsites && k < m->nsites; k++) {
    if (!p->sites[k].count) continue;
    Row *r = &rows[n++];
    *r = (Row){k, &m->sites[k], &p->sites[k]};
    char pos[64];
    snprintf(pos, sizeof pos, ":%d:%d", r->as->line, r->as->col);
    const char *file = mod_file(m, r->as->file);
    int fl = (int)strlen(file), pl = (int)strlen(pos);
    if (fl + pl > wpos) wpos = fl + pl;
    wkind = width(r->as->kind, wkind);
    wwhat = width(r->as->what, wwhat);
  }
  qsort(rows, (size_t)n, sizeof *rows, row_cmp);
  put(vm, "alloc profile:\n");
  for (int i = 0; i < n; i++) put_row(vm, &rows[i], wpos, wkind, wwhat);
  free(rows);
}
