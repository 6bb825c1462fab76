/*
** test_sched.c — goroutines on their own stacks (vm/sched.c, vm/stack.c,
** runtime/chan.c), driven through the public API with Go source:
**   - deep recursion in a goroutine that grows its 2 KB stack by copying
**     while pointers to stack-allocated objects (and pointers inside them
**     to other stack objects) are live; the program checks every value
**     after the growth and the counters show pointers were adjusted;
**   - a goroutine blocked on a channel receive whose destination registers
**     live in its stack, while that stack moves (stress mode shrinks every
**     stack at every switch): the value must land in the moved stack;
**   - shrinking after the recursion unwinds;
**   - the first two again on segmented stacks (-stackmode=segmented);
**   - the scheduler's bookkeeping: NumGoroutine, dead goroutines freed,
**     deadlock reported with every goroutine's wait reason.
*/
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../include/libvm.h"
#include "../../vm/interp.h"
#include "../../vm/sched.h"

typedef struct Out { char text[1 << 16]; size_t len; } Out;

static void capture(void *ud, int stream, const char *data, size_t len) {
  Out *o = ud;
  (void)stream;
  size_t room = sizeof o->text - o->len - 1;
  if (len > room) len = room;
  memcpy(o->text + o->len, data, len);
  o->len += len;
  o->text[o->len] = 0;
}

/* Runs [src] (stress: VM_STACKSTRESS=1); the VM is returned for its
** counters, the output is in [o]. */
static int stack_mode = VM_STACK_COPY;  /* set by the segmented tests */

static vm_State *run(Out *o, const char *src, bool stress, vm_Result want) {
  vm_Config cfg;
  vm_config_init(&cfg);
  cfg.stack_mode = stack_mode;
  cfg.write = capture;
  cfg.userdata = o;
  memset(o, 0, sizeof *o);
  vm_State *vm = vm_new(&cfg);
  cr_assert_not_null(vm);
  cr_assert_eq(vm_load_string(vm, "prog.go", src, strlen(src)), VM_OK, "%s", vm_error(vm));
  if (stress) setenv("VM_STACKSTRESS", "1", 1);
  vm_Result r = vm_run_main(vm);
  unsetenv("VM_STACKSTRESS");
  cr_assert_eq(r, want, "%s", o->text);
  return vm;
}

static const StkStats *stats(vm_State *vm) { return &vm->exec->sched.stkstats; }

/* a and b live in rec's frame (p does not escape); a.next points to b;
** each level passes &a down, so every frame holds pointers into the stack
** (its own objects and its caller's) across every growth. */
static const char deep_pointers[] =
    "package main\n"
    "\n"
    "import \"fmt\"\n"
    "\n"
    "type Node struct {\n"
    "\tv    int\n"
    "\tnext *Node\n"
    "}\n"
    "\n"
    "func rec(n int, p *Node) int {\n"
    "\tif n == 0 {\n"
    "\t\treturn p.v + p.next.v\n"
    "\t}\n"
    "\tvar b Node\n"
    "\ta := Node{n, &b}\n"
    "\tb.v = 2 * n\n"
    "\tr := rec(n-1, &a)\n"
    "\tif a.v != n || a.next != &b || a.next.v != 2*n || p.next.v != 2*p.v {\n"
    "\t\tr += 1000000\n"
    "\t}\n"
    "\treturn r\n"
    "}\n"
    "\n"
    "func run(n int, out chan int) {\n"
    "\troot := Node{1, nil}\n"
    "\ttwo := Node{2, nil}\n"
    "\troot.next = &two\n"
    "\tout <- rec(n, &root)\n"
    "}\n"
    "\n"
    "func main() {\n"
    "\tout := make(chan int)\n"
    "\tgo run(200000, out)\n"
    "\tgo run(1000, out)\n"
    "\tfmt.Println(<-out + <-out)\n"
    "}\n";

static void check_deep_pointers(bool stress) {
  Out o;
  vm_State *vm = run(&o, deep_pointers, stress, VM_OK);
  cr_expect_str_eq(o.text, "6\n");
  cr_expect_geq(stats(vm)->growths, 10, "%llu", (unsigned long long)stats(vm)->growths);
  cr_expect_gt(stats(vm)->ptrs_adjusted, 200000, "every frame's pointers were moved");
  cr_expect_gt(stats(vm)->peak_bytes, 200000 * 16);
  vm_free(vm);
}

