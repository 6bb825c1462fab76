/*
** test_codegen.c — the code generator (compiler/codegen*.c): Go sources are
** compiled through cmp_compile and the emitted code is checked for its
** shape (fused compare-and-branch loops, no needless moves, immediates,
** normalisation after narrow arithmetic, interface packing for fmt, frame
** layout and pointer maps, constants, run-time types, package
** initialisation order), then run through the public API and held to the
** output `go run` gives.
*/
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../compiler/compiler.h"
#include "../../include/libvm.h"
#include "../../runtime/runtime.h"
#include "../../vm/module.h"
#include "../../vm/opcodes.h"

/* {==================================================================
** Helpers
** =================================================================== */

static Module *compile(const char *src) {
  char *errors = NULL;
  Module *m = cmp_compile("t.go", src, strlen(src), &errors);
  if (!m) cr_log_error("compile errors:\n%s", errors ? errors : "(none)");
  free(errors);
  cr_assert_not_null(m, "the source must compile");
  return m;
}

static char *compile_errors(const char *src) {
  char *errors = NULL;
  Module *m = cmp_compile("t.go", src, strlen(src), &errors);
  cr_assert_null(m);
  return errors;
}

static const FuncInfo *func(const Module *m, const char *name) {
  for (int i = 0; i < m->nfuncs; i++)
    if (strcmp(m->funcs[i].name, name) == 0) return &m->funcs[i];
  cr_assert_fail("no function %s", name);
  return NULL;
}

static int count(const FuncInfo *f, int op) {
  int n = 0;
  for (int i = 0; i < f->ncode; i++) n += f->code[i].op == op;
  return n;
}

static int first(const FuncInfo *f, int op) {
  for (int i = 0; i < f->ncode; i++)
    if (f->code[i].op == op) return i;
  return -1;
}

static bool ptr_word(const FuncInfo *f, int w) { return (f->ptrmap[w / 8] >> (w % 8)) & 1; }

typedef struct Out { char o[1 << 16], e[1 << 16]; size_t no, ne; } Out;

static void capture(void *ud, int stream, const char *d, size_t n) {
  Out *c = ud;
  char *buf = stream == VM_STDOUT ? c->o : c->e;
  size_t *len = stream == VM_STDOUT ? &c->no : &c->ne;
  size_t room = sizeof c->o - *len - 1;
  if (n > room) n = room;
  memcpy(buf + *len, d, n);
  *len += n;
  buf[*len] = 0;
}

/* Runs a program; returns its exit status. */
static int run_args(const char *src, Out *out, int argc, const char *const *argv) {
  memset(out, 0, sizeof *out);
  vm_Config cfg;
  vm_config_init(&cfg);
  cfg.write = capture;
  cfg.userdata = out;
  vm_State *vm = vm_new(&cfg);
  cr_assert_not_null(vm);
  vm_Result r = vm_load_string(vm, "t.go", src, strlen(src));
  if (r != VM_OK) cr_log_error("load: %s", vm_error(vm));
  cr_assert_eq(r, VM_OK);
  if (argc) vm_set_args(vm, argc, argv);
  vm_run_main(vm);
  int status = vm_exit_status(vm);
  vm_free(vm);
  return status;
}

static int run(const char *src, Out *out) { return run_args(src, out, 0, NULL); }

static void expect_output(const char *src, const char *want) {
  Out out;
  int st = run(src, &out);
  cr_expect_eq(st, 0, "exit status %d, stderr: %s", st, out.e);
  cr_expect_str_eq(out.o, want);
}

/* }================================================================== */

/* {==================================================================
** Code shape
** =================================================================== */

Test(codegen_shape, fib_is_tight) {
  Module *m = compile(
      "package main\n"
      "func fib(n int) int {\n"
      "\tif n < 2 {\n"
      "\t\treturn n\n"
      "\t}\n"
      "\treturn fib(n-1) + fib(n-2)\n"
      "}\n"
      "func main() { println(fib(10)) }\n");
  const FuncInfo *f = func(m, "main.fib");
  cr_expect_eq(f->param_words, 1);
  cr_expect_eq(f->result_words, 1);
  cr_expect_eq(count(f, OP_MOV), 0, "n is already in R[0]; results come back in place");
  cr_expect_eq(count(f, OP_JGEI), 1, "n < 2 is one fused compare with an immediate");
  cr_expect_eq(count(f, OP_ADDI), 2, "n-1 and n-2 are ADDI into the call windows");
  cr_expect_eq(count(f, OP_CALL), 2);
  cr_expect_eq(count(f, OP_LOADI), 0);
  cr_expect_leq(f->ncode, 8);
  /* the sum goes straight to the result register */
  int add = first(f, OP_ADD);
  cr_assert_geq(add, 0);
  cr_expect_eq(f->code[add].a, 0);
  cr_expect_eq(f->code[add + 1].op, OP_RET);
  mod_free(m);
}

