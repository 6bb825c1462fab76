/*
** test_api.c — the public API (vm/api.c) and the VM's output services:
** misuse returns VM_ERR_USAGE (never a crash), vm_free(NULL), defaults of
** vm_config_init, loading errors in Go's words, os.Args, and the write
** callback: stdout buffered and flushed before stderr, at 64 KB and at the
** end, so the host sees the streams in program order.
*/
#include <criterion/criterion.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../include/libvm.h"
#include "../../runtime/runtime.h"
#include "../../vm/vm.h"

/* Everything the program writes, in order, as "1:text" / "2:text" chunks. */
typedef struct Capture { char log[1 << 18]; size_t len; int calls; } Capture;

static void capture(void *ud, int stream, const char *data, size_t len) {
  Capture *c = ud;
  c->calls++;
  size_t room = sizeof c->log - c->len - 1;
  int n = snprintf(c->log + c->len, room, "%d:%.*s|", stream, (int)len, data);
  if (n > 0) c->len += (size_t)n < room ? (size_t)n : room;
}

static vm_State *new_captured(Capture *c) {
  vm_Config cfg;
  vm_config_init(&cfg);
  cfg.write = capture;
  cfg.userdata = c;
  memset(c, 0, sizeof *c);
  return vm_new(&cfg);
}

Test(api, config_defaults) {
  vm_Config cfg;
  memset(&cfg, 0xFF, sizeof cfg);
  vm_config_init(&cfg);
  cr_expect_null(cfg.write);
  cr_expect_null(cfg.userdata);
  cr_expect_eq(cfg.stack_size, 2048);
  cr_expect_eq(cfg.max_stack, 1000000000);
  vm_config_init(NULL); /* harmless */
  /* a zeroed config still gets working sizes */
  vm_Config zero = {0};
  vm_State *vm = vm_new(&zero);
  cr_assert_not_null(vm);
  cr_expect_eq(vm->cfg.stack_size, 2048);
  cr_expect_eq(vm->cfg.max_stack, 1000000000);
  vm_free(vm);
}

Test(api, null_vm_is_usage_error) {
  vm_free(NULL);
  cr_expect_eq(vm_load_file(NULL, "x.go"), VM_ERR_USAGE);
  cr_expect_eq(vm_load_string(NULL, "x.go", "", 0), VM_ERR_USAGE);
  cr_expect_eq(vm_set_args(NULL, 0, NULL), VM_ERR_USAGE);
  cr_expect_eq(vm_run_main(NULL), VM_ERR_USAGE);
  cr_expect_eq(vm_disasm(NULL), VM_ERR_USAGE);
  cr_expect_str_eq(vm_error(NULL), "");
  cr_expect_eq(vm_exit_status(NULL), 0);
}

Test(api, misuse_is_usage_error) {
  vm_State *vm = vm_new(NULL);
  cr_assert_not_null(vm);
  cr_expect_str_eq(vm_error(vm), "");
  cr_expect_eq(vm_run_main(vm), VM_ERR_USAGE, "run before load");
  cr_expect_neq(strlen(vm_error(vm)), 0, "says why");
  cr_expect_eq(vm_disasm(vm), VM_ERR_USAGE, "disasm before load");
  cr_expect_eq(vm_load_file(vm, NULL), VM_ERR_USAGE);
  cr_expect_eq(vm_load_string(vm, NULL, "", 0), VM_ERR_USAGE);
  cr_expect_eq(vm_load_string(vm, "x.go", NULL, 5), VM_ERR_USAGE);
  cr_expect_eq(vm_set_args(vm, -1, NULL), VM_ERR_USAGE);
  cr_expect_eq(vm_set_args(vm, 2, NULL), VM_ERR_USAGE);
  const char *with_null[] = {"a", NULL};
  cr_expect_eq(vm_set_args(vm, 2, with_null), VM_ERR_USAGE);
  vm_free(vm);
}

