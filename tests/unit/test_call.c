/*
** test_call.c — calling Go from a native (vm/call.c), through sort.Slice,
** whose less func is a Go closure: arguments and results across a stack
** that grows, moves (tiny stacks, stress mode) or chains segments; panics
** that the callee recovers, that the native's caller recovers, and that
** nobody recovers; a callee that blocks; two goroutines whose calls return
** out of order; and the one order vm cannot run, which must end with a
** clear fatal error rather than corrupt anything.
*/
#include <criterion/criterion.h>
#include <stdlib.h>
#include <string.h>

#include "vm/call.h"
#include "vmasm.h"

static const char prelude[] =
    "package main\n"
    "\n"
    "import \"sort\"\n"
    "\n"
    "func deep(n int) int {\n"
    "\tvar pad [32]int\n"
    "\tpad[n%32] = n\n"
    "\tif n == 0 {\n"
    "\t\treturn 0\n"
    "\t}\n"
    "\treturn deep(n-1) + pad[n%32] - n\n"
    "}\n"
    "\n"
    "func say(s string) { println(s) }\n"
    "\n"
    "func show(xs []int) {\n"
    "\tfor _, x := range xs {\n"
    "\t\tprint(x, \" \")\n"
    "\t}\n"
    "\tprintln()\n"
    "}\n";

/* Runs prelude + [body] (print/println write to stderr) and checks stderr
** starts with [want_err] and the exit status. */
static void run(const char *body, size_t stack, int mode, const char *want_err,
                int want_status) {
  size_t n = strlen(prelude) + strlen(body) + 1;
  char *src = malloc(n);
  strcpy(src, prelude);
  strcat(src, body);
  Captured c;
  memset(&c, 0, sizeof c);
  vm_Config cfg;
  vm_config_init(&cfg);
  cfg.write = asm_capture;
  cfg.userdata = &c;
  if (stack) cfg.stack_size = stack;
  cfg.stack_mode = mode;
  VM *vm = vm_new(&cfg);
  cr_assert_eq(vm_load_string(vm, "call_test.go", src, strlen(src)), VM_OK, "%s", vm_error(vm));
  vm_run_main(vm);
  cr_expect_eq(vm_exit_status(vm), want_status, "%s", c.err);
  cr_expect(strncmp(c.err, want_err, strlen(want_err)) == 0, "stderr:\n%s\nwanted:\n%s", c.err,
            want_err);
  vm_free(vm);
  free(src);
}

static const char grow_src[] =
    "func main() {\n"
    "\txs := []int{9, 3, 7, 1, 8, 2, 6, 4, 5, 0, 19, 13, 17, 11, 18, 12, 16, 14, 15, 10}\n"
    "\tsort.Slice(xs, func(i, j int) bool { return deep(100+i)+xs[i] < deep(50+j)+xs[j] })\n"
    "\tshow(xs)\n"
    "}\n";
static const char grow_out[] = "0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 \n";

Test(call, args_and_results_across_a_growing_stack) {
  run(grow_src, 0, VM_STACK_COPY, grow_out, 0);
}

Test(call, a_tiny_stack_moves_at_every_call) {
  run(grow_src, 256, VM_STACK_COPY, grow_out, 0);
}

Test(call, segmented_stacks_return_results_to_the_window) {
  run(grow_src, 256, VM_STACK_SEGMENTED, grow_out, 0);
}

Test(call, panic_recovered_inside_the_callee) {
  run("func main() {\n"
      "\txs := []int{3, 1, 2}\n"
      "\tsort.Slice(xs, func(i, j int) bool {\n"
      "\t\tdefer func() { recover() }()\n"
      "\t\tif xs[i] == 1 {\n"
      "\t\t\tpanic(\"x\")\n"
      "\t\t}\n"
      "\t\treturn xs[i] < xs[j]\n"
      "\t})\n"
      "\tshow(xs)\n"
      "}\n",
      0, VM_STACK_COPY, "3 1 2 \n", 0);
}

Test(call, panic_recovered_by_the_natives_caller) {
  run("func try(xs []int) (ok bool) {\n"
      "\tdefer func() {\n"
      "\t\tprintln(\"recovered\", recover().(string))\n"
      "\t}()\n"
      "\tsort.Slice(xs, func(i, j int) bool {\n"
      "\t\tdefer say(\"less defer\")\n"
      "\t\tdeep(200)\n"
      "\t\tpanic(\"boom\")\n"
      "\t})\n"
      "\treturn true\n"
      "}\n"
      "func main() {\n"
      "\tprintln(try([]int{2, 1}))\n"
      "\tprintln(\"after\")\n"
      "}\n",
      256, VM_STACK_COPY, "less defer\nrecovered boom\nfalse\nafter\n", 0);
}

Test(call, unrecovered_panic_reports_as_go) {
  run("func main() {\n"
      "\tdefer say(\"main defer\")\n"
      "\tsort.Slice([]int{2, 1}, func(i, j int) bool { panic(\"boom\") })\n"
      "}\n",
      0, VM_STACK_COPY, "main defer\npanic: boom\n\ngoroutine 1 [running]:\n", 2);
}

Test(call, nil_less_is_a_nil_dereference) {
  run("func main() {\n"
      "\tsort.Slice([]int{2, 1}, nil)\n"
      "}\n",
      0, VM_STACK_COPY, "panic: runtime error: invalid memory address or nil pointer dereference\n",
      2);
}

Test(call, goroutines_whose_calls_return_out_of_order) {
  run("func main() {\n"
      "\tdone := make(chan bool)\n"
      "\tstep := make(chan int)\n"
      "\tfor g := 0; g < 3; g++ {\n"
      "\t\tgo func(g int) {\n"
      "\t\t\txs := []int{5, 1, 4, 2, 3}\n"
      "\t\t\tsort.Slice(xs, func(i, j int) bool { step <- g; deep(30 * g); return xs[i] < xs[j] })\n"
      "\t\t\tshow(xs)\n"
      "\t\t\tdone <- true\n"
      "\t\t}(g)\n"
      "\t}\n"
      "\tfor n := 0; n < 3; {\n"
      "\t\tselect {\n"
      "\t\tcase <-step:\n"
      "\t\tcase <-done:\n"
      "\t\t\tn++\n"
      "\t\t}\n"
      "\t}\n"
      "}\n",
      256, VM_STACK_COPY, "1 2 3 4 5 \n1 2 3 4 5 \n1 2 3 4 5 \n", 0);
}

/* Go runs this; vm cannot (vm/call.c): main's call ends while goroutine
** 6's runs deeper on the C stack, and 6 then waits for main. */
Test(call, an_order_vm_cannot_run_is_a_clear_fatal_error) {
  run("func main() {\n"
      "\tch1 := make(chan int)\n"
      "\tch2 := make(chan int)\n"
      "\tgo func() {\n"
      "\t\txs := []int{2, 1}\n"
      "\t\tsort.Slice(xs, func(i, j int) bool { <-ch1; <-ch2; return xs[i] < xs[j] })\n"
      "\t}()\n"
      "\tys := []int{2, 1}\n"
      "\tsort.Slice(ys, func(i, j int) bool { ch1 <- 1; return ys[i] < ys[j] })\n"
      "\tch2 <- 1\n"
      "}\n",
      0, VM_STACK_COPY, "fatal error: goroutine 1 cannot resume: its call from a native", 2);
}