Test(codegen_shape, counted_loop_uses_fused_backward_branch) {
  Module *m = compile(
      "package main\n"
      "func sum(n int) int {\n"
      "\ts := 0\n"
      "\tfor i := 0; i < n; i++ {\n"
      "\t\ts += i\n"
      "\t}\n"
      "\treturn s\n"
      "}\n"
      "func main() { println(sum(10)) }\n");
  const FuncInfo *f = func(m, "main.sum");
  int j = first(f, OP_JLT);
  cr_assert_geq(j, 0, "i < n must be a fused JLT");
  cr_expect_lt(INSTR_SC(f->code[j]), 0, "the test is at the bottom: a backward branch");
  cr_expect_eq(count(f, OP_INCR), 1, "i++ is INCR");
  cr_expect_eq(count(f, OP_JT) + count(f, OP_JF) + count(f, OP_LT), 0, "no materialised bool");
  cr_expect_eq(count(f, OP_ADD), 1, "s += i is one ADD in place");
  int add = first(f, OP_ADD);
  cr_expect_eq(f->code[add].a, f->code[add].b);
  /* body: ADD, INCR, JLT — three instructions per iteration */
  cr_expect_eq(f->code[add + 1].op, OP_INCR);
  cr_expect_eq(f->code[add + 2].op, OP_JLT);
  mod_free(m);
}

Test(codegen_shape, assignment_targets_the_variable) {
  Module *m = compile(
      "package main\n"
      "func f(a, b int) int {\n"
      "\tx := 0\n"
      "\tx = a + b\n"
      "\tx = x * 3\n"
      "\treturn x\n"
      "}\n"
      "func main() { println(f(1, 2)) }\n");
  const FuncInfo *f = func(m, "main.f");
  int add = first(f, OP_ADD);
  cr_assert_geq(add, 0);
  cr_expect_eq(f->code[add].b, 0);
  cr_expect_eq(f->code[add].c, 1);
  int mul = first(f, OP_MULI);
  cr_assert_geq(mul, 0, "x * 3 uses the immediate form");
  cr_expect_eq(f->code[mul].a, f->code[add].a, "x = x * 3 writes x in place");
  cr_expect_eq(count(f, OP_MOV), 1, "only return x moves");
  mod_free(m);
}

Test(codegen_shape, swap_is_three_moves) {
  Module *m = compile(
      "package main\n"
      "func main() {\n"
      "\ta, b := 1, 2\n"
      "\ta, b = b, a\n"
      "\tprintln(a, b)\n"
      "}\n");
  const FuncInfo *f = func(m, "main.main");
  cr_expect_eq(count(f, OP_MOV), 3);
  mod_free(m);
}

Test(codegen_shape, short_circuit_conditions_are_jumps) {
  Module *m = compile(
      "package main\n"
      "func f(a, b, c int) int {\n"
      "\tif a < b && (b < c || !(a == c)) {\n"
      "\t\treturn 1\n"
      "\t}\n"
      "\treturn 0\n"
      "}\n"
      "func main() { println(f(1, 2, 3)) }\n");
  const FuncInfo *f = func(m, "main.f");
  cr_expect_eq(count(f, OP_LT) + count(f, OP_EQ) + count(f, OP_NOT), 0);
  cr_expect_eq(count(f, OP_JT) + count(f, OP_JF), 0);
  cr_expect_eq(count(f, OP_JLE) + count(f, OP_JLT) + count(f, OP_JEQ) + count(f, OP_JNE), 3);
  mod_free(m);
}

Test(codegen_shape, narrow_types_are_normalised) {
  Module *m = compile(
      "package main\n"
      "func f(a, b int8, u uint16, x float32) (int8, uint16, float32) {\n"
      "\treturn a * b, u + 1, x * x\n"
      "}\n"
      "func main() { println(f(100, 3, 65535, 1.5)) }\n");
  const FuncInfo *f = func(m, "main.f");
  cr_expect_eq(count(f, OP_SEXT8), 1);
  cr_expect_eq(count(f, OP_ZEXT16), 1);
  cr_expect_eq(count(f, OP_F32), 1);
  mod_free(m);
}

