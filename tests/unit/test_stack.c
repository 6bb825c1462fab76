/*
** test_stack.c — goroutine stacks (vm/stack.c): growth by copying through
** deep recursion, fixup of pointers into the stack (a FRAMESLICE passed
** down a recursion, so caller window and callee parameter name the same
** word), stress mode, the overflow report, and the slot walk itself.
*/
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>

#include "vmasm.h"

#define OP(f, line, op, a, b, c) asm_op(m, f, line, OP_##op, a, b, c)
#define OPX(f, line, op, a, bx) asm_bx(m, f, line, OP_##op, a, bx)

/* sum(n) = n == 0 ? 0 : n + sum(n-1); main stores sum(N) in g0. */
static Module *sum_module(int64_t n) {
  Module *m = asm_module();
  asm_globals(m, 1);
  int mainf = asm_func(m, "main.main", 0, 0, 1, 10);
  int sum = asm_func(m, "main.sum", 1, 1, 2, 3);
  int j = OP(sum, 4, JNEI, 0, 0, 0);
  OP(sum, 5, RET, 0, 0, 0);
  asm_jump_sc(m, sum, j, asm_here(m, sum));
  OP(sum, 7, ADDI, 1, 0, (uint16_t)-1);
  OPX(sum, 7, CALL, 1, sum);
  OP(sum, 7, ADD, 0, 0, 1);
  OP(sum, 7, RET, 0, 0, 0);
  OPX(mainf, 11, LOADK, 0, asm_int(m, n));
  OPX(mainf, 11, CALL, 0, sum);
  OP(mainf, 11, SETG, 0, 0, 1);
  OP(mainf, 12, RET, 0, 0, 0);
  return m;
}

Test(stack, deep_recursion_grows_by_doubling) {
  Captured c;
  VM *vm = asm_vm(&c, 0, 0);
  cr_assert_eq(asm_run(vm, sum_module(100000)), VM_OK, "%s", vm_error(vm));
  cr_expect_eq(vm->globals[0].i, INT64_C(5000050000));
  Stack *s = vm->exec->stk;
  /* 100001 frames of 2 words overlapping by 1: ~100002 words, from 256 */
  cr_expect_eq(s->nwords, 131072);
  cr_expect_eq(s->ngrow, 9);
  cr_expect_geq(s->capframes, 100002);
  cr_expect_eq(s->nframes, 0);
  vm_free(vm);
}

Test(stack, tiny_initial_stack) {
  Captured c;
  VM *vm = asm_vm(&c, 8, 0);
  cr_assert_eq(asm_run(vm, sum_module(1000)), VM_OK, "%s", vm_error(vm));
  cr_expect_eq(vm->globals[0].i, 500500);
  vm_free(vm);
}