Test(api, missing_file_in_go_words) {
  vm_State *vm = vm_new(NULL);
  cr_expect_eq(vm_load_file(vm, "/no/such/dir/prog.go"), VM_ERR_COMPILE);
  cr_expect_str_eq(vm_error(vm), "open /no/such/dir/prog.go: no such file or directory\n");
  cr_expect_eq(vm_exit_status(vm), 1);
  vm_free(vm);
}

Test(api, compile_error_keeps_no_module) {
  vm_State *vm = vm_new(NULL);
  const char *src = "bad source\n";
  cr_expect_eq(vm_load_string(vm, "t.go", src, strlen(src)), VM_ERR_COMPILE);
  cr_expect_eq(strncmp(vm_error(vm), "t.go:1:1: ", 10), 0, "got %s", vm_error(vm));
  cr_expect_eq(vm_exit_status(vm), 1);
  cr_expect_eq(vm_run_main(vm), VM_ERR_USAGE, "nothing loaded");
  vm_free(vm);
}

Test(api, second_load_is_usage_error) {
  vm_State *vm = vm_new(NULL);
  const char *src = "package main\n\nfunc main() {}\n";
  cr_assert_eq(vm_load_string(vm, "t.go", src, strlen(src)), VM_OK, "%s", vm_error(vm));
  cr_expect_eq(vm_load_string(vm, "t.go", src, strlen(src)), VM_ERR_USAGE);
  vm_free(vm);
}

Test(api, args_are_copied) {
  vm_State *vm = vm_new(NULL);
  char a0[] = "prog", a1[] = "x";
  const char *argv[] = {a0, a1};
  cr_expect_eq(vm_set_args(vm, 2, argv), VM_OK);
  a0[0] = 'X';
  cr_expect_eq(vm->argc, 2);
  cr_expect_str_eq(vm->argv[0], "prog");
  cr_expect_eq(vm_set_args(vm, 0, NULL), VM_OK, "no arguments at all is allowed");
  cr_expect_eq(vm->argc, 0);
  vm_free(vm);
}

Test(api, os_args_from_the_vm) {
  vm_State *vm = vm_new(NULL);
  const char *argv[] = {"prog.go", "a", ""};
  vm_set_args(vm, 3, argv);
  Word slot[3];
  rt_os_Args(vm, slot);
  const GoString *s = slot[0].p;
  cr_assert_eq(slot[1].i, 3);
  cr_expect_eq(slot[2].i, 3);
  cr_expect(s[0].len == 7 && memcmp(s[0].ptr, "prog.go", 7) == 0);
  cr_expect(s[1].len == 1 && s[1].ptr[0] == 'a');
  cr_expect_eq(s[2].len, 0);
  vm_free(vm);
}

Test(api, stdout_is_buffered_until_stderr) {
  Capture c;
  vm_State *vm = new_captured(&c);
  vm_write(vm, VM_STDOUT, "a", 1);
  vm_write(vm, VM_STDOUT, "b", 1);
  cr_expect_eq(c.calls, 0, "stdout waits in the buffer");
  vm_write(vm, VM_STDERR, "E", 1);
  vm_write(vm, VM_STDOUT, "c", 1);
  vm_write(vm, VM_STDOUT, "", 0);
  vm_flush(vm);
  vm_flush(vm);
  cr_expect_str_eq(c.log, "1:ab|2:E|1:c|");
  vm_free(vm);
}

Test(api, large_output_is_flushed_in_order) {
  static Capture c;
  vm_State *vm = new_captured(&c);
  char chunk[1000];
  memset(chunk, 'x', sizeof chunk);
  for (int i = 0; i < 70; i++) vm_write(vm, VM_STDOUT, chunk, sizeof chunk);
  cr_expect_geq(c.calls, 1, "flushed past 64 KB");
  vm_free(vm); /* flushes the rest */
  size_t xs = 0;
  for (size_t i = 0; i < c.len; i++) xs += c.log[i] == 'x';
  cr_expect_eq(xs, 70000);
}