Test(codegen_shape, shifts) {
  Module *m = compile(
      "package main\n"
      "func f(x int, s int, u uint) (int, int, int) {\n"
      "\treturn x << s, x >> u, x << 3\n"
      "}\n"
      "func main() { println(f(1, 2, 3)) }\n");
  const FuncInfo *f = func(m, "main.f");
  cr_expect_eq(count(f, OP_CHKSHIFT), 1, "only the signed count is checked");
  cr_expect_eq(count(f, OP_SHLI), 1);
  cr_expect_eq(count(f, OP_SHR), 1);
  mod_free(m);
}

Test(codegen_shape, fmt_arguments_become_interfaces) {
  Module *m = compile(
      "package main\n"
      "import \"fmt\"\n"
      "func main() {\n"
      "\tx := 3\n"
      "\tfmt.Println(x, \"a\", 2.5)\n"
      "}\n");
  const FuncInfo *f = func(m, "main.main");
  cr_expect_eq(count(f, OP_MKIFACE), 2);
  cr_expect_eq(count(f, OP_MKIFACES), 1);   /* MKIFACEB naming its alloc site */
  cr_expect_eq(count(f, OP_FRAMESLICE), 1);
  int call = first(f, OP_CALLN);
  cr_assert_geq(call, 0);
  cr_expect_str_eq(rt_natives[INSTR_BX(f->code[call])].name, "Println");
  int fs = first(f, OP_FRAMESLICE);
  cr_expect_eq(f->code[fs].a, f->code[call].a, "the slice is the first argument");
  cr_expect_eq(f->code[fs].c, 3);
  cr_expect(ptr_word(f, f->code[fs].a));
  cr_expect(ptr_word(f, f->code[fs].b) && ptr_word(f, f->code[fs].b + 1));
  bool has_int = false, has_string = false, has_float = false;
  for (int i = 0; i < m->nrtypes; i++) {
    has_int |= strcmp(m->rtypes[i]->str, "int") == 0 && m->rtypes[i]->kind == RK_INT;
    has_string |= strcmp(m->rtypes[i]->str, "string") == 0 && m->rtypes[i]->nwords == 2;
    has_float |= strcmp(m->rtypes[i]->str, "float64") == 0;
  }
  cr_expect(has_int && has_string && has_float, "one RType per dynamic type");
  mod_free(m);
}

Test(codegen_shape, named_type_rtype) {
  Module *m = compile(
      "package main\n"
      "import \"fmt\"\n"
      "type Celsius float64\n"
      "func main() {\n"
      "\tvar c Celsius = 36.6\n"
      "\tfmt.Printf(\"%T %v\\n\", c, c)\n"
      "}\n");
  cr_assert_eq(m->nrtypes, 1, "the same type twice is one RType");
  cr_expect_str_eq(m->rtypes[0]->str, "main.Celsius");
  cr_expect(m->rtypes[0]->named);
  cr_expect_eq(m->rtypes[0]->kind, RK_FLOAT64);
  mod_free(m);
}

Test(codegen_shape, constants) {
  Module *m = compile(
      "package main\n"
      "func main() {\n"
      "\ta := 7\n"
      "\tb := 1 << 40\n"
      "\ts := \"hello\"\n"
      "\tt := \"hello\"\n"
      "\tprintln(a, b, s, t)\n"
      "}\n");
  const FuncInfo *f = func(m, "main.main");
  cr_expect_eq(count(f, OP_LOADI), 1);
  int k = first(f, OP_LOADK);
  cr_assert_geq(k, 0);
  cr_expect_eq(m->consts[INSTR_BX(f->code[k])].i, (int64_t)1 << 40);
  cr_expect_eq(count(f, OP_LOADK2), 2);
  int s = first(f, OP_LOADK2);
  uint32_t ks = INSTR_BX(f->code[s]);
  cr_expect_eq(m->consts[ks + 1].i, 5);
  cr_expect(memcmp(m->consts[ks].cp, "hello", 5) == 0);
  cr_expect((const char *)m->consts[ks].cp >= m->strdata &&
            (const char *)m->consts[ks].cp < m->strdata + m->strdata_len,
            "string constants point into strdata");
  int s2 = first(f, OP_LOADK2) + 1;
  while (f->code[s2].op != OP_LOADK2) s2++;
  cr_expect_eq(INSTR_BX(f->code[s2]), ks, "equal strings share a pool entry");
  mod_free(m);
}