/*
** main builds a 3-element array in its own frame (r10..r12 = 11, 22, 33),
** takes a slice of it (FRAMESLICE: a pointer into the stack, r3..r5) and
** passes it to walk(s, n), which recurses n deep passing s along, and at
** the bottom returns s[2] + 100*s[0]; the stack moves many times on the way
** down. main then reads s[1] through its own (adjusted) slice and stores
** the slice pointer, so the test can check it points into the final stack.
*/
static Module *slice_module(int64_t depth) {
  Module *m = asm_module();
  asm_globals(m, 4);
  int mainf = asm_func(m, "main.main", 0, 0, 17, 20);
  int walk = asm_func(m, "main.walk", 4, 1, 8, 3);
  asm_ptr(m, mainf, 3);
  asm_ptr(m, mainf, 13);   /* the call window's slice word */
  asm_ptr(m, walk, 0);     /* parameter s */
  asm_ptr(m, walk, 4);     /* the call window's slice word */
  /* walk(s r0..r2, n r3) */
  int j = OP(walk, 4, JEQI, 3, 0, 0);
  OP(walk, 5, MOVN, 4, 0, 3);          /* window: s */
  OP(walk, 5, ADDI, 7, 3, (uint16_t)-1);  /* n - 1 */
  OPX(walk, 5, CALL, 4, walk);
  OP(walk, 5, MOV, 0, 4, 0);
  OP(walk, 5, RET, 0, 0, 0);
  asm_jump_sc(m, walk, j, asm_here(m, walk));
  OPX(walk, 7, LOADI, 5, 2);
  OP(walk, 7, SLLOAD, 4, 0, 1);
  OP(walk, 7, EXTRA, 5, 8, 0);         /* r4 = s[2] */
  OPX(walk, 7, LOADI, 5, 0);
  OP(walk, 7, SLLOAD, 6, 0, 1);
  OP(walk, 7, EXTRA, 5, 8, 0);         /* r6 = s[0] */
  OP(walk, 7, MULI, 6, 6, 100);
  OP(walk, 7, ADD, 0, 4, 6);
  OP(walk, 7, RET, 0, 0, 0);
  /* main: array r10..r12, slice r3..r5, window r13..r16 */
  OPX(mainf, 21, LOADI, 10, 11);
  OPX(mainf, 21, LOADI, 11, 22);
  OPX(mainf, 21, LOADI, 12, 33);
  OP(mainf, 22, FRAMESLICE, 3, 10, 3);
  OP(mainf, 23, MOVN, 13, 3, 3);
  OPX(mainf, 23, LOADK, 16, asm_int(m, depth));
  OPX(mainf, 23, CALL, 13, walk);
  OP(mainf, 23, SETG, 0, 13, 1);       /* g0 = walk(s, depth) */
  OPX(mainf, 24, LOADI, 7, 1);
  OP(mainf, 24, SLLOAD, 8, 3, 1);
  OP(mainf, 24, EXTRA, 7, 8, 0);
  OP(mainf, 24, SETG, 1, 8, 1);        /* g1 = s[1] */
  OP(mainf, 24, SETG, 2, 3, 1);        /* g2 = &s[0] */
  OP(mainf, 25, RET, 0, 0, 0);
  return m;
}

static void check_slice_run(VM *vm, Captured *c) {
  cr_assert_eq(vm_exit_status(vm), 0, "%s", c->err);
  cr_expect_eq(vm->globals[0].i, 33 + 100 * 11);
  cr_expect_eq(vm->globals[1].i, 22);
  Stack *s = vm->exec->stk;
  Word *p = vm->globals[2].p;
  cr_expect(p >= s->words && p < s->words + s->nwords,
            "the slice must point into the final stack");
  cr_expect_eq(p[0].i, 11);
  cr_expect_eq(p[2].i, 33);
}

Test(stack, pointers_into_the_stack_are_adjusted_once) {
  Captured c;
  VM *vm = asm_vm(&c, 0, 0);
  cr_assert_eq(asm_run(vm, slice_module(20000)), VM_OK, "%s", vm_error(vm));
  check_slice_run(vm, &c);
  cr_expect_geq(vm->exec->stk->ngrow, 5);
  vm_free(vm);
}

static Stack *stress_run(VM *vm, Module *m) {
  setenv("VM_STACKSTRESS", "1", 1);
  vm_Result r = asm_run(vm, m);
  unsetenv("VM_STACKSTRESS");
  cr_assert_eq(r, VM_OK, "%s", vm_error(vm));
  cr_assert(vm->exec->stk->stress);
  return vm->exec->stk;
}

Test(stack, stress_mode_moves_at_every_call) {
  Captured c;
  VM *vm = asm_vm(&c, 0, 0);
  Stack *s = stress_run(vm, slice_module(10));
  check_slice_run(vm, &c);
  cr_expect_eq(s->nmoves, 12, "main and 11 calls of walk: every prologue moves");
  vm_free(vm);
}

Test(stack, stress_mode_deep_keeps_moving) {
  Captured c;
  VM *vm = asm_vm(&c, 0, 0);
  Stack *s = stress_run(vm, slice_module(3000));
  check_slice_run(vm, &c);
  /* past 64 words in use a move every (in use / 64) calls: ~16 ln(depth) */
  cr_expect_geq(s->nmoves, 50, "%llu", (unsigned long long)s->nmoves);
  cr_expect_lt(s->nmoves, 3002);
  vm_free(vm);
}

