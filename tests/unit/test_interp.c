/*
** test_interp.c — the interpreter loop (vm/interp.c), the run (vm/exec.c),
** panics (vm/panic.c) and the listing (vm/module.c), on hand-assembled
** modules (vmasm.h). Results are read back from package variables after the
** run; panics are compared with what Go 1.19 prints for the same fault.
*/
#include <criterion/criterion.h>
#include <math.h>
#include <stdio.h>

#include "vmasm.h"

/* Natives by their index in stdlib.def. */
enum { N_PRINTLN = 1, N_EXIT = 6 };

#define OP(f, line, op, a, b, c) asm_op(m, f, line, OP_##op, a, b, c)
#define OPX(f, line, op, a, bx) asm_bx(m, f, line, OP_##op, a, bx)

/* fib(n) as the code generator would emit it; returns its index. */
static int emit_fib(Module *m) {
  int f = asm_func(m, "main.fib", 1, 1, 3, 3);
  int j = OP(f, 4, JGEI, 0, 2, 0);
  OP(f, 5, RET, 0, 0, 0);
  asm_jump_sc(m, f, j, asm_here(m, f));
  OP(f, 7, ADDI, 1, 0, (uint16_t)-1);
  OPX(f, 7, CALL, 1, f);
  OP(f, 7, ADDI, 2, 0, (uint16_t)-2);
  OPX(f, 7, CALL, 2, f);
  OP(f, 7, ADD, 0, 1, 2);
  OP(f, 7, RET, 0, 0, 0);
  return f;
}

Test(interp, fib) {
  Captured c;
  VM *vm = asm_vm(&c, 0, 0);
  Module *m = asm_module();
  asm_globals(m, 1);
  int mainf = asm_func(m, "main.main", 0, 0, 2, 10);
  int fib = emit_fib(m);
  OPX(mainf, 11, LOADI, 0, 20);
  OPX(mainf, 11, CALL, 0, fib);
  OP(mainf, 11, SETG, 0, 0, 1);
  OP(mainf, 12, RET, 0, 0, 0);
  cr_assert_eq(asm_run(vm, m), VM_OK, "%s", vm_error(vm));
  cr_assert_eq(vm->globals[0].i, 6765);
  cr_assert_eq(vm_exit_status(vm), 0);
  cr_assert_str_empty(vm_error(vm));
  vm_free(vm);
}

Test(interp, counted_loop) {
  Captured c;
  VM *vm = asm_vm(&c, 0, 0);
  Module *m = asm_module();
  asm_globals(m, 2);
  int f = asm_func(m, "main.main", 0, 0, 3, 3);
  OPX(f, 4, LOADI, 0, 0);
  OPX(f, 4, LOADI, 1, 0);
  OPX(f, 4, LOADI, 2, 1000);
  int top = asm_here(m, f);
  int exit = OP(f, 5, JLE, 2, 1, 0); /* for i < n */
  OP(f, 6, ADD, 0, 0, 1);
  OP(f, 5, INCR, 1, 1, 0);
  int back = OPX(f, 5, LOOP, 0, 0);
  asm_jump_sbx(m, f, back, top);
  asm_jump_sc(m, f, exit, asm_here(m, f));
  OP(f, 8, SETG, 0, 0, 2);
  OP(f, 9, RET, 0, 0, 0);
  cr_assert_eq(asm_run(vm, m), VM_OK, "%s", vm_error(vm));
  cr_assert_eq(vm->globals[0].i, 499500);
  cr_assert_eq(vm->globals[1].i, 1000);
  vm_free(vm);
}

/* ----------------------------------------------------------------------
** Table-driven arithmetic: R0 = op(K x, K y), stored to a global each.
** ---------------------------------------------------------------------- */

typedef struct BinCase { int op; Word x, y, want; } BinCase;

#define I(v) ((Word){.i = (int64_t)(v)})
#define U(v) ((Word){.u = (uint64_t)(v)})
#define F(v) ((Word){.f = (v)})

static void run_binops(const BinCase *cases, int n) {
  Captured c;
  VM *vm = asm_vm(&c, 0, 0);
  Module *m = asm_module();
  asm_globals(m, n);
  int f = asm_func(m, "main.main", 0, 0, 3, 3);
  for (int k = 0; k < n; k++) {
    OPX(f, 4, LOADK, 1, asm_const(m, cases[k].x));
    OPX(f, 4, LOADK, 2, asm_const(m, cases[k].y));
    OP(f, 4, NOP, 0, 0, 0);
    m->funcs[f].code[m->funcs[f].ncode - 1] = (Instr){(uint16_t)cases[k].op, 0, 1, 2};
    OP(f, 4, SETG, k, 0, 1);
  }
  OP(f, 5, RET, 0, 0, 0);
  cr_assert_eq(asm_run(vm, m), VM_OK, "%s", vm_error(vm));
  for (int k = 0; k < n; k++)
    cr_expect_eq(vm->globals[k].u, cases[k].want.u, "case %d (%s): got %lld (%#llx), want %lld",
                 k, "op", (long long)vm->globals[k].i, (unsigned long long)vm->globals[k].u,
                 (long long)cases[k].want.i);
  vm_free(vm);
}