Test(codegen_shape, frame_layout_and_pointer_map) {
  Module *m = compile(
      "package main\n"
      "func f(s string, n int) (r string, k int) {\n"
      "\tr = s\n"
      "\tk = n\n"
      "\treturn\n"
      "}\n"
      "func main() { println(f(\"x\", 1)) }\n");
  const FuncInfo *f = func(m, "main.f");
  cr_expect_eq(f->param_words, 3);
  cr_expect_eq(f->result_words, 3);
  cr_expect(ptr_word(f, 0), "the string pointer word");
  cr_expect(!ptr_word(f, 1) && !ptr_word(f, 2));
  cr_expect(ptr_word(f, 3), "the named result r lives above the parameters");
  /* bare return copies the named results down */
  cr_expect_eq(f->code[f->ncode - 1].op, OP_RET);
  cr_expect_eq(count(f, OP_ZERO), 0, "CALL already zeroes the frame");
  mod_free(m);
}

Test(codegen_shape, lines_and_names) {
  Module *m = compile(
      "package main\n"
      "\n"
      "func div(a, b int) int {\n"
      "\treturn a /\n"
      "\t\tb\n"
      "}\n"
      "func main() { println(div(1, 1)) }\n");
  const FuncInfo *f = func(m, "main.div");
  cr_expect_eq(f->decl_line, 3);
  int d = first(f, OP_DIV);
  cr_assert_geq(d, 0);
  cr_expect_eq(f->lines[d], 4, "the operator's line");
  cr_expect_str_eq(m->funcs[m->main_func].name, "main.main");
  cr_expect_eq(m->init_func, -1, "nothing to initialise");
  mod_free(m);
}

Test(codegen_shape, package_init_in_dependency_order) {
  Module *m = compile(
      "package main\n"
      "var a = b + 1\n"
      "var b = f()\n"
      "var c, d = g()\n"
      "func f() int { return d * 10 }\n"
      "func g() (int, int) { return 1, 2 }\n"
      "func init() { a++ }\n"
      "func main() { println(a, b, c, d) }\n");
  cr_assert_geq(m->init_func, 0);
  const FuncInfo *init = &m->funcs[m->init_func];
  cr_expect_str_eq(init->name, "main.init");
  /* g (for c, d) first, as f reads d; then b; then a; then init.0 */
  int calls[4], n = 0;
  for (int i = 0; i < init->ncode && n < 4; i++)
    if (init->code[i].op == OP_CALL) calls[n++] = (int)INSTR_BX(init->code[i]);
  cr_assert_eq(n, 3);
  cr_expect_str_eq(m->funcs[calls[0]].name, "main.g");
  cr_expect_str_eq(m->funcs[calls[1]].name, "main.f");
  cr_expect_str_eq(m->funcs[calls[2]].name, "main.init.0");
  cr_expect_eq(m->global_words, 4);
  mod_free(m);
}

Test(codegen_shape, os_args_is_a_native_variable) {
  Module *m = compile(
      "package main\n"
      "import \"os\"\n"
      "func main() {\n"
      "\tfor i, a := range os.Args {\n"
      "\t\tprintln(i, a)\n"
      "\t}\n"
      "}\n");
  cr_assert_eq(m->nnative_vars, 1);
  cr_expect_str_eq(rt_vars[m->native_vars[0].var_index].name, "Args");
  int g = m->native_vars[0].global_word;
  cr_expect((m->global_ptrmap[g / 8] >> (g % 8)) & 1, "the slice's pointer word");
  const FuncInfo *f = func(m, "main.main");
  cr_expect_eq(count(f, OP_SLLOAD), 1);
  cr_expect_eq(count(f, OP_GETG), 1, "the range expression is evaluated once");
  mod_free(m);
}

Test(codegen_shape, switch_cases_are_fused_branches) {
  Module *m = compile(
      "package main\n"
      "func f(x int) int {\n"
      "\tswitch x {\n"
      "\tcase 1, 2:\n"
      "\t\treturn 10\n"
      "\tcase 3:\n"
      "\t\tfallthrough\n"
      "\tdefault:\n"
      "\t\treturn 20\n"
      "\t}\n"
      "}\n"
      "func main() { println(f(3)) }\n");
  const FuncInfo *f = func(m, "main.f");
  cr_expect_eq(count(f, OP_JEQI), 3);
  cr_expect_eq(count(f, OP_EQ), 0);
  mod_free(m);
}