Test(stack, stress_mode_fib_still_right) {
  setenv("VM_STACKSTRESS", "1", 1);
  Captured c;
  VM *vm = asm_vm(&c, 0, 0);
  vm_Result r = asm_run(vm, sum_module(500));
  unsetenv("VM_STACKSTRESS");
  cr_assert_eq(r, VM_OK, "%s", vm_error(vm));
  cr_expect_eq(vm->globals[0].i, 125250);
  vm_free(vm);
}

/* f() { f() } with a 64 KB limit, after printing to stdout. */
Test(stack, overflow_is_fatal_like_go) {
  Captured c;
  VM *vm = asm_vm(&c, 0, 1 << 16);
  Module *m = asm_module();
  int mainf = asm_func(m, "main.main", 0, 0, 2, 7);
  int f = asm_func(m, "main.f", 1, 0, 4, 3);
  OPX(mainf, 8, LOADI, 0, 1);
  OP(mainf, 8, PRINT, 0, RP_INT, 0);
  OPX(mainf, 9, CALL, 0, f);
  OP(mainf, 10, RET, 0, 0, 0);
  OP(f, 4, MOV, 2, 0, 0);
  OPX(f, 4, CALL, 2, f);
  OP(f, 5, RET, 0, 0, 0);
  cr_assert_eq(asm_run(vm, m), VM_ERR_RUNTIME);
  cr_expect_eq(vm_exit_status(vm), 2);
  const char *e = c.err;
  const char *head = "1runtime: goroutine stack exceeds 65536-byte limit\nruntime: sp=0x";
  cr_expect_eq(strncmp(e, head, strlen(head)), 0, "%s", e);
  const char *fe = strstr(e, "\nfatal error: stack overflow\n\ngoroutine 1 [running]:\n"
                             "main.f(...)\n\t" ASM_PATH ":3 +0x0\n"
                             "main.f(...)\n\t" ASM_PATH ":4 +0x0\n");
  cr_expect(fe != NULL, "%.400s", e);
  cr_expect(strstr(e, "main.f(...)\n\t" ASM_PATH ":4 +0x0\n...additional frames elided...\n"),
            "%s", e);
  cr_expect_null(strstr(e, "main.main()"), "only 100 frames are shown");
  /* 100 frames shown */
  int n = 0;
  for (const char *p = e; (p = strstr(p, "main.f(...)")); p++) n++;
  cr_expect_eq(n, 100);
  cr_expect_str_eq(vm_error(vm), e + 1);
  vm_free(vm);
}

/* down(n): n == 0 ? 1 / n (or panic(7)) : down(n - 1); 1000 deep. Go shows
** 98 frames for a run-time error and 99 for panic(v) (its hidden runtime
** frames count toward 100), with no "elided" line. */
static void deep_panic(bool value, int want_frames) {
  Captured c;
  VM *vm = asm_vm(&c, 0, 0);
  Module *m = asm_module();
  int it = asm_rtype(m, RK_INT, "int", 1);
  int mainf = asm_func(m, "main.main", 0, 0, 1, 10);
  int down = asm_func(m, "main.down", 1, 1, 4, 3);
  int j = OP(down, 4, JNEI, 0, 0, 0);
  if (value) {
    OPX(down, 5, LOADI, 3, 7);
    OP(down, 5, MKIFACE, 1, 3, it);
    OP(down, 5, PANIC, 1, 0, 0);
  } else {
    OP(down, 5, DIV, 0, 0, 0);
    OP(down, 5, RET, 0, 0, 0);
  }
  asm_jump_sc(m, down, j, asm_here(m, down));
  OP(down, 7, ADDI, 1, 0, (uint16_t)-1);
  OPX(down, 7, CALL, 1, down);
  OP(down, 7, RET, 0, 0, 0);
  OPX(mainf, 11, LOADI, 0, 1000);
  OPX(mainf, 11, CALL, 0, down);
  OP(mainf, 12, RET, 0, 0, 0);
  cr_assert_eq(asm_run(vm, m), VM_ERR_RUNTIME);
  int n = 0;
  for (const char *p = c.err; (p = strstr(p, "main.down(...)\n")); p++) n++;
  cr_expect_eq(n, want_frames, "%d frames", n);
  cr_expect(strstr(c.err, value ? "panic: 7\n\ngoroutine 1 [running]:\nmain.down(...)\n\t" ASM_PATH ":5 +0x0\nmain.down(...)\n\t" ASM_PATH ":7 +0x0\n"
                                 : "panic: runtime error: integer divide by zero\n\ngoroutine 1 [running]:\nmain.down(...)\n\t" ASM_PATH ":5 +0x0\n"),
            "%.300s", c.err);
  cr_expect_null(strstr(c.err, "elided"));
  cr_expect_null(strstr(c.err, "main.main"));
  vm_free(vm);
}