Test(sched, growth_keeps_pointers_to_stack_objects) { check_deep_pointers(false); }
Test(sched, growth_keeps_pointers_under_stress) { check_deep_pointers(true); }

/* The same programs on segmented stacks: nothing moves, segments chain
** (growths count segments) and are freed as the recursion unwinds. */
Test(sched, segmented_growth_keeps_pointers) {
  stack_mode = VM_STACK_SEGMENTED;
  Out o;
  vm_State *vm = run(&o, deep_pointers, false, VM_OK);
  cr_expect_str_eq(o.text, "6\n");
  cr_expect_gt(stats(vm)->growths, 1000, "one segment per ~2 KB of frames");
  cr_expect_eq(stats(vm)->ptrs_adjusted, 0, "segments never move");
  cr_expect_gt(stats(vm)->peak_bytes, 200000 * 16);
  Stack *st = &vm->exec->sched.allg[0]->stk;
  cr_expect_eq(st->nsegs, 0, "every extra segment was freed");
  vm_free(vm);
}


/* The waiter grows its stack, unwinds, then blocks receiving a [4]int into
** registers of its frame; under stress its stack shrinks (moves) while it
** waits, and the sender must write into the moved stack. */
static const char blocked_recv[] =
    "package main\n"
    "\n"
    "import \"fmt\"\n"
    "\n"
    "func deep(n int) int {\n"
    "\tif n == 0 {\n"
    "\t\treturn 0\n"
    "\t}\n"
    "\tvar x [8]int\n"
    "\tx[n%8] = n\n"
    "\treturn deep(n-1) + x[n%8] - n\n"
    "}\n"
    "\n"
    "func waiter(c chan [4]int, out chan int) {\n"
    "\tout <- deep(20000)\n"
    "\tv := <-c\n"
    "\tout <- v[0] + v[1]*10 + v[2]*100 + v[3]*1000\n"
    "}\n"
    "\n"
    "func main() {\n"
    "\tc := make(chan [4]int)\n"
    "\tout := make(chan int)\n"
    "\tgo waiter(c, out)\n"
    "\tfmt.Println(<-out)\n"
    "\tc <- [4]int{1, 2, 3, 4}\n"
    "\tfmt.Println(<-out)\n"
    "}\n";

Test(sched, blocked_receiver_stack_moves_under_it) {
  Out o;
  vm_State *vm = run(&o, blocked_recv, true, VM_OK);
  cr_expect_str_eq(o.text, "0\n4321\n");
  cr_expect_gt(stats(vm)->shrinks, 0, "the waiter's stack shrank while it waited");
  vm_free(vm);
}

Test(sched, shrink_after_recursion_unwinds) {
  Out o;
  vm_State *vm = run(&o, blocked_recv, false, VM_OK);
  cr_expect_str_eq(o.text, "0\n4321\n");
  /* without stress nothing shrinks by itself: the GC's hook does it */
  cr_expect_eq(stats(vm)->shrinks, 0);
  Sched *s = &vm->exec->sched;
  G *main = s->allg[0];
  Stack *st = &main->stk;
  /* main's stack is idle after the run: grow it, then shrink it back */
  size_t before = st->nwords;
  cr_assert_eq(st->nframes, 0);
  stk_reserve((VM *)vm, st, &vm->module->funcs[vm->module->main_func], 4096);
  cr_expect_gt(st->nwords, before);
  size_t n = 0;
  while (stk_shrink((VM *)vm, st, 2048)) n++;
  cr_expect_gt(n, 0);
  cr_expect_eq(st->nwords * sizeof(Word), 2048, "back to the initial size");
  cr_expect_eq(stats(vm)->shrinks, n);
  vm_free(vm);
}

Test(sched, segmented_blocked_receiver) {
  stack_mode = VM_STACK_SEGMENTED;
  Out o;
  vm_State *vm = run(&o, blocked_recv, true, VM_OK);
  cr_expect_str_eq(o.text, "0\n4321\n");
  cr_expect_eq(stats(vm)->shrinks, 0, "segmented stacks never shrink");
  vm_free(vm);
}

