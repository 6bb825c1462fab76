/*
** test_memory.c — the memory instructions of issue 3 (vm/opcodes.h): typed
** loads and stores between registers and Go's memory layout, NEW through
** an alloc site, MEMMOVE, INDEXADDR/RLOAD/RSTORE/BOUNDS with their bounds
** checks, FRAMEADDR, and the nil-dereference panic, on hand-assembled
** modules (vmasm.h). Results are read back from package variables.
*/
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "vmasm.h"

#define OP(f, line, op, a, b, c) asm_op(m, f, line, OP_##op, a, b, c)
#define OPX(f, line, op, a, bx) asm_bx(m, f, line, OP_##op, a, bx)

/* An alloc site of [size] bytes (type: a pointer-free rtype). */
static int asm_site(Module *m, int64_t size) {
  int rt = asm_rtype(m, RK_UINT8, "uint8", 1);
  m->sites = realloc(m->sites, (size_t)(m->nsites + 1) * sizeof *m->sites);
  m->sites[m->nsites] = (AllocSite){.line = 3, .col = 1, .kind = "new", .size = size,
                                    .rtype = rt, .decision = "heap", .reason = strdup("test")};
  return m->nsites++;
}

static void run_ok(VM *vm, Module *m) {
  cr_assert_eq(asm_run(vm, m), VM_OK, "%s", vm_error(vm));
}

Test(memory, loads_extend_as_their_type) {
  Captured c;
  VM *vm = asm_vm(&c, 0, 0);
  Module *m = asm_module();
  asm_globals(m, 8);
  int s = asm_site(m, 16);
  int f = asm_func(m, "main.main", 0, 0, 4, 3);
  asm_ptr(m, f, 0);
  OPX(f, 3, NEW, 0, s);
  OPX(f, 4, LOADK, 1, asm_int(m, -2));   /* all bits set but the lowest */
  OP(f, 4, ST64, 0, 1, 0);
  OP(f, 5, LD8S, 2, 0, 0);  OP(f, 5, SETG, 0, 2, 1);
  OP(f, 5, LD8U, 2, 0, 0);  OP(f, 5, SETG, 1, 2, 1);
  OP(f, 5, LD16S, 2, 0, 0); OP(f, 5, SETG, 2, 2, 1);
  OP(f, 5, LD16U, 2, 0, 0); OP(f, 5, SETG, 3, 2, 1);
  OP(f, 5, LD32S, 2, 0, 0); OP(f, 5, SETG, 4, 2, 1);
  OP(f, 5, LD32U, 2, 0, 0); OP(f, 5, SETG, 5, 2, 1);
  /* a float32 at offset 8: stored rounded, loaded widened */
  OPX(f, 6, LOADK, 1, asm_float(m, 0.1));
  OP(f, 6, STF32, 0, 1, 8);
  OP(f, 6, LDF32, 2, 0, 8); OP(f, 6, SETG, 6, 2, 1);
  OP(f, 6, LD64, 2, 0, 0); OP(f, 6, SETG, 7, 2, 1);
  OP(f, 7, RET, 0, 0, 0);
  run_ok(vm, m);
  cr_expect_eq(vm->globals[0].i, -2);
  cr_expect_eq(vm->globals[1].u, 0xFE);
  cr_expect_eq(vm->globals[2].i, -2);
  cr_expect_eq(vm->globals[3].u, 0xFFFE);
  cr_expect_eq(vm->globals[4].i, -2);
  cr_expect_eq(vm->globals[5].u, 0xFFFFFFFEu);
  cr_expect_eq(vm->globals[6].f, (double)0.1f);
  cr_expect_eq(vm->globals[7].i, -2);
  cr_expect_eq(vm->heap.stats.mallocs, 1);
  vm_free(vm);
}

Test(memory, narrow_stores_leave_neighbours) {
  Captured c;
  VM *vm = asm_vm(&c, 0, 0);
  Module *m = asm_module();
  asm_globals(m, 2);
  int s = asm_site(m, 16);
  int f = asm_func(m, "main.main", 0, 0, 4, 3);
  asm_ptr(m, f, 0);
  asm_ptr(m, f, 3);
  OPX(f, 3, NEW, 0, s);
  OPX(f, 4, LOADI, 1, 0x1234);
  OP(f, 4, ST8, 0, 1, 1);     /* byte 1 = 0x34 */
  OP(f, 4, ST16, 0, 1, 2);    /* bytes 2..3 = 0x1234 */
  OP(f, 4, ST32, 0, 1, 4);
  OP(f, 5, LD64, 2, 0, 0); OP(f, 5, SETG, 0, 2, 1);
  /* MEMMOVE the first 8 bytes over the second 8 */
  OP(f, 6, ADDI, 3, 0, 8);
  OP(f, 6, MEMMOVE, 3, 0, 8);
  OP(f, 6, LD64, 2, 0, 8); OP(f, 6, SETG, 1, 2, 1);
  OP(f, 7, RET, 0, 0, 0);
  run_ok(vm, m);
  cr_expect_eq(vm->globals[0].u, UINT64_C(0x0000123412343400));
  cr_expect_eq(vm->globals[1].u, UINT64_C(0x0000123412343400));
  vm_free(vm);
}