Test(stack, deep_panic_traceback_is_cut_like_go) {
  deep_panic(false, 98);
  deep_panic(true, 99);
}

/* ----------------------------------------------------------------------
** The slot walk and stk_reserve, on a stack built by hand
** ---------------------------------------------------------------------- */

static int visits[64];
static void count_visit(Word *slot, void *ud) {
  Word *base = ud;
  visits[slot - base]++;
}

Test(stack, each_ptr_slot_visits_each_word_once) {
  Stack s;
  uint8_t all[2] = {0xff, 0xff};
  uint8_t none[2] = {0, 0};
  Instr code[1] = {{OP_RET, 0, 0, 0}};
  FuncInfo funcs[3] = {
      {.name = "outer", .frame_words = 10, .ptrmap = all, .code = code, .ncode = 1},
      {.name = "mid", .frame_words = 6, .ptrmap = none, .code = code, .ncode = 1},
      {.name = "inner", .frame_words = 3, .ptrmap = all, .code = code, .ncode = 1},
  };
  cr_assert(stk_init(&s, funcs, 64 * sizeof(Word), 1 << 20, false));
  /* outer [0,10), mid [4,10) inside it, inner [8,11) past mid's end */
  s.frames[0] = (Frame){code + 1, 0, 0};
  s.frames[1] = (Frame){code + 1, 4, 1};
  s.frames[2] = (Frame){code + 1, 8, 2};
  s.nframes = 3;
  stk_verify(&s);
  memset(visits, 0, sizeof visits);
  stk_each_ptr_slot(&s, count_visit, s.words);
  for (int w = 0; w < 12; w++) {
    int want = (w < 4) || (w >= 8 && w < 11);  /* mid owns 4..7: no pointers */
    cr_expect_eq(visits[w], want, "word %d visited %d times", w, visits[w]);
  }
  stk_free(&s);
}

Test(stack, reserve_grows_and_fixes_pointers) {
  Captured c;
  VM *vm = asm_vm(&c, 0, 0);
  Stack s;
  uint8_t map = 0x1;
  Instr code[1] = {{OP_RET, 0, 0, 0}};
  FuncInfo fn = {.name = "f", .frame_words = 4, .ptrmap = &map, .code = code, .ncode = 1};
  cr_assert(stk_init(&s, &fn, 4 * sizeof(Word), 1 << 20, false));
  s.frames[0] = (Frame){code + 1, 0, 0};
  s.nframes = 1;
  s.words[0].p = &s.words[3];
  s.words[3].i = 77;
  s.words[1].p = &s.words[2];  /* not a pointer word: left alone */
  Word *old1 = s.words[1].p;
  stk_reserve(vm, &s, &fn, 3);  /* needs 7 words: 4 -> 8 */
  cr_expect_eq(s.nwords, 8);
  cr_expect_eq(s.words[0].p, &s.words[3]);
  cr_expect_eq(((Word *)s.words[0].p)->i, 77);
  cr_expect_eq(s.words[1].p, old1);
  stk_verify(&s);
  stk_free(&s);
  vm_free(vm);
}