Test(codegen_shape, loop_constants_are_loaded_once) {
  Module *m = compile(
      "package main\n"
      "func steps(n int) int {\n"
      "\tc := 0\n"
      "\tfor n != 1 {\n"
      "\t\tif n%2 == 0 {\n"
      "\t\t\tn /= 2\n"
      "\t\t\tc ^= 70000\n"
      "\t\t} else {\n"
      "\t\t\tn = 3*n + 1\n"
      "\t\t\tc ^= 70000\n"
      "\t\t}\n"
      "\t\tc++\n"
      "\t}\n"
      "\tfor i := 0; i < 100000; i++ {\n"
      "\t\tc += i\n"
      "\t}\n"
      "\treturn c\n"
      "}\n"
      "func main() { println(steps(27)) }\n");
  const FuncInfo *f = func(m, "main.steps");
  int loop1 = first(f, OP_JMP);
  cr_assert_geq(loop1, 0);
  /* the two 70000s (too wide for an immediate) share one register loaded
  ** before the loop */
  int loads = 0;
  for (int i = 0; i < f->ncode; i++)
    if (f->code[i].op == OP_LOADI && INSTR_SBX(f->code[i]) == 70000) {
      loads++;
      cr_expect_lt(i, loop1, "loaded before the loop is entered");
    }
  cr_expect_eq(loads, 1);
  /* n%2 and n/2 divide by a constant: no register, a magic multiplier */
  int rem = first(f, OP_REMK), div = first(f, OP_DIVK);
  cr_assert(rem >= 0 && div >= 0);
  cr_expect_eq(f->code[rem + 1].a, f->code[div + 1].a, "one constant-pool entry for the divisor");
  cr_expect_eq(first(f, OP_REM), -1);
  /* 100000 needs a register: loaded once, then i < bound is a JLT */
  int jlt = first(f, OP_JLT);
  cr_assert_geq(jlt, 0);
  int k = 0;
  for (int i = 0; i < f->ncode; i++)
    if (f->code[i].op == OP_LOADI && INSTR_SBX(f->code[i]) == 100000) k = i;
  cr_expect(k > 0 && k < jlt + INSTR_SC(f->code[jlt]) + 1, "bound loaded before the body");
  cr_expect_eq(f->code[jlt - 1].op, OP_INCR, "the loop test reloads nothing");
  mod_free(m);
}

Test(codegen_shape, if_continue_is_one_branch) {
  Module *m = compile(
      "package main\n"
      "func f(s string) int {\n"
      "\tn := 0\n"
      "\tfor i := 0; i < len(s); i++ {\n"
      "\t\tif s[i] == ' ' {\n"
      "\t\t\tcontinue\n"
      "\t\t}\n"
      "\t\tif s[i] == '.' {\n"
      "\t\t\tbreak\n"
      "\t\t}\n"
      "\t\tn++\n"
      "\t}\n"
      "\treturn n\n"
      "}\n"
      "func main() { println(f(\"a b.c\")) }\n");
  const FuncInfo *f = func(m, "main.f");
  cr_expect_eq(count(f, OP_JMP), 1, "only the jump into the loop test");
  cr_expect_eq(count(f, OP_JEQI), 2);
  mod_free(m);
}

Test(codegen_run, far_branches) {
  /* a loop body beyond the reach of 16-bit branch offsets */
  size_t cap = 1 << 20, n = 0;
  char *src = malloc(cap);
  n += (size_t)snprintf(src + n, cap - n,
                        "package main\nfunc main() {\n\tx := 0\n\tfor i := 0; i < 3; i++ {\n");
  for (int k = 0; k < 9000; k++)
    n += (size_t)snprintf(src + n, cap - n, "\t\tx += i * %d\n\t\tif x > %d { x -= %d }\n",
                          k % 7 + 3, k, k % 5 + 1);
  n += (size_t)snprintf(src + n, cap - n,
                        "\t}\n\tif x > 5 && x < 1000000000 {\n\t\tprintln(\"big\", x)\n\t}\n}\n");
  Module *m = compile(src);
  const FuncInfo *f = func(m, "main.main");
  cr_expect_gt(f->ncode, 40000);
  mod_free(m);
  Out out;
  cr_expect_eq(run(src, &out), 0);
  cr_expect_str_eq(out.e, "big 107985\n");   /* checked with go run */
  free(src);
}

Test(codegen_shape, unsupported_constructs_are_errors_not_crashes) {
  char *e = compile_errors(
      "package main\n"
      "func main() {\n"
      "\tgo println()\n"
      "}\n");
  cr_expect_not_null(e);
  free(e);
}

/* }================================================================== */

/* {==================================================================
** Running
** =================================================================== */