Test(memory, register_arrays_and_frame_objects) {
  Captured c;
  VM *vm = asm_vm(&c, 0, 0);
  Module *m = asm_module();
  asm_globals(m, 3);
  int f = asm_func(m, "main.main", 0, 0, 12, 3);
  /* r0..r3: [4]int in registers; r4 index, r5 length, r6 value */
  for (int k = 0; k < 4; k++) OPX(f, 3, LOADI, k, 10 * k);
  OPX(f, 4, LOADI, 4, 2);
  OPX(f, 4, LOADI, 5, 4);
  OPX(f, 4, LOADI, 6, 99);
  OP(f, 4, RSTORE, 0, 6, 4);
  OP(f, 4, EXTRA, 1, 5, 0);
  OP(f, 5, RLOAD, 7, 0, 4);
  OP(f, 5, EXTRA, 1, 5, 0);
  OP(f, 5, SETG, 0, 7, 1);
  OP(f, 5, SETG, 1, 2, 1);
  /* r8: &r9 (a frame object); store through it, read the register */
  asm_ptr(m, f, 8);
  OP(f, 6, FRAMEADDR, 8, 9, 0);
  OP(f, 6, ST64, 8, 6, 0);
  OP(f, 6, SETG, 2, 9, 1);
  OP(f, 7, RET, 0, 0, 0);
  run_ok(vm, m);
  cr_expect_eq(vm->globals[0].i, 99);
  cr_expect_eq(vm->globals[1].i, 99);
  cr_expect_eq(vm->globals[2].i, 99);
  vm_free(vm);
}

/* main (line 3) runs [body]; the run must panic with [first] as the first
** line of the report. */
static void expect_fault(void (*body)(Module *m, int f, int s), const char *first,
                         const char *second) {
  Captured c;
  VM *vm = asm_vm(&c, 0, 0);
  Module *m = asm_module();
  int s = asm_site(m, 24);
  int f = asm_func(m, "main.main", 0, 0, 8, 2);
  for (int w = 0; w < 8; w++) asm_ptr(m, f, w);
  body(m, f, s);
  OP(f, 9, RET, 0, 0, 0);
  cr_assert_eq(asm_run(vm, m), VM_ERR_RUNTIME);
  cr_expect_eq(vm_exit_status(vm), 2);
  cr_expect_eq(strncmp(c.err, first, strlen(first)), 0, "%s", c.err);
  if (second) cr_expect(strstr(c.err, second) != NULL, "%s", c.err);
  cr_expect(strstr(c.err, "main.main()\n\t" ASM_PATH ":5 +0x0\n") != NULL, "%s", c.err);
  vm_free(vm);
}

static void nil_load(Module *m, int f, int s) {
  (void)s;
  OP(f, 4, ZERO, 0, 1, 0);
  OP(f, 5, LD64, 1, 0, 8);
}

Test(memory, nil_load_is_a_sigsegv_panic) {
  expect_fault(nil_load,
               "panic: runtime error: invalid memory address or nil pointer dereference\n"
               "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n\n"
               "goroutine 1 [running]:\n",
               NULL);
}

static void nil_store(Module *m, int f, int s) {
  (void)s;
  OP(f, 4, ZERO, 0, 2, 0);
  OP(f, 5, ST8, 0, 1, 3);
}

Test(memory, nil_store_is_a_sigsegv_panic) {
  expect_fault(nil_store,
               "panic: runtime error: invalid memory address or nil pointer dereference\n", NULL);
}

static void index_past_len(Module *m, int f, int s) {
  OPX(f, 4, NEW, 0, s);
  OPX(f, 4, LOADI, 1, 3);   /* index */
  OPX(f, 4, LOADI, 2, 3);   /* length */
  OP(f, 5, INDEXADDR, 3, 0, 1);
  OPX(f, 5, EXTRA, 2, 8);
}

Test(memory, indexaddr_checks_bounds) {
  expect_fault(index_past_len, "panic: runtime error: index out of range [3] with length 3\n", NULL);
}

static void bounds_negative(Module *m, int f, int s) {
  (void)s;
  OPX(f, 4, LOADI, 1, -1);
  OPX(f, 4, LOADI, 2, 7);
  OP(f, 5, BOUNDS, 1, 2, 0);
}

Test(memory, bounds_negative_index) {
  expect_fault(bounds_negative, "panic: runtime error: index out of range [-1]\n", NULL);
}

Test(memory, disasm_annotates_sites) {
  Captured c;
  VM *vm = asm_vm(&c, 0, 0);
  Module *m = asm_module();
  int s = asm_site(m, 16);
  m->sites[s].what = strdup("&Point{...}");
  int f = asm_func(m, "main.main", 0, 0, 1, 3);
  asm_ptr(m, f, 0);
  OPX(f, 3, NEW, 0, s);
  OP(f, 4, RET, 0, 0, 0);
  vm->module = m;
  mod_disasm(vm, m);
  vm_flush(vm);
  cr_expect(strstr(c.out, "; alloc sites: 1\n") != NULL, "%s", c.out);
  cr_expect(strstr(c.out, "NEW        r0 S0  ; site 0: &Point{...} heap (test)") != NULL, "%s", c.out);
  vm_free(vm);
}
