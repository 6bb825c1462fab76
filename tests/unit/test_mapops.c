/*
** test_mapops.c — the map instructions of issue 3 (vm/opcodes.h): MAKEMAP
** through an alloc site, MAPASSIGN/MAPACCESS handing out value slots that
** are then read and written as memory, MAPDELETE, MAPLEN, the iterator
** MAPITERINIT/MAPITERNEXT held in frame words, and the nil-map assignment
** panic, on hand-assembled modules (vmasm.h) for a map[int]int. Results are
** read back from package variables.
*/
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "vmasm.h"

#define OP(f, line, op, a, b, c) asm_op(m, f, line, OP_##op, a, b, c)
#define OPX(f, line, op, a, bx) asm_bx(m, f, line, OP_##op, a, bx)

/* The RType of map[int]int (its key and value types set). */
static int map_int_int(Module *m) {
  int it = asm_rtype(m, RK_INT, "int", 1);
  int mt = asm_rtype(m, RK_MAP, "map[int]int", 1);
  m->rtypes[mt]->key = m->rtypes[it];
  m->rtypes[mt]->elem = m->rtypes[it];
  return mt;
}

/* An alloc site of the map type [mt]. */
static int map_site(Module *m, int mt, const char *kind) {
  m->sites = realloc(m->sites, (size_t)(m->nsites + 1) * sizeof *m->sites);
  m->sites[m->nsites] = (AllocSite){.line = 3, .col = 1, .kind = kind, .size = 8,
                                    .rtype = mt, .decision = "heap", .reason = strdup("test")};
  return m->nsites++;
}

/* m[key] = val with the key in r1 and the value in r2 (slot in r3). */
static void assign(Module *m, int f, int site, int64_t key, int64_t val) {
  OPX(f, 4, LOADI, 1, (int32_t)key);
  OPX(f, 4, LOADI, 2, (int32_t)val);
  OP(f, 4, MAPASSIGN, 3, 0, 1);
  OPX(f, 4, EXTRA, 0, site);
  OP(f, 4, ST64, 3, 2, 0);
}

Test(mapops, assign_access_delete_len_and_range) {
  Captured c;
  VM *vm = asm_vm(&c, 0, 0);
  Module *m = asm_module();
  asm_globals(m, 6);
  int mt = map_int_int(m);
  int mk = map_site(m, mt, "make"), as = map_site(m, mt, "map assignment");
  /* r0 map, r1 key, r2 value, r3..r4 slot/found, r5..r11 iterator,
  ** r12..r14 key slot/value slot/found, r15 sum, r16 count */
  int f = asm_func(m, "main.main", 0, 0, 17, 3);
  int ptrs[] = {0, 3, 5, 6, 7, 8, 12, 13};
  for (size_t k = 0; k < sizeof ptrs / sizeof *ptrs; k++) asm_ptr(m, f, ptrs[k]);
  OP(f, 3, MAKEMAP, 0, 0xFFFF, 0);
  OPX(f, 3, EXTRA, 0xFFFF, mk);   /* a = 0xFFFF: a heap map */
  assign(m, f, as, 3, 30);
  assign(m, f, as, 5, 50);
  assign(m, f, as, -7, 70);
  /* g0 = m[3]; g1 = found(m[9]) */
  OPX(f, 5, LOADI, 1, 3);
  OP(f, 5, MAPACCESS, 3, 0, 1);
  OPX(f, 5, EXTRA, 0, mt);
  OP(f, 5, LD64, 2, 3, 0);
  OP(f, 5, SETG, 0, 2, 1);
  OPX(f, 5, LOADI, 1, 9);
  OP(f, 5, MAPACCESS, 3, 0, 1);
  OPX(f, 5, EXTRA, 0, mt);
  OP(f, 5, SETG, 1, 4, 1);
  /* g2 = len(m); delete(m, 3); g3 = len(m) */
  OP(f, 6, MAPLEN, 2, 0, 0);
  OP(f, 6, SETG, 2, 2, 1);
  OPX(f, 6, LOADI, 1, 3);
  OP(f, 6, MAPDELETE, 0, 1, 0);
  OPX(f, 6, EXTRA, 0, mt);
  OP(f, 6, MAPLEN, 2, 0, 0);
  OP(f, 6, SETG, 3, 2, 1);
  /* for k, v := range m { sum += k*v's v; count++ } */
  OP(f, 7, ZERO, 15, 2, 0);
  OP(f, 7, MAPITERINIT, 5, 0, 0);
  int loop = OP(f, 7, MAPITERNEXT, 5, 12, 0);
  int out = OPX(f, 7, JF, 14, 0);
  OP(f, 7, LD64, 2, 13, 0);
  OP(f, 7, ADD, 15, 15, 2);
  OP(f, 7, LD64, 2, 12, 0);
  OP(f, 7, ADD, 15, 15, 2);
  OP(f, 7, INCR, 16, 1, 0);
  int back = OPX(f, 7, LOOP, 0, 0);
  asm_jump_sbx(m, f, back, loop);
  asm_jump_sbx(m, f, out, asm_here(m, f));
  OP(f, 8, SETG, 4, 15, 2);
  OP(f, 9, RET, 0, 0, 0);
  cr_assert_eq(asm_run(vm, m), VM_OK, "%s", vm_error(vm));
  cr_expect_eq(vm->globals[0].i, 30);
  cr_expect_eq(vm->globals[1].u, 0);
  cr_expect_eq(vm->globals[2].i, 3);
  cr_expect_eq(vm->globals[3].i, 2);
  cr_expect_eq(vm->globals[4].i, 50 + 5 + 70 - 7);   /* the deleted entry is not produced */
  cr_expect_eq(vm->globals[5].i, 2);
  vm_free(vm);
}

Test(mapops, assignment_to_nil_map_panics) {
  Captured c;
  VM *vm = asm_vm(&c, 0, 0);
  Module *m = asm_module();
  int mt = map_int_int(m);
  int as = map_site(m, mt, "map assignment");
  int f = asm_func(m, "main.main", 0, 0, 4, 3);
  asm_ptr(m, f, 0);
  asm_ptr(m, f, 3);
  OP(f, 4, ZERO, 0, 1, 0);
  /* reading and deleting through a nil map are fine */
  OPX(f, 4, LOADI, 1, 1);
  OP(f, 4, MAPACCESS, 2, 0, 1);
  OPX(f, 4, EXTRA, 0, mt);
  OP(f, 4, MAPDELETE, 0, 1, 0);
  OPX(f, 4, EXTRA, 0, mt);
  OP(f, 5, MAPASSIGN, 3, 0, 1);
  OPX(f, 5, EXTRA, 0, as);
  OP(f, 6, RET, 0, 0, 0);
  cr_assert_eq(asm_run(vm, m), VM_ERR_RUNTIME);
  cr_expect_eq(vm_exit_status(vm), 2);
  const char *want = "panic: assignment to entry in nil map\n\ngoroutine 1 [running]:\n";
  cr_expect_eq(strncmp(c.err, want, strlen(want)), 0, "%s", c.err);
  cr_expect(strstr(c.err, "main.main()\n\t" ASM_PATH ":5 +0x0\n") != NULL, "%s", c.err);
  vm_free(vm);
}
