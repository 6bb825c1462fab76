/*
** test_pkgload.c — the go command's view of a package directory
** (vm/pkgload.c): build-constraint expressions, and which files of a
** directory make up the package, in which order, under which name; and
** the public vm_load_files / vm_load_dir on top of it.
*/
#include <criterion/criterion.h>
#include <string.h>

#include "libvm.h"
#include "../../vm/pkgload.h"

Test(pkgload, constraint_expressions) {
  cr_expect(pl_constraint_holds(" linux"));
  cr_expect(pl_constraint_holds(" linux && (amd64 || arm64 || 386 || riscv64 || ppc64le || s390x)"));
  cr_expect(pl_constraint_holds(" !windows"));
  cr_expect(pl_constraint_holds(" go1.19 && go1.1 && gc && unix"));
  cr_expect(!pl_constraint_holds(" go1.20"));
  cr_expect(!pl_constraint_holds(" ignore"));
  cr_expect(!pl_constraint_holds(" cgo"));
  cr_expect(!pl_constraint_holds(" !linux || windows"));
  cr_expect(!pl_constraint_holds(" linux &&"), "malformed: never holds");
  cr_expect(!pl_constraint_holds(" (linux"), "malformed: never holds");
  cr_expect(!pl_constraint_holds(" linux darwin"), "malformed: never holds");
}

Test(pkgload, deep_nesting_is_rejected_not_recursed) {
  char expr[4096];
  size_t n = 0;
  for (int i = 0; i < 1500; i++) expr[n++] = '(';
  strcpy(expr + n, "linux");
  cr_expect(!pl_constraint_holds(expr));
  memset(expr, '!', 3000);
  strcpy(expr + 3000, "linux");
  cr_expect(!pl_constraint_holds(expr));
}

Test(pkgload, scan_keeps_the_package_files_in_name_order) {
  PkgDir p;
  cr_assert(pl_scan_dir(&p, VM_SOURCE_DIR "/tests/go/multi_ignored", "."));
  cr_assert_null(p.error);
  /* not: main_test.go, gen.go (//go:build ignore), old.go (+build ignore),
  ** which_windows.go, arch_other.go, _skip.go, .hidden.go */
  cr_assert_eq(p.n, 3);
  cr_expect_str_eq(p.shown[0], "./arch.go");
  cr_expect_str_eq(p.shown[1], "./main.go");
  cr_expect_str_eq(p.shown[2], "./which_linux.go");
  cr_expect_str_eq(p.pkgpath, "multi_ignored", "the module path of its go.mod");
  cr_expect(strstr(p.paths[1], "/tests/go/multi_ignored/main.go") != NULL);
  pl_free(&p);
}

Test(pkgload, a_directory_without_go_files) {
  PkgDir p;
  cr_assert(pl_scan_dir(&p, VM_SOURCE_DIR "/tests/unit", "unit"));
  cr_assert_not_null(p.error);
  cr_expect(strncmp(p.error, "no Go files in /", 16) == 0, "got %s", p.error);
  cr_expect_eq(p.n, 0);
  pl_free(&p);
}

static char out[4096];
static size_t nout;
static void capture(void *ud, int stream, const char *data, size_t len) {
  (void)ud;
  (void)stream;
  if (nout + len < sizeof out) {
    memcpy(out + nout, data, len);
    nout += len;
    out[nout] = 0;
  }
}

Test(pkgload, load_dir_runs_the_package) {
  vm_Config cfg;
  vm_config_init(&cfg);
  cfg.write = capture;
  nout = 0;
  vm_State *vm = vm_new(&cfg);
  cr_assert_eq(vm_load_dir(vm, VM_SOURCE_DIR "/tests/go/multi_methods", "."), VM_OK, "%s", vm_error(vm));
  cr_assert_eq(vm_run_main(vm), VM_OK);
  cr_expect(strstr(out, "total 28.142\n") != NULL, "got %s", out);
  vm_free(vm);
}

Test(pkgload, load_files_reports_each_file_by_its_name) {
  vm_State *vm = vm_new(NULL);
  const char *paths[] = {VM_SOURCE_DIR "/tests/go/multi_errors/b.go",
                         VM_SOURCE_DIR "/tests/go/multi_errors/a.go"};
  const char *shown[] = {"./b.go", "./a.go"};
  cr_assert_eq(vm_load_files(vm, 2, paths, shown), VM_ERR_COMPILE);
  /* files in the order given: b.go's errors first */
  cr_expect(strncmp(vm_error(vm), "# command-line-arguments\n./b.go:3:8: imported and not used: \"os\"\n", 65) == 0,
            "got %s", vm_error(vm));
  cr_expect(strstr(vm_error(vm), "\n./a.go:6:2: x declared but not used\n") != NULL);
  cr_expect_eq(vm_load_files(vm, 0, paths, shown), VM_ERR_USAGE);
  vm_free(vm);
}