Test(interp, integer_ops_wrap_like_go) {
  static const BinCase cases[] = {
      {OP_ADD, I(INT64_MAX), I(1), I(INT64_MIN)},
      {OP_SUB, I(INT64_MIN), I(1), I(INT64_MAX)},
      {OP_MUL, I(INT64_MAX), I(2), I(-2)},
      {OP_DIV, I(INT64_MIN), I(-1), I(INT64_MIN)},
      {OP_REM, I(INT64_MIN), I(-1), I(0)},
      {OP_DIV, I(7), I(-2), I(-3)},
      {OP_REM, I(7), I(-2), I(1)},
      {OP_DIV, I(-7), I(2), I(-3)},
      {OP_REM, I(-7), I(2), I(-1)},
      {OP_DIVU, U(UINT64_MAX), U(2), U(UINT64_MAX / 2)},
      {OP_REMU, U(UINT64_MAX), U(10), U(5)},
      {OP_AND, U(0xf0f0), U(0xff00), U(0xf000)},
      {OP_OR, U(0xf0f0), U(0x0f00), U(0xfff0)},
      {OP_XOR, U(0xff), U(0x0f), U(0xf0)},
      {OP_ANDNOT, U(0xff), U(0x0f), U(0xf0)},
      {OP_SHL, U(1), U(63), U(UINT64_C(1) << 63)},
      {OP_SHL, U(1), U(64), U(0)},
      {OP_SHL, U(1), U(UINT64_MAX), U(0)},
      {OP_SHR, I(-8), I(1), I(-4)},
      {OP_SHR, I(-8), I(100), I(-1)},
      {OP_SHR, I(8), I(64), I(0)},
      {OP_SHRU, U(UINT64_MAX), U(60), U(15)},
      {OP_SHRU, U(UINT64_MAX), U(64), U(0)},
      {OP_EQ, I(3), I(3), I(1)},
      {OP_NE, I(3), I(3), I(0)},
      {OP_LT, I(-1), I(0), I(1)},
      {OP_LTU, I(-1), I(0), I(0)},
      {OP_LE, I(2), I(2), I(1)},
      {OP_LEU, U(3), U(2), U(0)},
      {OP_ADDF, F(0.5), F(0.25), F(0.75)},
      {OP_SUBF, F(0.5), F(0.25), F(0.25)},
      {OP_MULF, F(1.5), F(4), F(6)},
      {OP_DIVF, F(1), F(0), F(INFINITY)},
      {OP_EQF, F(NAN), F(NAN), I(0)},
      {OP_NEF, F(NAN), F(NAN), I(1)},
      {OP_LTF, F(1), F(2), I(1)},
      {OP_LEF, F(NAN), F(2), I(0)},
  };
  run_binops(cases, (int)(sizeof cases / sizeof cases[0]));
}

/* R0 = op(K x) for one-operand ops; the expected values are what Go 1.19
** prints on amd64 for the same conversions of run-time values. */
Test(interp, unary_ops_and_conversions) {
  static const struct { int op, op2; Word x, want; } cases[] = {
      {OP_NEG, OP_NOP, I(INT64_MIN), I(INT64_MIN)},
      {OP_BNOT, OP_NOP, U(0), U(UINT64_MAX)},
      {OP_NOT, OP_NOP, U(0), U(1)},
      {OP_SEXT8, OP_NOP, I(200), I(-56)},
      {OP_SEXT16, OP_NOP, I(0x18000), I(-32768)},
      {OP_SEXT32, OP_NOP, I(0x80000000), I(INT32_MIN)},
      {OP_ZEXT8, OP_NOP, I(-1), U(255)},
      {OP_ZEXT16, OP_NOP, I(-1), U(65535)},
      {OP_ZEXT32, OP_NOP, I(-1), U(UINT32_MAX)},
      {OP_NEGF, OP_NOP, F(0), F(-0.0)},
      {OP_F32, OP_NOP, F(0.1), F((double)0.1f)},
      {OP_I2F, OP_NOP, I(-3), F(-3)},
      {OP_U2F, OP_NOP, U(UINT64_MAX), F(18446744073709551616.0)},
      {OP_F2I, OP_NOP, F(-1.5), I(-1)},
      {OP_F2I, OP_NOP, F(9.3e18), I(INT64_MIN)},
      {OP_F2I, OP_NOP, F(NAN), I(INT64_MIN)},
      {OP_F2I, OP_NOP, F(-1e30), I(INT64_MIN)},
      {OP_F2U, OP_NOP, F(9.3e18), U(UINT64_C(9300000000000000000))},
      {OP_F2U, OP_NOP, F(-1.5), U(UINT64_MAX)},
      {OP_F2U, OP_NOP, F(-2.5), U(UINT64_C(18446744073709551614))},
      {OP_F2U, OP_NOP, F(1.8446744073709552e19), U(UINT64_C(9223372036854775808))},
      {OP_F2U, OP_NOP, F(NAN), U(UINT64_C(9223372036854775808))},
      {OP_F2U, OP_NOP, F(-1e30), U(UINT64_C(9223372036854775808))},
      {OP_F2U, OP_NOP, F(9223372036854779904.0), U(UINT64_C(9223372036854779904))},
      {OP_F2I32, OP_NOP, F(1e18), I(INT32_MIN)},
      {OP_F2I32, OP_NOP, F(-2147483648.5), I(INT32_MIN)},
      {OP_F2I32, OP_NOP, F(NAN), I(INT32_MIN)},
      {OP_F2I32, OP_ZEXT8, F(300.7), U(44)},     /* uint8(300.7) */
      {OP_F2I32, OP_ZEXT8, F(-300.7), U(212)},   /* uint8(-300.7) */
      {OP_F2I32, OP_SEXT16, F(70000), I(4464)},  /* int16(70000.0) */
      {OP_F2I32, OP_ZEXT8, F(1e18), U(0)},       /* uint8(1e18) */
      {OP_F2I, OP_ZEXT32, F(1e18), U(2808348672u)}, /* uint32(1e18) */
  };
  int n = (int)(sizeof cases / sizeof cases[0]);
  Captured c;
  VM *vm = asm_vm(&c, 0, 0);
  Module *m = asm_module();
  asm_globals(m, n);
  int f = asm_func(m, "main.main", 0, 0, 2, 3);
  for (int k = 0; k < n; k++) {
    OPX(f, 4, LOADK, 1, asm_const(m, cases[k].x));
    asm_op(m, f, 4, cases[k].op, 0, 1, 0);
    if (cases[k].op2 != OP_NOP) asm_op(m, f, 4, cases[k].op2, 0, 0, 0);
    OP(f, 4, SETG, k, 0, 1);
  }
  OP(f, 5, RET, 0, 0, 0);
  cr_assert_eq(asm_run(vm, m), VM_OK, "%s", vm_error(vm));
  for (int k = 0; k < n; k++)
    cr_expect_eq(vm->globals[k].u, cases[k].want.u, "case %d: got %#llx want %#llx", k,
                 (unsigned long long)vm->globals[k].u, (unsigned long long)cases[k].want.u);
  vm_free(vm);
}

