/*
** test_defer.c — the defer and panic records (vm/defer.c) under stack
** growth: a record's argument words that point into the stack follow it
** when it moves (copying and shrinking), every record word is visited once
** with the frames, and whole programs whose deferred closures live in
** frames that move (tiny stacks, stress mode) run as Go runs them.
*/
#include <criterion/criterion.h>
#include <string.h>

#include "vm/defer.h"
#include "vm/interp.h"
#include "vm/stack.h"
#include "vmasm.h"

static Instr ret_code[1] = {{OP_RET, 0, 0, 0}};
static uint8_t ptrs_all[2] = {0xff, 0xff};

static int nvisits;
static void count(Word *slot, void *ud) {
  (void)slot;
  (void)ud;
  nvisits++;
}

/* One frame of [fn] on [s]; a record whose words are: a pointer to the
** frame's word 3, a pointer outside the stack, a scalar. */
static Word outside;
static void push_record(VM *vm, Stack *s) {
  s->frames[0] = (Frame){ret_code + 1, 0, 0};
  s->nframes = 1;
  s->words[3].i = 77;
  Word args[3] = {{.p = &s->words[3]}, {.p = &outside}, {.i = 5}};
  dfr_push(vm, s, DK_FUNC, 0, (Word){0}, args, 3);
}

static void expect_record(Stack *s) {
  Defer *d = s->defers;
  cr_assert_not_null(d);
  cr_expect_eq(d->frame, 0);
  cr_expect_eq(d->args[0].p, &s->words[3], "stack pointer followed the move");
  cr_expect_eq(((Word *)d->args[0].p)->i, 77);
  cr_expect_eq(d->args[1].p, &outside, "a pointer elsewhere is left alone");
  cr_expect_eq(d->args[2].i, 5);
}

Test(defer, record_follows_a_growing_stack) {
  Captured c;
  VM *vm = asm_vm(&c, 0, 0);
  Stack s;
  FuncInfo fn = {.name = "f", .frame_words = 4, .ptrmap = ptrs_all, .code = ret_code, .ncode = 1};
  cr_assert(stk_init(&s, &fn, 4 * sizeof(Word), 1 << 20, false));
  push_record(vm, &s);
  Word *before = s.words;
  stk_reserve(vm, &s, &fn, 3);  /* needs 7 words: 4 -> 8, moves */
  cr_expect_eq(s.nwords, 8);
  (void)before;
  expect_record(&s);
  stk_free(&s);
  cr_expect_null(s.defers, "stk_free frees the records");
  vm_free(vm);
}

Test(defer, record_follows_stress_moves_and_shrink) {
  Captured c;
  VM *vm = asm_vm(&c, 0, 0);
  Stack s;
  FuncInfo fn = {.name = "f", .frame_words = 4, .ptrmap = ptrs_all, .code = ret_code, .ncode = 1};
  cr_assert(stk_init(&s, &fn, 64 * sizeof(Word), 1 << 20, true));
  push_record(vm, &s);
  for (int k = 0; k < 5; k++) {
    stk_reserve(vm, &s, &fn, 4);  /* stress: moves even when it fits */
    expect_record(&s);
  }
  /* grow far, then shrink back: the record is adjusted both ways */
  stk_reserve(vm, &s, &fn, 1000);
  expect_record(&s);
  s.stress = false;
  while (stk_shrink(vm, &s, 8 * sizeof(Word))) expect_record(&s);
  cr_expect_lt(s.nwords, 1000);
  expect_record(&s);
  stk_free(&s);
  vm_free(vm);
}

Test(defer, each_ptr_slot_visits_record_words_once) {
  Captured c;
  VM *vm = asm_vm(&c, 0, 0);
  Stack s;
  uint8_t none[2] = {0, 0};
  FuncInfo fn = {.name = "f", .frame_words = 4, .ptrmap = none, .code = ret_code, .ncode = 1};
  cr_assert(stk_init(&s, &fn, 16 * sizeof(Word), 1 << 20, false));
  push_record(vm, &s);
  Word clo = {.p = &outside};
  Word args[2] = {{.i = 1}, {.i = 2}};
  dfr_push(vm, &s, DK_CLOSURE, 0, clo, args, 2);
  dfr_start_panic(vm, &s, (GoIface){NULL, {.p = &outside}}, NULL, false);
  nvisits = 0;
  stk_each_ptr_slot(&s, count, NULL);
  /* 3 + (closure word + 2) + the panic's data word; no frame words */
  cr_expect_eq(nvisits, 3 + 3 + 1);
  stk_free(&s);
  cr_expect_null(s.panics);
  vm_free(vm);
}

/* A Go program through the public API, on a [stack]-byte stack. */
static void run_go(const char *src, size_t stack, const char *want_out, int want_status) {
  Captured c;
  VM *vm = asm_vm(&c, stack, 0);
  cr_assert_eq(vm_load_string(vm, "defer_test.go", src, strlen(src)), VM_OK, "%s", vm_error(vm));
  vm_run_main(vm);
  cr_expect_str_eq(c.out, want_out);
  cr_expect_eq(vm_exit_status(vm), want_status, "%s", c.err);
  vm_free(vm);
}

/* The deferred closure, its captured frame variable and the record's
** pointer argument all live in main's frame, which moves many times while
** the deferred calls and a recovered panic run deep recursions. */
static const char moving_src[] =
    "package main\n"
    "\n"
    "func deep(n int) int {\n"
    "\tvar pad [16]int\n"
    "\tpad[n%16] = n\n"
    "\tif n == 0 {\n"
    "\t\treturn 0\n"
    "\t}\n"
    "\treturn deep(n-1) + pad[n%16] - n + 1\n"
    "}\n"
    "\n"
    "func show(p *int, tag string) { println(tag, *p) }\n"
    "\n"
    "func main() {\n"
    "\tx := 1\n"
    "\tdefer show(&x, \"ptr\")\n"
    "\tdefer func() {\n"
    "\t\tprintln(\"closure\", x, deep(200))\n"
    "\t\tx = 3\n"
    "\t}()\n"
    "\tdefer func() {\n"
    "\t\tprintln(\"recovered\", recover() != nil, deep(300))\n"
    "\t}()\n"
    "\tx = 2\n"
    "\tdeep(100)\n"
    "\tpanic(\"boom\")\n"
    "}\n";

Test(defer, deferred_closure_whose_frame_moves) {
  /* println writes to stderr: check the order there */
  Captured c;
  VM *vm = asm_vm(&c, 256, 0);
  cr_assert_eq(vm_load_string(vm, "defer_test.go", moving_src, sizeof moving_src - 1), VM_OK, "%s",
               vm_error(vm));
  vm_run_main(vm);
  cr_expect_eq(vm_exit_status(vm), 0, "%s", c.err);
  cr_expect_str_eq(c.err, "recovered true 300\nclosure 2 200\nptr 3\n");
  vm_free(vm);
}

Test(defer, unrecovered_panic_runs_defers_then_reports) {
  run_go("package main\n\nimport \"fmt\"\n\nfunc main() {\n"
         "\tdefer fmt.Println(\"deferred\")\n\tpanic(\"bye\")\n}\n",
         256, "deferred\n", 2);
}
