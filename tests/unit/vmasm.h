/*
** vmasm.h — a tiny assembler for the interpreter's unit tests
** (test_interp.c, test_stack.c): builds Modules by hand, instruction by
** instruction, and runs them through the public API with both output
** streams captured.
**
** Every block is malloc'd the way mod_free expects (vm/module.c), so the
** VM frees the module with the rest (vm_free). Jumps are written with
** labels: asm_here() gives the index of the next instruction, asm_jump_*()
** patch an offset once the target is known (offsets count from the
** instruction after the jump, opcodes.h).
*/
#ifndef VMASM_H
#define VMASM_H

#include <stdlib.h>
#include <string.h>

#include "../../include/libvm.h"
#include "../../vm/exec.h"
#include "../../vm/interp.h"
#include "../../vm/module.h"
#include "../../vm/vm.h"
#include "../../runtime/runtime.h"

#define ASM_PATH "/tmp/test.go"
#define ASM_STRDATA 4096

static inline Module *asm_module(void) {
  Module *m = calloc(1, sizeof *m);
  m->filename = strdup("test.go");
  m->abspath = strdup(ASM_PATH);
  m->init_func = -1;
  m->main_func = -1;
  m->strdata = malloc(ASM_STRDATA);
  return m;
}

/* Adds a function; returns its index. */
static inline int asm_func(Module *m, const char *name, int params, int results,
                           int frame, int line) {
  m->funcs = realloc(m->funcs, (size_t)(m->nfuncs + 1) * sizeof *m->funcs);
  FuncInfo *f = &m->funcs[m->nfuncs];
  memset(f, 0, sizeof *f);
  f->name = strdup(name);
  f->decl_line = line;
  f->param_words = params;
  f->result_words = results;
  f->frame_words = frame;
  f->ptrmap = calloc((size_t)(frame + 8) / 8, 1);
  if (strcmp(name, "main.main") == 0) m->main_func = m->nfuncs;
  return m->nfuncs++;
}

/* Marks word [w] of function [fi] as a pointer word. */
static inline void asm_ptr(Module *m, int fi, int w) {
  m->funcs[fi].ptrmap[w / 8] |= (uint8_t)(1u << (w % 8));
}

static inline int asm_here(Module *m, int fi) { return m->funcs[fi].ncode; }

static inline int asm_op(Module *m, int fi, int line, int op, int a, int b, int c) {
  FuncInfo *f = &m->funcs[fi];
  f->code = realloc(f->code, (size_t)(f->ncode + 1) * sizeof *f->code);
  f->lines = realloc(f->lines, (size_t)(f->ncode + 1) * sizeof *f->lines);
  f->code[f->ncode] = (Instr){(uint16_t)op, (uint16_t)a, (uint16_t)b, (uint16_t)c};
  f->lines[f->ncode] = line;
  return f->ncode++;
}

static inline int asm_bx(Module *m, int fi, int line, int op, int a, int32_t bx) {
  uint32_t u = (uint32_t)bx;
  return asm_op(m, fi, line, op, a, (int)(u & 0xffff), (int)(u >> 16));
}

/* Patches the 32-bit (SBX) or 16-bit (SC) offset of jump [pc] to [target]. */
static inline void asm_jump_sbx(Module *m, int fi, int pc, int target) {
  uint32_t off = (uint32_t)(target - (pc + 1));
  m->funcs[fi].code[pc].b = (uint16_t)(off & 0xffff);
  m->funcs[fi].code[pc].c = (uint16_t)(off >> 16);
}

static inline void asm_jump_sc(Module *m, int fi, int pc, int target) {
  m->funcs[fi].code[pc].c = (uint16_t)(int16_t)(target - (pc + 1));
}

static inline int asm_const(Module *m, Word w) {
  m->consts = realloc(m->consts, (size_t)(m->nconsts + 1) * sizeof *m->consts);
  m->consts[m->nconsts] = w;
  return m->nconsts++;
}

static inline int asm_int(Module *m, int64_t v) { return asm_const(m, (Word){.i = v}); }
static inline int asm_float(Module *m, double v) { return asm_const(m, (Word){.f = v}); }

/* A string constant: two words {ptr, len} pointing into strdata, which
** asm_module sized once (ASM_STRDATA bytes) so the pointers never move. */
static inline int asm_string(Module *m, const char *s) {
  size_t n = strlen(s);
  if (m->strdata_len + n > ASM_STRDATA) abort();
  memcpy(m->strdata + m->strdata_len, s, n);
  int k = asm_const(m, (Word){.cp = m->strdata + m->strdata_len});
  asm_int(m, (int64_t)n);
  m->strdata_len += n;
  return k;
}

static inline int asm_rtype(Module *m, RKind kind, const char *str, int nwords) {
  RType *t = calloc(1, sizeof *t);
  t->kind = (uint8_t)kind;
  t->str = strdup(str);
  t->nwords = nwords;
  t->size = nwords * 8;
  t->named = strchr(str, '.') != NULL;
  m->rtypes = realloc(m->rtypes, (size_t)(m->nrtypes + 1) * sizeof *m->rtypes);
  m->rtypes[m->nrtypes] = t;
  return m->nrtypes++;
}

static inline void asm_globals(Module *m, int words) {
  m->global_words = words;
  m->global_ptrmap = calloc((size_t)(words + 8) / 8, 1);
}

/* ----------------------------------------------------------------------
** Running with captured output
** ---------------------------------------------------------------------- */

typedef struct Captured {
  char out[1 << 16], err[1 << 16], all[1 << 17];
  size_t nout, nerr, nall;
} Captured;

static inline void asm_capture(void *ud, int stream, const char *d, size_t n) {
  Captured *c = ud;
  char *buf = stream == VM_STDERR ? c->err : c->out;
  size_t *len = stream == VM_STDERR ? &c->nerr : &c->nout;
  size_t room = (stream == VM_STDERR ? sizeof c->err : sizeof c->out) - *len - 1;
  size_t k = n < room ? n : room;
  memcpy(buf + *len, d, k);
  *len += k;
  buf[*len] = 0;
  room = sizeof c->all - c->nall - 1;
  k = n < room ? n : room;
  memcpy(c->all + c->nall, d, k);
  c->nall += k;
  c->all[c->nall] = 0;
}

static inline VM *asm_vm(Captured *c, size_t stack_size, size_t max_stack) {
  memset(c, 0, sizeof *c);
  vm_Config cfg;
  vm_config_init(&cfg);
  cfg.write = asm_capture;
  cfg.userdata = c;
  if (stack_size) cfg.stack_size = stack_size;
  if (max_stack) cfg.max_stack = max_stack;
  return vm_new(&cfg);
}

/* Hands [m] to [vm] (which frees it) and runs main. */
static inline vm_Result asm_run(VM *vm, Module *m) {
  vm->module = m;
  return vm_run_main(vm);
}

#endif /* VMASM_H */