Test(interp, immediates_moves_and_globals) {
  Captured c;
  VM *vm = asm_vm(&c, 0, 0);
  Module *m = asm_module();
  asm_globals(m, 12);
  int f = asm_func(m, "main.main", 0, 0, 8, 3);
  OPX(f, 4, LOADI, 0, -70000);
  OP(f, 4, ADDI, 1, 0, (uint16_t)-5);     /* -70005 */
  OP(f, 4, MULI, 2, 0, (uint16_t)-2);     /* 140000 */
  OP(f, 4, INCR, 2, (uint16_t)-1, 0);     /* 139999 */
  OP(f, 4, SHLI, 3, 2, 4);
  OP(f, 4, SHRI, 4, 0, 4);                /* -70000 >> 4 = -4375 */
  OP(f, 4, SHRUI, 5, 0, 60);              /* 15 */
  OP(f, 4, SETG, 0, 0, 6);                /* g0..g5 = r0..r5 */
  OP(f, 5, MOV2, 6, 0, 0);                /* r6, r7 = r0, r1 */
  OP(f, 5, MOVN, 0, 2, 4);                /* r0..r3 = r2..r5 (overlapping) */
  OP(f, 5, SETG, 6, 0, 2);                /* g6, g7 = r0, r1 */
  OP(f, 5, GETG, 2, 6, 2);                /* r2, r3 = g6, g7 */
  OP(f, 5, ZERO, 0, 2, 0);
  OP(f, 5, SETG, 8, 0, 4);                /* g8..g11 = 0, 0, g6, g7 */
  OP(f, 6, RET, 0, 0, 0);
  cr_assert_eq(asm_run(vm, m), VM_OK, "%s", vm_error(vm));
  Word *g = vm->globals;
  cr_expect_eq(g[0].i, -70000);
  cr_expect_eq(g[1].i, -70005);
  cr_expect_eq(g[2].i, 139999);
  cr_expect_eq(g[3].i, 139999 << 4);
  cr_expect_eq(g[4].i, -4375);
  cr_expect_eq(g[5].i, 15);
  cr_expect_eq(g[6].i, 139999);
  cr_expect_eq(g[7].i, 139999 << 4);
  cr_expect_eq(g[8].i, 0);
  cr_expect_eq(g[9].i, 0);
  cr_expect_eq(g[10].i, 139999);
  cr_expect_eq(g[11].i, 139999 << 4);
  vm_free(vm);
}