Test(codegen_run, recursion_and_results) {
  expect_output(
      "package main\n"
      "import \"fmt\"\n"
      "func fib(n int) int {\n"
      "\tif n < 2 {\n"
      "\t\treturn n\n"
      "\t}\n"
      "\treturn fib(n-1) + fib(n-2)\n"
      "}\n"
      "func divmod(a, b int) (q, r int) {\n"
      "\tq = a / b\n"
      "\tr = a % b\n"
      "\treturn\n"
      "}\n"
      "func swap(a, b string) (string, string) { return b, a }\n"
      "func main() {\n"
      "\tfmt.Println(fib(20))\n"
      "\tq, r := divmod(17, 5)\n"
      "\tfmt.Println(q, r)\n"
      "\tfmt.Println(swap(\"x\", \"y\"))\n"
      "\tx, y := swap(swap(\"a\", \"b\"))\n"
      "\tfmt.Println(x + y)\n"
      "}\n",
      "6765\n3 2\ny x\nab\n");
}

Test(codegen_run, loops_labels_and_switch) {
  expect_output(
      "package main\n"
      "import \"fmt\"\n"
      "func main() {\n"
      "\tn := 0\n"
      "outer:\n"
      "\tfor i := 0; i < 5; i++ {\n"
      "\t\tfor j := 0; ; j++ {\n"
      "\t\t\tif j > i {\n"
      "\t\t\t\tcontinue outer\n"
      "\t\t\t}\n"
      "\t\t\tif i == 4 {\n"
      "\t\t\t\tbreak outer\n"
      "\t\t\t}\n"
      "\t\t\tn += j\n"
      "\t\t}\n"
      "\t}\n"
      "\tfmt.Println(n)\n"
      "\tfor k := 0; k < 4; k++ {\n"
      "\t\tswitch {\n"
      "\t\tcase k == 0:\n"
      "\t\t\tfmt.Print(\"zero \")\n"
      "\t\t\tfallthrough\n"
      "\t\tcase k == 1:\n"
      "\t\t\tfmt.Print(\"one \")\n"
      "\t\tdefault:\n"
      "\t\t\tfmt.Print(\"many \")\n"
      "\t\t\tif k == 3 {\n"
      "\t\t\t\tbreak\n"
      "\t\t\t}\n"
      "\t\t\tfmt.Print(\"! \")\n"
      "\t\t}\n"
      "\t}\n"
      "\tfmt.Println()\n"
      "\tswitch s := \"b\"; s {\n"
      "\tcase \"a\":\n"
      "\t\tfmt.Println(\"A\")\n"
      "\tcase \"b\", \"c\":\n"
      "\t\tfmt.Println(\"B or C\")\n"
      "\t}\n"
      "}\n",
      "10\nzero one one many ! many \nB or C\n");
}

Test(codegen_run, range_over_string) {
  expect_output(
      "package main\n"
      "import \"fmt\"\n"
      "func main() {\n"
      "\ts := \"aé😀\\xff\"\n"
      "\tfor i, r := range s {\n"
      "\t\tfmt.Print(i, \":\", r, \" \")\n"
      "\t\ts = \"\"\n"
      "\t}\n"
      "\tfmt.Println(len(s))\n"
      "\tn := 0\n"
      "\tfor range \"héllo\" {\n"
      "\t\tn++\n"
      "\t}\n"
      "\tvar i int\n"
      "\tvar r rune\n"
      "\tfor i, r = range \"xyz\" {\n"
      "\t}\n"
      "\tfmt.Println(n, i, string(r))\n"
      "}\n",
      "0:97 1:233 3:128512 7:65533 0\n5 2 z\n");
}

Test(codegen_run, integer_semantics) {
  expect_output(
      "package main\n"
      "import \"fmt\"\n"
      "func main() {\n"
      "\tvar a int8 = 127\n"
      "\ta++\n"
      "\tvar b uint8 = 0\n"
      "\tb--\n"
      "\tvar c int32 = -1 << 31\n"
      "\tc = -c\n"
      "\tvar d uint32 = 1\n"
      "\td = ^d\n"
      "\tx := -7\n"
      "\tfmt.Println(a, b, c, d, x/2, x%2, x>>1, uint64(x)>>60)\n"
      "\tf := 3.9\n"
      "\tfmt.Println(int(f), int8(-f), uint8(200+int(a)), float32(0.1), 1<<uint(b%8))\n"
      "\ts := 70\n"
      "\th := uint16(1)\n"
      "\tfmt.Println(1<<s, -1>>s, h<<15<<1)\n"
      "}\n",
      "-128 255 -2147483648 4294967294 -3 -1 -4 15\n3 -3 72 0.1 128\n0 -1 0\n");
}