static const char num_goroutine[] =
    "package main\n"
    "\n"
    "import (\n"
    "\t\"fmt\"\n"
    "\t\"runtime\"\n"
    ")\n"
    "\n"
    "func f(c chan int) { c <- 1 }\n"
    "\n"
    "func main() {\n"
    "\tc := make(chan int)\n"
    "\tfor i := 0; i < 1000; i++ {\n"
    "\t\tgo f(c)\n"
    "\t}\n"
    "\tfmt.Println(runtime.NumGoroutine())\n"
    "\tfor i := 0; i < 1000; i++ {\n"
    "\t\t<-c\n"
    "\t}\n"
    "\truntime.Gosched()\n"
    "\tfmt.Println(runtime.NumGoroutine())\n"
    "}\n";

Test(sched, dead_goroutines_are_freed) {
  Out o;
  vm_State *vm = run(&o, num_goroutine, false, VM_OK);
  cr_expect_str_eq(o.text, "1001\n1\n");
  cr_expect_eq(vm->exec->sched.nallg, 1);
  cr_expect_eq(vm->exec->sched.peak_goroutines, 1001);
  cr_expect_eq(stats(vm)->inuse_bytes, 2048 + 16 * sizeof(Frame), "only main's stack is left");
  vm_free(vm);
}

static const char deadlock[] =
    "package main\n"
    "\n"
    "func recv(c chan int) { <-c }\n"
    "\n"
    "func main() {\n"
    "\tc := make(chan int)\n"
    "\tgo recv(c)\n"
    "\tvar d chan int\n"
    "\td <- 1\n"
    "}\n";

Test(sched, deadlock_lists_every_goroutine) {
  Out o;
  vm_State *vm = run(&o, deadlock, false, VM_ERR_RUNTIME);
  cr_expect_eq(vm_exit_status(vm), 2);
  cr_expect(strstr(o.text, "fatal error: all goroutines are asleep - deadlock!\n\n"
                           "goroutine 1 [chan send (nil chan)]:\nmain.main()\n") != NULL,
            "%s", o.text);
  cr_expect(strstr(o.text, "\ngoroutine 6 [chan receive]:\nmain.recv(...)\n") != NULL, "%s", o.text);
  vm_free(vm);
}

/* The timer heap: 50 sleepers whose wake-up times (a common base plus a
** distinct multiple of 1ms, taken in a scrambled order) are pushed in
** spawn order must pop in time order, each exactly once; afterwards the
** heap and the runnext slot are empty. */
static const char sleepers[] =
    "package main\n"
    "\n"
    "import (\n"
    "\t\"fmt\"\n"
    "\t\"sync\"\n"
    "\t\"time\"\n"
    ")\n"
    "\n"
    "func main() {\n"
    "\tvar wg sync.WaitGroup\n"
    "\tvar order []int\n"
    "\tbase := time.Now().Add(5 * time.Millisecond)\n"
    "\tfor i := 0; i < 50; i++ {\n"
    "\t\tk := i * 37 % 50\n"
    "\t\twg.Add(1)\n"
    "\t\tgo func() {\n"
    "\t\t\tdefer wg.Done()\n"
    "\t\t\ttime.Sleep(time.Until(base.Add(time.Duration(k) * time.Millisecond)))\n"
    "\t\t\torder = append(order, k)\n"
    "\t\t}()\n"
    "\t}\n"
    "\twg.Wait()\n"
    "\tsorted := len(order) == 50\n"
    "\tfor i := range order {\n"
    "\t\tsorted = sorted && order[i] == i\n"
    "\t}\n"
    "\tfmt.Println(sorted)\n"
    "}\n";

Test(sched, timer_heap_wakes_in_time_order) {
  Out o;
  vm_State *vm = run(&o, sleepers, false, VM_OK);
  cr_expect_str_eq(o.text, "true\n");
  cr_expect_eq(vm->exec->sched.ntimers, 0);
  cr_expect_null(vm->exec->sched.runnext);
  vm_free(vm);
}