/* Each fused branch: R0 = 1 if it jumps, else 0. */
Test(interp, compare_and_branch) {
  static const struct { int op; Word x, y; int imm; bool taken; } cases[] = {
      {OP_JEQ, I(3), I(3), 0, true},   {OP_JNE, I(3), I(3), 0, false},
      {OP_JLT, I(-5), I(2), 0, true},  {OP_JLE, I(2), I(2), 0, true},
      {OP_JLTU, I(-5), I(2), 0, false}, {OP_JLEU, I(2), I(-1), 0, true},
      {OP_JLTF, F(NAN), F(1), 0, false}, {OP_JLEF, F(1), F(1), 0, true},
      {OP_JEQF, F(NAN), F(NAN), 0, false}, {OP_JNEF, F(NAN), F(NAN), 0, true},
      {OP_JNLTF, F(NAN), F(1), 0, true}, {OP_JNLEF, F(0), F(1), 0, false},
      {OP_JEQI, I(-7), I(0), -7, true}, {OP_JNEI, I(-7), I(0), -7, false},
      {OP_JLTI, I(-8), I(0), -7, true}, {OP_JLEI, I(-7), I(0), -7, true},
      {OP_JGTI, I(-7), I(0), -7, false}, {OP_JGEI, I(-7), I(0), -7, true},
      {OP_JT, U(1), U(0), 0, true},     {OP_JF, U(1), U(0), 0, false},
  };
  int n = (int)(sizeof cases / sizeof cases[0]);
  Captured c;
  VM *vm = asm_vm(&c, 0, 0);
  Module *m = asm_module();
  asm_globals(m, n);
  int f = asm_func(m, "main.main", 0, 0, 3, 3);
  for (int k = 0; k < n; k++) {
    OPX(f, 4, LOADK, 1, asm_const(m, cases[k].x));
    OPX(f, 4, LOADK, 2, asm_const(m, cases[k].y));
    OPX(f, 4, LOADI, 0, 1);
    int op = cases[k].op, j;
    if (op == OP_JT || op == OP_JF) {
      j = asm_bx(m, f, 4, op, 1, 0);
    } else if (op >= OP_JEQI && op <= OP_JGEI) {
      j = asm_op(m, f, 4, op, 1, (uint16_t)cases[k].imm, 0);
    } else {
      j = asm_op(m, f, 4, op, 1, 2, 0);
    }
    OPX(f, 4, LOADI, 0, 0);
    if (op == OP_JT || op == OP_JF) asm_jump_sbx(m, f, j, asm_here(m, f));
    else asm_jump_sc(m, f, j, asm_here(m, f));
    OP(f, 4, SETG, k, 0, 1);
  }
  OP(f, 5, RET, 0, 0, 0);
  cr_assert_eq(asm_run(vm, m), VM_OK, "%s", vm_error(vm));
  for (int k = 0; k < n; k++)
    cr_expect_eq(vm->globals[k].i, cases[k].taken, "case %d", k);
  vm_free(vm);
}

/* ----------------------------------------------------------------------
** Strings
** ---------------------------------------------------------------------- */

static GoString gstr(const Word *w) { return (GoString){w[0].cp, w[1].i}; }
static bool gstr_is(const Word *w, const char *s) {
  GoString g = gstr(w);
  return g.len == (int64_t)strlen(s) && memcmp(g.ptr, s, strlen(s)) == 0;
}

Test(interp, string_ops) {
  Captured c;
  VM *vm = asm_vm(&c, 0, 0);
  Module *m = asm_module();
  int s = asm_string(m, "h\xc3\xa9llo"), ab = asm_string(m, "ab"), cd = asm_string(m, "cd");
  int abd = asm_string(m, "abd"), e = asm_string(m, "\xc3\xa9"), empty = asm_string(m, "");
  asm_globals(m, 24);
  int f = asm_func(m, "main.main", 0, 0, 12, 3);
  for (int w = 0; w < 12; w += 2) asm_ptr(m, f, w);
  OPX(f, 4, LOADK2, 0, s);
  OP(f, 4, SLEN, 2, 0, 0);
  OP(f, 4, SETG, 0, 2, 1);                 /* g0 = len(s) = 6 */
  OPX(f, 4, LOADI, 2, 1);
  OP(f, 4, SINDEX, 3, 0, 2);
  OP(f, 4, SETG, 1, 3, 1);                 /* g1 = s[1] = 0xc3 */
  OP(f, 4, DECRUNE, 4, 0, 2);
  OP(f, 4, SETG, 2, 4, 2);                 /* g2, g3 = 0xe9, 2 */
  OPX(f, 4, LOADI, 3, 3);
  OP(f, 4, SSLICE, 4, 0, 0);
  OP(f, 4, EXTRA, 2, 3, 3);                /* s[1:3] */
  OPX(f, 4, LOADK2, 6, e);
  OP(f, 4, EQS, 8, 4, 6);
  OP(f, 4, SETG, 4, 8, 1);                 /* g4 = s[1:3] == "é" */
  OP(f, 4, SSLICE, 4, 0, 0);
  OP(f, 4, EXTRA, 3, 0, 1);                /* s[3:] */
  OP(f, 4, SETG, 5, 4, 2);                 /* g5, g6 = "llo" */
  OP(f, 4, SSLICE, 4, 0, 0);
  OP(f, 4, EXTRA, 0, 2, 2);                /* s[:1] */
  OP(f, 4, SETG, 7, 4, 2);                 /* g7, g8 = "h" */
  OPX(f, 5, LOADK2, 0, ab);
  OPX(f, 5, LOADK2, 2, cd);
  OP(f, 5, CONCAT, 4, 0, 2);
  OP(f, 5, SETG, 9, 4, 2);                 /* g9, g10 = "abcd" */
  OPX(f, 5, LOADK2, 2, abd);
  OP(f, 5, LTS, 6, 0, 2);
  OP(f, 5, LES, 7, 2, 0);
  OP(f, 5, NES, 8, 0, 2);
  OP(f, 5, EQS, 9, 4, 4);
  OP(f, 5, SETG, 11, 6, 4);                /* g11..g14 = 1, 0, 1, 1 */
  OPX(f, 6, LOADI, 0, 0x4e16);
  OP(f, 6, STRRUNE, 2, 0, 0);
  OP(f, 6, SETG, 15, 2, 2);                /* g15, g16 = "世" */
  OPX(f, 6, LOADI, 0, -1);
  OP(f, 6, STRRUNE, 2, 0, 0);
  OP(f, 6, SETG, 17, 2, 2);                /* g17, g18 = "\uFFFD" */
  OPX(f, 7, LOADK2, 0, empty);
  OPX(f, 7, LOADK2, 2, ab);
  OP(f, 7, CONCAT, 4, 0, 2);
  OP(f, 7, SETG, 19, 4, 2);                /* g19, g20 = "" + "ab", shared */
  OP(f, 8, RET, 0, 0, 0);
  cr_assert_eq(asm_run(vm, m), VM_OK, "%s", vm_error(vm));
  Word *g = vm->globals;
  cr_expect_eq(g[0].i, 6);
  cr_expect_eq(g[1].i, 0xc3);
  cr_expect_eq(g[2].i, 0xe9);
  cr_expect_eq(g[3].i, 2);
  cr_expect_eq(g[4].i, 1);
  cr_expect(gstr_is(&g[5], "llo"));
  cr_expect(gstr_is(&g[7], "h"));
  cr_expect(gstr_is(&g[9], "abcd"));
  cr_expect_eq(g[11].i, 1, "ab < abd");
  cr_expect_eq(g[12].i, 0, "abd <= ab");
  cr_expect_eq(g[13].i, 1, "ab != abd");
  cr_expect_eq(g[14].i, 1, "abcd == abcd");
  cr_expect(gstr_is(&g[15], "\xe4\xb8\x96"));
  cr_expect(gstr_is(&g[17], "\xef\xbf\xbd"));
  cr_expect(gstr_is(&g[19], "ab"));
  cr_expect_eq(g[19].cp, (const void *)m->consts[ab].cp, "concat with \"\" shares");
  vm_free(vm);
}