Test(codegen_run, multiple_assignment_order) {
  expect_output(
      "package main\n"
      "import \"fmt\"\n"
      "var g = 1\n"
      "func bump() int { g++; return g }\n"
      "func main() {\n"
      "\ta, b, c := 1, 2, 3\n"
      "\ta, b, c = c, a, b\n"
      "\tfmt.Println(a, b, c)\n"
      "\tx, y := 0, 1\n"
      "\tfor i := 0; i < 10; i++ {\n"
      "\t\tx, y = y, x+y\n"
      "\t}\n"
      "\tfmt.Println(x, y)\n"
      "\tg, a = bump(), g\n"
      "\tfmt.Println(g, a)\n"
      "}\n",
      "3 1 2\n55 89\n2 2\n");
}

Test(codegen_run, package_variables) {
  expect_output(
      "package main\n"
      "import \"fmt\"\n"
      "var total int\n"
      "var name = prefix + \"!\"\n"
      "var prefix = \"hi\"\n"
      "func add(n int) { total += n }\n"
      "func init() { add(5) }\n"
      "func init() { add(6) }\n"
      "func main() {\n"
      "\tadd(1)\n"
      "\tfmt.Println(total, name)\n"
      "}\n",
      "12 hi!\n");
}

Test(codegen_run, strings) {
  expect_output(
      "package main\n"
      "import \"fmt\"\n"
      "func main() {\n"
      "\ts := \"hello, world\"\n"
      "\tt := s[7:]\n"
      "\tu := s[:5] + \"!\"\n"
      "\tfmt.Println(len(s), s[1], t, u, s[3:5], t < u, t == \"world\", u != \"\")\n"
      "\tr := \"\"\n"
      "\tfor i := len(s) - 1; i >= 0; i-- {\n"
      "\t\tr += string(s[i])\n"
      "\t}\n"
      "\tfmt.Printf(\"%q %x %v\\n\", r, s[0], s > r)\n"
      "}\n",
      "12 101 world hello! lo false true true\n\"dlrow ,olleh\" 68 true\n");
}

Test(codegen_run, os_args) {
  const char *argv[] = {"prog", "one", "two"};
  Out out;
  int st = run_args(
      "package main\n"
      "import (\n\t\"fmt\"\n\t\"os\"\n)\n"
      "func main() {\n"
      "\tfor i, a := range os.Args[1:] {\n"
      "\t\tfmt.Println(i, a)\n"
      "\t}\n"
      "\tif len(os.Args) > 2 {\n"
      "\t\tfmt.Println(os.Args[2])\n"
      "\t\tos.Exit(3)\n"
      "\t}\n"
      "}\n",
      &out, 3, argv);
  cr_expect_eq(st, 3);
  cr_expect_str_eq(out.o, "0 one\n1 two\ntwo\n");
}

Test(codegen_run, panics_carry_lines) {
  Out out;
  int st = run(
      "package main\n"
      "func div(a, b int) int {\n"
      "\treturn a / b\n"
      "}\n"
      "func main() {\n"
      "\tprintln(div(1, 0))\n"
      "}\n",
      &out);
  cr_expect_eq(st, 2);
  cr_expect(strstr(out.e, "panic: runtime error: integer divide by zero") != NULL, "%s", out.e);
  cr_expect(strstr(out.e, "main.div(") != NULL, "%s", out.e);
  cr_expect(strstr(out.e, "t.go:3") != NULL, "%s", out.e);
  cr_expect(strstr(out.e, "t.go:6") != NULL, "%s", out.e);

  st = run("package main\nfunc main() {\n\tpanic(\"boom\")\n}\n", &out);
  cr_expect_eq(st, 2);
  cr_expect(strncmp(out.e, "panic: boom", 11) == 0, "%s", out.e);
}

Test(codegen_run, print_builtins) {
  Out out;
  int st = run(
      "package main\n"
      "func two() (int, bool) { return 2, true }\n"
      "func main() {\n"
      "\tprintln(1, \"a\", true, 2.5)\n"
      "\tprint(\"x\", 3, \"\\n\")\n"
      "\tprintln(two())\n"
      "}\n",
      &out);
  cr_expect_eq(st, 0);
  cr_expect_str_eq(out.e, "1 a true +2.500000e+000\nx3\n2 true\n");
}

/* }================================================================== */

/* {==================================================================
** Function values, closures and methods (codegen_func.c)
** =================================================================== */