/* Package time's timers share the heap with sleepers: 60 entries, a third
** sleeping goroutines, a third AfterFunc timers, a third channel timers
** read by goroutines, pushed in scrambled order; every fourth AfterFunc
** timer is stopped before it fires (taken out of the middle of the heap).
** Each of the others fires exactly once (ties between entries due in the
** same poll may run in either order, as in Go, so the set is checked),
** the stopped ones never do, and the heap ends empty. */
static const char mixed_timers[] =
    "package main\n"
    "\n"
    "import (\n"
    "\t\"fmt\"\n"
    "\t\"sort\"\n"
    "\t\"sync\"\n"
    "\t\"time\"\n"
    ")\n"
    "\n"
    "func main() {\n"
    "\tvar wg sync.WaitGroup\n"
    "\tvar fired []int\n"
    "\tvar timers []*time.Timer\n"
    "\tvar keys []int\n"
    "\tbase := time.Now().Add(5 * time.Millisecond)\n"
    "\tfor i := 0; i < 60; i++ {\n"
    "\t\tk := i * 37 % 60\n"
    "\t\td := time.Until(base.Add(time.Duration(k) * time.Millisecond))\n"
    "\t\twg.Add(1)\n"
    "\t\tswitch i % 3 {\n"
    "\t\tcase 0:\n"
    "\t\t\tgo func() { defer wg.Done(); time.Sleep(d); fired = append(fired, k) }()\n"
    "\t\tcase 1:\n"
    "\t\t\ttimers = append(timers, time.AfterFunc(d, func() { fired = append(fired, k); wg.Done() }))\n"
    "\t\t\tkeys = append(keys, k)\n"
    "\t\tcase 2:\n"
    "\t\t\tt := time.NewTimer(d)\n"
    "\t\t\tgo func() { defer wg.Done(); <-t.C; fired = append(fired, k) }()\n"
    "\t\t}\n"
    "\t}\n"
    "\tstopped := map[int]bool{}\n"
    "\tfor j, t := range timers {\n"
    "\t\tif j%4 == 0 && t.Stop() {\n"
    "\t\t\tstopped[keys[j]] = true\n"
    "\t\t\twg.Done()\n"
    "\t\t}\n"
    "\t}\n"
    "\twg.Wait()\n"
    "\tsort.Ints(fired)\n"
    "\tok := len(fired) == 60-len(stopped)\n"
    "\tfor i, k := 0, 0; ok && k < 60; k++ {\n"
    "\t\tif stopped[k] {\n"
    "\t\t\tcontinue\n"
    "\t\t}\n"
    "\t\tok = fired[i] == k\n"
    "\t\ti++\n"
    "\t}\n"
    "\tfmt.Println(ok, len(stopped))\n"
    "}\n";

Test(sched, timers_and_sleepers_share_the_heap) {
  Out o;
  vm_State *vm = run(&o, mixed_timers, false, VM_OK);
  cr_expect_str_eq(o.text, "true 5\n");
  cr_expect_eq(vm->exec->sched.ntimers, 0);
  vm_free(vm);
}

/* A channel only a pending timer refers to survives collections: the
** timer heap is a GC root (gcroots.c). Run with a collection at every
** allocation; without the root the channel is freed (and, in Debug
** builds, poisoned) before the timer sends on it. */
static const char timer_root[] =
    "package main\n"
    "\n"
    "import (\n"
    "\t\"fmt\"\n"
    "\t\"runtime\"\n"
    "\t\"time\"\n"
    ")\n"
    "\n"
    "func main() {\n"
    "\tvar cs []<-chan time.Time\n"
    "\tfor i := 0; i < 20; i++ {\n"
    "\t\tcs = append(cs, time.After(time.Duration(i%4+1)*time.Millisecond))\n"
    "\t}\n"
    "\tr := make(chan int, 1)\n"
    "\tn := 41\n"
    "\ttime.AfterFunc(time.Millisecond, func() { r <- n + 1 })\n"
    "\tfor i := 0; i < 50; i++ {\n"
    "\t\t_ = make([]byte, 4096)\n"
    "\t\truntime.GC()\n"
    "\t}\n"
    "\tfor _, c := range cs {\n"
    "\t\t<-c\n"
    "\t}\n"
    "\tfmt.Println(<-r)\n"
    "}\n";

Test(sched, pending_timers_are_gc_roots) {
  Out o;
  setenv("VM_GCSTRESS", "1", 1);
  vm_State *vm = run(&o, timer_root, false, VM_OK);
  unsetenv("VM_GCSTRESS");
  cr_expect_str_eq(o.text, "42\n");
  vm_free(vm);
}