/* ----------------------------------------------------------------------
** Natives, output order, os.Exit, package initialisation
** ---------------------------------------------------------------------- */

/* fmt.Println(s) with the window at r0: r0..r2 the ...any slice (results
** n, err come back there), r4..r5 the interface, r6..r7 the string. */
static void emit_println_string(Module *m, int f, int line, int strk, int *string_type) {
  if (*string_type < 0) *string_type = asm_rtype(m, RK_STRING, "string", 2);
  OPX(f, line, LOADK2, 6, strk);
  OP(f, line, MKIFACEB, 4, 6, *string_type);
  OP(f, line, FRAMESLICE, 0, 4, 1);
  OPX(f, line, CALLN, 0, N_PRINTLN);
}

static int main_with_println(Module *m, int frame) {
  int f = asm_func(m, "main.main", 0, 0, frame, 3);
  asm_ptr(m, f, 0);
  asm_ptr(m, f, 2);
  asm_ptr(m, f, 4);
  asm_ptr(m, f, 5);
  asm_ptr(m, f, 6);
  return f;
}

Test(interp, native_call_and_exit) {
  Captured c;
  VM *vm = asm_vm(&c, 0, 0);
  Module *m = asm_module();
  int hello = asm_string(m, "hello"), st = -1;
  int f = main_with_println(m, 8);
  emit_println_string(m, f, 4, hello, &st);
  OPX(f, 5, LOADI, 0, 3);
  OPX(f, 5, CALLN, 0, N_EXIT);
  emit_println_string(m, f, 6, hello, &st);  /* not reached */
  OP(f, 7, RET, 0, 0, 0);
  cr_assert_eq(asm_run(vm, m), VM_EXIT);
  cr_expect_eq(vm_exit_status(vm), 3);
  cr_expect_str_eq(c.out, "hello\n");
  cr_expect_eq(c.nerr, 0);
  vm_free(vm);
}

Test(interp, init_runs_before_main_and_os_args) {
  Captured c;
  VM *vm = asm_vm(&c, 0, 0);
  const char *argv[] = {"prog", "arg1"};
  vm_set_args(vm, 2, argv);
  Module *m = asm_module();
  asm_globals(m, 10);
  m->native_vars = malloc(sizeof *m->native_vars);
  m->native_vars[0] = (NativeVarInit){0, 2};  /* os.Args at g2..g4 */
  m->nnative_vars = 1;
  int init = asm_func(m, "main.init", 0, 0, 1, 1);
  m->init_func = init;
  OPX(init, 2, LOADI, 0, 5);
  OP(init, 2, SETG, 0, 0, 1);
  OP(init, 2, RET, 0, 0, 0);
  int f = asm_func(m, "main.main", 0, 0, 6, 3);
  asm_ptr(m, f, 0);
  asm_ptr(m, f, 3);
  OP(f, 4, GETG, 0, 0, 1);
  OP(f, 4, ADDI, 0, 0, 1);
  OP(f, 4, SETG, 1, 0, 1);                /* g1 = g0 + 1 */
  OP(f, 5, GETG, 0, 2, 3);                /* r0..r2 = os.Args */
  OP(f, 5, SLLEN, 5, 0, 0);
  OP(f, 5, SETG, 5, 5, 1);                /* g5 = len(os.Args) */
  OPX(f, 5, LOADI, 5, 1);
  OP(f, 5, SLLOAD, 3, 0, 2);
  OP(f, 5, EXTRA, 5, 16, 0);              /* r3, r4 = os.Args[1] */
  OP(f, 5, SETG, 6, 3, 2);
  OP(f, 5, SLCAP, 5, 0, 0);
  OP(f, 5, SETG, 8, 5, 1);
  OP(f, 6, RET, 0, 0, 0);
  cr_assert_eq(asm_run(vm, m), VM_OK, "%s", vm_error(vm));
  cr_expect_eq(vm->globals[0].i, 5);
  cr_expect_eq(vm->globals[1].i, 6);
  cr_expect_eq(vm->globals[5].i, 2);
  cr_expect(gstr_is(&vm->globals[6], "arg1"));
  cr_expect_eq(vm->globals[8].i, 2);
  vm_free(vm);
}