Test(codegen_funcs, declared_function_as_value_is_its_static_closure) {
  Module *m = compile("package main\nfunc sq(x int) int { return x * x }\n"
                      "func main() { f := sq; println(f(3)) }\n");
  const FuncInfo *mf = func(m, "main.main");
  cr_expect_eq(count(mf, OP_FUNCVAL), 1);
  cr_expect_eq(count(mf, OP_CALLF), 1);
  cr_expect_eq(count(mf, OP_NEW), 0, "a declared function needs no allocation");
  int k = INSTR_BX(mf->code[first(mf, OP_FUNCVAL)]);
  cr_expect_str_eq(m->funcs[k].name, "main.sq");
  cr_expect_eq(m->funcvals[k].u, (uint64_t)k, "word 0 of the static closure names the function");
  cr_expect_eq(func(m, "main.sq")->closure_reg, -1);
  mod_free(m);
}

Test(codegen_funcs, closure_objects_follow_escape_analysis) {
  Module *m = compile("package main\nvar keep func() int\n"
                      "func main() {\n x := 1\n f := func() int { x++; return x }\n f()\n"
                      " y := 2\n keep = func() int { y++; return y }\n println(x, keep())\n}\n");
  const FuncInfo *mf = func(m, "main.main");
  const FuncInfo *f1 = func(m, "main.main.func1"), *f2 = func(m, "main.main.func2");
  cr_expect_geq(count(mf, OP_FRAMEADDR), 2, "x and the first closure stay in the frame");
  cr_expect_geq(count(mf, OP_NEW), 2, "y and the escaping closure go to the heap");
  cr_assert_geq(f1->closure_reg, f1->param_words);
  cr_expect(ptr_word(f1, f1->closure_reg), "the closure register is a pointer word");
  cr_expect(ptr_word(f2, f2->closure_reg));
  int sites = 0;
  for (int i = 0; i < m->nsites; i++) {
    if (strcmp(m->sites[i].kind, "func literal") != 0) continue;
    sites++;
    cr_expect_str_eq(m->sites[i].decision, m->sites[i].line == 5 ? "stack" : "heap");
  }
  cr_expect_eq(sites, 2);
  mod_free(m);
}

Test(codegen_funcs, method_calls_are_direct_and_tables_sorted) {
  Module *m = compile("package main\ntype T struct{ n int }\n"
                      "func (t *T) Inc() { t.n++ }\nfunc (t T) Get() int { return t.n }\n"
                      "func (t T) A() int { return 0 }\n"
                      "func main() { var t T; t.Inc(); g := t.Get; println(g(), t.A()) }\n");
  const FuncInfo *mf = func(m, "main.main");
  cr_expect_eq(count(mf, OP_CALLF), 1, "only the method value goes through CALLF");
  cr_expect_eq(count(mf, OP_CALL), 2);
  cr_expect(func(m, "main.T.Get-fm")->wrapper);
  cr_expect_not(func(m, "main.(*T).Inc")->wrapper);
  const RType *rt = NULL;
  for (int i = 0; i < m->nrtypes; i++)
    if (m->rtypes[i]->str && strcmp(m->rtypes[i]->str, "main.T") == 0) rt = m->rtypes[i];
  cr_assert_not_null(rt);
  cr_assert_eq(rt->mcount, 3);
  const MethodInfo *mi = &m->methods[rt->mfirst];
  cr_expect_str_eq(mi[0].name, "A");
  cr_expect_str_eq(mi[1].name, "Get");
  cr_expect_str_eq(mi[2].name, "Inc");
  cr_expect(mi[2].ptr_recv);
  cr_expect_str_eq(m->funcs[mi[2].func].name, "main.(*T).Inc");
  mod_free(m);
}

Test(codegen_funcs, nil_func_call_panics_like_go) {
  Out out;
  int st = run("package main\nfunc main() { var f func(int) int; println(f == nil); f(1) }\n", &out);
  cr_expect_eq(st, 2);
  cr_expect(strstr(out.e, "panic: runtime error: invalid memory address or nil pointer dereference\n"
                          "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]") != NULL,
            "stderr: %s", out.e);
}

Test(codegen_funcs, wrapper_frames_are_elided_from_tracebacks) {
  Out out;
  int st = run("package main\ntype T []int\nfunc (t T) At(i int) int { return t[i] }\n"
               "func main() { f := T{1}.At; f(3) }\n", &out);
  cr_expect_eq(st, 2);
  cr_expect(strstr(out.e, "main.T.At(") != NULL, "stderr: %s", out.e);
  cr_expect(strstr(out.e, "-fm") == NULL, "stderr: %s", out.e);
}

/* }================================================================== */