Test(api, fmt_natives_write_through_the_vm) {
  Capture c;
  vm_State *vm = new_captured(&c);
  static const RType t_int = {.kind = RK_INT, .size = 8, .nwords = 1, .str = "int"};
  GoIface ops[2] = {{&t_int, {.i = 42}}, {&t_int, {.i = -1}}};
  Word args[3] = {{.cp = ops}, {.i = 2}, {.i = 2}};
  rt_fmt_Println(vm, args);
  cr_expect_eq(args[0].i, 6, "n is the byte count");
  cr_expect_null(args[1].p, "err is nil");
  Word fargs[5] = {{.cp = "%03d|"}, {.i = 5}, {.cp = ops}, {.i = 1}, {.i = 1}};
  rt_fmt_Sprintf(vm, fargs);
  cr_expect_eq(fargs[1].i, 4);
  cr_expect_eq(memcmp(fargs[0].cp, "042|", 4), 0);
  Word pv[2] = {{.cp = "p"}, {.i = 1}};
  rt_print_value(vm, RP_STRING, pv);
  vm_flush(vm);
  cr_expect_str_eq(c.log, "1:42 -1\n|2:p|");
  vm_free(vm);
}

Test(api, print_builtin_formats) {
  Capture c;
  vm_State *vm = new_captured(&c);
  Word v;
  v.f = 1.5; rt_print_value(vm, RP_FLOAT, &v);
  v.f = -0.0; rt_print_value(vm, RP_FLOAT, &v);
  v.f = 1e300 * 1e300; rt_print_value(vm, RP_FLOAT, &v);
  v.f = 123456789.0; rt_print_value(vm, RP_FLOAT, &v);
  v.i = INT64_MIN; rt_print_value(vm, RP_INT, &v);
  v.u = UINT64_MAX; rt_print_value(vm, RP_UINT, &v);
  v.u = 0; rt_print_value(vm, RP_POINTER, &v);
  v.u = 0xc000010000; rt_print_value(vm, RP_POINTER, &v);
  v.u = 1; rt_print_value(vm, RP_BOOL, &v);
  rt_print_value(vm, RP_SPACE, NULL);
  Word cx[2] = {{.f = 1}, {.f = -2}};
  rt_print_value(vm, RP_COMPLEX, cx);
  Word sl[3] = {{.u = 0xc000010000}, {.i = 3}, {.i = 5}}, nilsl[3] = {{.u = 0}, {.i = 0}, {.i = 0}};
  rt_print_value(vm, RP_SLICE, sl);
  rt_print_value(vm, RP_SLICE, nilsl);
  Word ef[2] = {{.u = 0}, {.u = 0}}, ef2[2] = {{.u = 0x4a3b60}, {.u = 0xc00001c030}};
  rt_print_value(vm, RP_IFACE, ef);
  rt_print_value(vm, RP_IFACE, ef2);
  rt_print_value(vm, RP_NEWLINE, NULL);
  /* expectations from Go 1.19's print builtin; one write per value */
  cr_expect_str_eq(c.log, "2:+1.500000e+000|2:-0.000000e+000|2:+Inf|2:+1.234568e+008|"
                          "2:-9223372036854775808|2:18446744073709551615|2:0x0|"
                          "2:0xc000010000|2:true|2: |2:(+1.000000e+000-2.000000e+000i)|"
                          "2:[3/5]0xc000010000|2:[0/0]0x0|2:(0x0,0x0)|2:(0x4a3b60,0xc00001c030)|"
                          "2:\n|");
  vm_free(vm);
}

/* print's own float algorithm (repeated scaling, then +5e-7), not
** correct rounding: expectations from Go 1.19. */
Test(api, print_builtin_float_rounding) {
  struct { double v; const char *want; } cases[] = {
    {1e-300, "2:+1.000000e-300|"}, {5e-324, "2:+4.940656e-324|"},
    {0.1, "2:+1.000000e-001|"}, {(double)0.1f, "2:+1.000000e-001|"},
    {9.9999999, "2:+1.000000e+001|"}, {99999995.0, "2:+1.000000e+008|"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    Capture c;
    vm_State *vm = new_captured(&c);
    Word v = {.f = cases[i].v};
    rt_print_value(vm, RP_FLOAT, &v);
    cr_expect_str_eq(c.log, cases[i].want);
    vm_free(vm);
  }
}