Test(interp, print_builtin_goes_to_stderr) {
  Captured c;
  VM *vm = asm_vm(&c, 0, 0);
  Module *m = asm_module();
  int f = asm_func(m, "main.main", 0, 0, 1, 3);
  OPX(f, 4, LOADI, 0, -42);
  OP(f, 4, PRINT, 0, RP_INT, 0);
  OP(f, 4, PRINT, 0, RP_NEWLINE, 0);
  OP(f, 5, RET, 0, 0, 0);
  cr_assert_eq(asm_run(vm, m), VM_OK, "%s", vm_error(vm));
  cr_expect_str_eq(c.err, "-42\n");
  vm_free(vm);
}

/* ----------------------------------------------------------------------
** Panics: text as Go 1.19 prints it, stdout first, exit status 2
** ---------------------------------------------------------------------- */

/* main (line 3..) prints "hello" on stdout, then calls main.f (declared at
** line 10, faulting at line 11) with window r0. [emit] fills in f. */
typedef void (*EmitFault)(Module *m, int f);

static void expect_panic(EmitFault emit, int fparams, const char *first_line) {
  Captured c;
  VM *vm = asm_vm(&c, 0, 0);
  Module *m = asm_module();
  int hello = asm_string(m, "hello"), st = -1;
  int mainf = main_with_println(m, 8);
  int f = asm_func(m, "main.f", fparams, 0, 8, 10);
  for (int w = 0; w < 8; w++) asm_ptr(m, f, w);  /* harmless: zeroed */
  emit_println_string(m, mainf, 4, hello, &st);
  OPX(mainf, 5, CALL, 0, f);
  OP(mainf, 6, RET, 0, 0, 0);
  emit(m, f);
  OP(f, 12, RET, 0, 0, 0);

  char want[1024];
  snprintf(want, sizeof want,
           "%s\n\ngoroutine 1 [running]:\nmain.f(%s)\n\t" ASM_PATH
           ":11 +0x0\nmain.main()\n\t" ASM_PATH ":5 +0x0\n",
           first_line, fparams ? "..." : "");
  cr_assert_eq(asm_run(vm, m), VM_ERR_RUNTIME);
  cr_expect_eq(vm_exit_status(vm), 2);
  cr_expect_str_eq(c.out, "hello\n");
  cr_expect_str_eq(c.err, want);
  cr_expect_str_eq(vm_error(vm), want);
  /* stdout was flushed before the panic was written */
  cr_expect_eq(strncmp(c.all, "hello\n", 6), 0, "%s", c.all);
  cr_expect_eq(strncmp(c.all + 6, first_line, strlen(first_line)), 0, "%s", c.all);
  vm_free(vm);
}

static void emit_div0(Module *m, int f) {
  OPX(f, 11, LOADI, 1, 7);
  OPX(f, 11, LOADI, 2, 0);
  OP(f, 11, DIV, 3, 1, 2);
}
Test(panic, divide_by_zero) {
  expect_panic(emit_div0, 0, "panic: runtime error: integer divide by zero");
}

static void emit_rem0(Module *m, int f) {
  OPX(f, 11, LOADI, 1, 7);
  OPX(f, 11, LOADI, 2, 0);
  OP(f, 11, REMU, 3, 1, 2);
}
Test(panic, remainder_by_zero_with_params) {
  expect_panic(emit_rem0, 2, "panic: runtime error: integer divide by zero");
}

static int g_index;
static void emit_sindex(Module *m, int f) {
  int abc = asm_string(m, "abc");
  OPX(f, 11, LOADK2, 0, abc);
  OPX(f, 11, LOADI, 2, g_index);
  OP(f, 11, SINDEX, 3, 0, 2);
}
Test(panic, string_index_out_of_range) {
  g_index = 5;
  expect_panic(emit_sindex, 0, "panic: runtime error: index out of range [5] with length 3");
  g_index = -1;
  expect_panic(emit_sindex, 0, "panic: runtime error: index out of range [-1]");
  g_index = 3;
  expect_panic(emit_sindex, 0, "panic: runtime error: index out of range [3] with length 3");
}

static int g_lo, g_hi, g_flags;
static void emit_sslice(Module *m, int f) {
  int abc = asm_string(m, "abc");
  OPX(f, 11, LOADK2, 0, abc);
  OPX(f, 11, LOADI, 2, g_lo);
  OPX(f, 11, LOADI, 3, g_hi);
  OP(f, 11, SSLICE, 4, 0, 0);
  OP(f, 11, EXTRA, 2, 3, g_flags);
}
static void slice_case(int lo, int hi, int flags, const char *msg) {
  g_lo = lo, g_hi = hi, g_flags = flags;
  char first[256];
  snprintf(first, sizeof first, "panic: runtime error: slice bounds out of range %s", msg);
  expect_panic(emit_sslice, 0, first);
}
Test(panic, string_slice_bounds) {
  slice_case(0, 5, 3, "[:5] with length 3");   /* s[0:5] */
  slice_case(0, 5, 2, "[:5] with length 3");   /* s[:5] */
  slice_case(3, 2, 3, "[3:2]");                /* s[3:2] */
  slice_case(5, 0, 1, "[5:3]");                /* s[5:] */
  slice_case(-3, 0, 1, "[-3:]");               /* s[-3:] */
  slice_case(-3, 2, 3, "[-3:]");               /* s[-3:2] */
  slice_case(0, -3, 2, "[:-3]");               /* s[:-3] */
  slice_case(8, 5, 3, "[:5] with length 3");   /* hi is checked first */
}

/* s := arr[:] of a 3-word frame array (cap 3), then s[lo:hi(:max)]. */
static int g_max;
#define ABSENT 0xFFFF
static void emit_slslice(Module *m, int f) {
  OPX(f, 11, LOADI, 5, g_lo);
  OPX(f, 11, LOADI, 6, g_hi);
  OPX(f, 11, LOADI, 7, g_max);
  OP(f, 11, FRAMESLICE, 0, 5, 3);
  OP(f, 11, SLSLICE, 1, 0, 8);
  OP(f, 11, EXTRA, g_flags & 1 ? 5 : ABSENT, g_flags & 2 ? 6 : ABSENT,
     g_flags & 4 ? 7 : ABSENT);
}
static void slslice_case(int lo, int hi, int max, int flags, const char *msg) {
  g_lo = lo, g_hi = hi, g_max = max, g_flags = flags;
  char first[256];
  snprintf(first, sizeof first, "panic: runtime error: slice bounds out of range %s", msg);
  expect_panic(emit_slslice, 0, first);
}
Test(panic, slice_slice_bounds) {
  slslice_case(0, 4, 0, 3, "[:4] with capacity 3");     /* s[0:4] */
  slslice_case(2, 1, 0, 3, "[2:1]");                    /* s[2:1] */
  slslice_case(4, 0, 0, 1, "[4:3]");                    /* s[4:] */
  slslice_case(-1, 0, 0, 1, "[-1:]");
  slslice_case(0, -1, 0, 2, "[:-1]");
  slslice_case(0, 1, 4, 7, "[::4] with capacity 3");    /* s[0:1:4] */
  slslice_case(0, 3, 2, 7, "[:3:2]");
  slslice_case(2, 1, 3, 7, "[2:1:]");
  slslice_case(-1, 1, 3, 7, "[-1::]");
  slslice_case(0, -1, 3, 7, "[:-1:]");
  slslice_case(0, 0, -1, 7, "[::-1]");
}

Test(interp, slice_of_slice) {
  Captured c;
  VM *vm = asm_vm(&c, 0, 0);
  Module *m = asm_module();
  asm_globals(m, 9);
  int f = asm_func(m, "main.main", 0, 0, 16, 3);
  asm_ptr(m, f, 0);
  asm_ptr(m, f, 3);
  OPX(f, 4, LOADI, 10, 11);
  OPX(f, 4, LOADI, 11, 22);
  OPX(f, 4, LOADI, 12, 33);
  OPX(f, 4, LOADI, 13, 44);
  OP(f, 4, FRAMESLICE, 0, 10, 4);           /* s = arr[:] */
  OPX(f, 4, LOADI, 6, 1);
  OPX(f, 4, LOADI, 7, 3);
  OP(f, 4, SLSLICE, 3, 0, 8);
  OP(f, 4, EXTRA, 6, 7, ABSENT);            /* t = s[1:3]: len 2 cap 3 */
  OP(f, 4, SLLEN, 8, 3, 0);
  OP(f, 4, SLCAP, 9, 3, 0);
  OPX(f, 4, LOADI, 14, 1);
  OP(f, 4, SLLOAD, 15, 3, 1);
  OP(f, 4, EXTRA, 14, 8, 0);                /* t[1] = 33 */
  OP(f, 4, SETG, 0, 8, 2);
  OP(f, 4, SETG, 2, 15, 1);
  OP(f, 5, SLSLICE, 3, 0, 8);
  OP(f, 5, EXTRA, 7, ABSENT, ABSENT);       /* s[3:]: len 1 cap 1 */
  OP(f, 5, SLLEN, 8, 3, 0);
  OP(f, 5, SLCAP, 9, 3, 0);
  OP(f, 5, SETG, 3, 8, 2);
  OP(f, 5, SETG, 5, 3, 1);                  /* &s[3] */
  OPX(f, 6, LOADI, 6, 4);
  OP(f, 6, SLSLICE, 3, 0, 8);
  OP(f, 6, EXTRA, 6, ABSENT, ABSENT);       /* s[4:]: empty, keeps base */
  OP(f, 6, SETG, 6, 3, 3);
  OP(f, 7, RET, 0, 0, 0);
  cr_assert_eq(asm_run(vm, m), VM_OK, "%s", vm_error(vm));
  Word *g = vm->globals;
  cr_expect_eq(g[0].i, 2);
  cr_expect_eq(g[1].i, 3);
  cr_expect_eq(g[2].i, 33);
  cr_expect_eq(g[3].i, 1);
  cr_expect_eq(g[4].i, 1);
  cr_expect_eq(((Word *)g[5].p)->i, 44);
  cr_expect_eq(g[7].i, 0);
  cr_expect_eq(g[8].i, 0);
  cr_expect_eq(((Word *)g[6].p)->i, 11, "an empty result keeps the base pointer");
  vm_free(vm);
}

static void emit_panicidx(Module *m, int f) {
  OPX(f, 11, LOADI, 1, 7);
  OPX(f, 11, LOADI, 2, 2);
  OP(f, 11, PANICIDX, 1, 2, 0);
}
Test(panic, panicidx) {
  expect_panic(emit_panicidx, 0, "panic: runtime error: index out of range [7] with length 2");
}

static void emit_negshift(Module *m, int f) {
  OPX(f, 11, LOADI, 1, -1);
  OP(f, 11, CHKSHIFT, 1, 0, 0);
}
Test(panic, negative_shift) {
  expect_panic(emit_negshift, 0, "panic: runtime error: negative shift amount");
}

/* panic(v) with v built by MKIFACE/MKIFACEB from the constant g_val. */
static RKind g_kind;
static const char *g_tname;
static Word g_val;
static const char *g_sval;
static void emit_panic_value(Module *m, int f) {
  if (g_kind == RK_INVALID) {
    OPX(f, 11, LOADI, 1, 0);
    OPX(f, 11, LOADI, 2, 0);
  } else if (g_kind == RK_STRING) {
    int t = asm_rtype(m, RK_STRING, g_tname, 2);
    OPX(f, 11, LOADK2, 4, asm_string(m, g_sval));
    OP(f, 11, MKIFACEB, 1, 4, t);
  } else {
    int t = asm_rtype(m, g_kind, g_tname, 1);
    OPX(f, 11, LOADK, 4, asm_const(m, g_val));
    OP(f, 11, MKIFACE, 1, 4, t);
  }
  OP(f, 11, PANIC, 1, 0, 0);
}
static void value_case(RKind kind, const char *tname, Word v, const char *s, const char *want) {
  g_kind = kind, g_tname = tname, g_val = v, g_sval = s;
  expect_panic(emit_panic_value, 0, want);
}
Test(panic, values_print_like_go) {
  value_case(RK_STRING, "string", I(0), "boom", "panic: boom");
  value_case(RK_INT, "int", I(42), NULL, "panic: 42");
  value_case(RK_INT64, "int64", I(-7), NULL, "panic: -7");
  value_case(RK_UINT, "uint", U(UINT64_C(1) << 63), NULL, "panic: 9223372036854775808");
  value_case(RK_BOOL, "bool", U(1), NULL, "panic: true");
  value_case(RK_FLOAT64, "float64", F(1.5), NULL, "panic: +1.500000e+000");
  value_case(RK_FLOAT64, "float64", F(-0.0), NULL, "panic: -0.000000e+000");
  value_case(RK_FLOAT64, "float64", F(1e100), NULL, "panic: +1.000000e+100");
  value_case(RK_FLOAT64, "float64", F(NAN), NULL, "panic: NaN");
  value_case(RK_FLOAT64, "float64", F(-INFINITY), NULL, "panic: -Inf");
  value_case(RK_INT, "main.I", I(3), NULL, "panic: main.I(3)");
  value_case(RK_STRING, "main.E", I(0), "x\n", "panic: main.E(\"x\n\")");
  value_case(RK_POINTER, "*main.T", U(0xc000016080), NULL, "panic: (*main.T) 0xc000016080");
  value_case(RK_INVALID, "", I(0), NULL, "panic: nil");
}

static void emit_unreachable(Module *m, int f) { OP(f, 11, UNREACHABLE, 0, 0, 0); }
Test(panic, unreachable_is_fatal) {
  expect_panic(emit_unreachable, 0,
               "fatal error: unreachable code reached in main.f (compiler bug)");
}

/* ----------------------------------------------------------------------
** Listing
** ---------------------------------------------------------------------- */

Test(module, disasm_decodes_operands) {
  Captured c;
  VM *vm = asm_vm(&c, 0, 0);
  Module *m = asm_module();
  int hello = asm_string(m, "hi\n"), st = -1;
  int mainf = main_with_println(m, 8);
  int fib = emit_fib(m);
  emit_println_string(m, mainf, 4, hello, &st);
  OPX(mainf, 5, LOADK, 0, asm_int(m, 123456789012));
  OPX(mainf, 5, CALL, 0, fib);
  OP(mainf, 6, RET, 0, 0, 0);
  vm->module = m;
  cr_assert_eq(vm_disasm(vm), VM_OK);
  cr_expect(strstr(c.out, "func F1 main.fib  ; line 3, params 1, results 1, frame 3 words"),
            "%s", c.out);
  cr_expect(strstr(c.out, "  0000    4  JGEI       r0 2 -> 2\n"), "%s", c.out);
  cr_expect(strstr(c.out, "CALL       r1 F1  ; main.fib\n"), "%s", c.out);
  cr_expect(strstr(c.out, "LOADK2     r6 K0  ; \"hi\\n\"\n"), "%s", c.out);
  cr_expect(strstr(c.out, "MKIFACEB   r4 r6 T0  ; string\n"), "%s", c.out);
  cr_expect(strstr(c.out, "CALLN      r0 N1  ; fmt.Println\n"), "%s", c.out);
  cr_expect(strstr(c.out, "LOADK      r0 K2  ; 123456789012 (0x1cbe991a14"), "%s", c.out);
  cr_expect(strstr(c.out, "ptrs {r0 r2 r4 r5 r6}"), "%s", c.out);
  vm_free(vm);
}
