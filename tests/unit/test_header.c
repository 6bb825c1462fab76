/*
** test_header.c — the go command's load step (compiler/header.c) and how a
** failed compilation is presented (cmp_format_report, vm_error): every
** expected text below is what `go run` (Go 1.19, module mode) printed for
** the same file, byte for byte.
**
** Load errors: the first header error in go/parser's words, or "not a main
** package" and unknown imports (sorted by path, each once), with the file
** named without "./"; compile errors: "# command-line-arguments" first.
** Cases that tests/go cannot hold (gen_golden.sh records `go build`, which
** accepts non-main packages and words unknown imports in GOPATH mode) live
** here.
*/
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../compiler/compiler.h"
#include "../../include/libvm.h"
#include "../../vm/module.h"

/* cmp_compile's error text for [src] (NULL when it compiles). */
static char *report(const char *name, const char *src, size_t len) {
  char *errors = NULL;
  struct Module *m = cmp_compile(name, src, len, &errors);
  if (m) {
    mod_free(m);
    free(errors);
    return NULL;
  }
  cr_assert_not_null(errors);
  return errors;
}

static void expect_report(const char *src, const char *want) {
  char *got = report("./t.go", src, strlen(src));
  if (!want) {
    cr_expect_null(got, "compiles; got:\n%s", got ? got : "");
  } else {
    cr_assert_not_null(got, "must fail: %s", src);
    cr_expect_str_eq(got, want, "source:\n%s", src);
  }
  free(got);
}

/* {==================================================================
** Package clause
** =================================================================== */

Test(header, empty_file) {
  expect_report("", "t.go:1:1: expected 'package', found 'EOF'\n");
}

Test(header, eof_after_final_newline_is_on_the_last_line) {
  expect_report("// just a comment\n/* and another */\n",
                "t.go:2:19: expected 'package', found 'EOF'\n");
  expect_report("package\n", "t.go:1:9: expected 'IDENT', found 'EOF'\n");
  expect_report("package", "t.go:1:8: expected 'IDENT', found 'EOF'\n");
}

Test(header, missing_or_bad_package_clause) {
  expect_report("func main(){}\n", "t.go:1:1: expected 'package', found 'func'\n");
  expect_report("package 1\n\nfunc main() {}\n", "t.go:1:9: expected 'IDENT', found 1\n");
  expect_report("package func\n", "t.go:1:9: expected 'IDENT', found 'func'\n");
  expect_report("package \"main\"\n", "t.go:1:9: expected 'IDENT', found \"main\"\n");
  expect_report("package main import \"fmt\"\n", "t.go:1:14: expected ';', found 'import'\n");
}

Test(header, byte_order_mark_is_dropped_first) {
  expect_report("\xEF\xBB\xBF" "func main(){}\n", "t.go:1:1: expected 'package', found 'func'\n");
}

Test(header, reader_cuts_the_header) {
  /* go/build hands go/parser "package 9" and "package main " only */
  expect_report("package 9.5\n", "t.go:1:9: expected 'IDENT', found 9\n");
  expect_report("package main func main() {}\n",
                "# command-line-arguments\n"
                "./t.go:1:14: syntax error: unexpected func, expecting semicolon or newline\n");
  /* a stray byte after the header is the compiler's to report */
  expect_report("package main\n\xff\nfunc main(){}\n",
                "# command-line-arguments\n./t.go:2:1: invalid UTF-8 encoding\n");
  expect_report("package main\n\n@\nfunc main() {}\n",
                "# command-line-arguments\n./t.go:3:1: invalid character U+0040 '@'\n");
}

Test(header, not_a_main_package) {
  expect_report("package foo\n\nfunc main() { var x int = \"s\" }\n",
                "package command-line-arguments is not a main package\n");
  expect_report("package _\n\nfunc main() {}\n",
                "package command-line-arguments is not a main package\n");
}

Test(header, long_literal_is_not_shortened) {
  char src[400], want[400];
  char lit[202];
  memset(lit, 'a', 200);
  lit[200] = 0;
  snprintf(src, sizeof src, "package \"%s\"\n", lit);
  snprintf(want, sizeof want, "t.go:1:9: expected 'IDENT', found \"%s\"\n", lit);
  expect_report(src, want);
}

/* }================================================================== */

/* {==================================================================
** Imports
** =================================================================== */

Test(header, invalid_import_paths) {
  expect_report("package main\n\nimport \"a b\"\n\nfunc main() {}\n",
                "t.go:3:8: invalid import path: \"a b\"\n");
  expect_report("package main\n\nimport \"\"\n\nfunc main() {}\n",
                "t.go:3:8: invalid import path: \"\"\n");
  expect_report("package main\n\nimport \"fmt\\\\x\"\n\nfunc main() {}\n",
                "t.go:3:8: invalid import path: \"fmt\\\\x\"\n");
  expect_report("package main\n\nimport \"fmt\xC2\xA0x\"\n\nfunc main() {}\n",
                "t.go:3:8: invalid import path: \"fmt\xC2\xA0x\"\n");
  expect_report("package main\n\nimport 42\n\nfunc main() {}\n",
                "t.go:3:8: expected 'STRING', found 42\n");
  expect_report("package main\nimport 'f'\nfunc main(){}\n",
                "t.go:2:8: expected 'STRING', found 'f'\n");
}

Test(header, escapes_are_decoded_before_validation) {
  expect_report("package main\n\nimport \"\\x66mt\"\n\nfunc main() { fmt.Println(1) }\n", NULL);
}

Test(header, lexical_errors_in_go_scanner_words) {
  expect_report("package main\n\nimport \"fmt\n\nfunc main() {}\n",
                "t.go:3:8: string literal not terminated\n");
  expect_report("package main\nimport `fmt\n", "t.go:2:8: raw string literal not terminated\n");
  expect_report("package main\n\nimport \"\\q\"\n\nfunc main() {}\n",
                "t.go:3:10: unknown escape sequence\n");
  expect_report("package main\nimport \"\\xZZ\"\nfunc main(){}\n",
                "t.go:2:11: illegal character U+005A 'Z' in escape sequence\n");
  expect_report("package main\nimport \"\\777\"\nfunc main(){}\n",
                "t.go:2:10: escape sequence is invalid Unicode code point\n");
  expect_report("package main\n\nimport \"\\U00110000\"\n\nfunc main() {}\n",
                "t.go:3:10: escape sequence is invalid Unicode code point\n");
  expect_report("package main\n\nimport \"\\x4\n\nfunc main() {}\n",
                "t.go:3:8: string literal not terminated\n");
  expect_report("package 'ab'\n", "t.go:1:9: illegal rune literal\n");
  expect_report("package @main\n\nfunc main() {}\n", "t.go:1:9: illegal character U+0040 '@'\n");
  expect_report("#!/usr/bin/env go\npackage main\nfunc main(){}\n",
                "t.go:1:1: illegal character U+0023 '#'\n");
  expect_report("package main\nimport (\n\"fmt\" $\n)\nfunc main(){}\n",
                "t.go:3:7: illegal character U+0024 '$'\n");
  expect_report("package main\nimport \"fmt\" /* oops\nfunc main(){}\n",
                "t.go:2:14: comment not terminated\n");
}

Test(header, malformed_import_declarations) {
  expect_report("package main\n\nimport (\"fmt\" \"os\")\n\nfunc main() {}\n",
                "t.go:3:15: expected ';', found \"os\"\n");
  expect_report("package main\n\nimport (\"fmt\", \"os\")\n\nfunc main() {}\n",
                "t.go:3:14: expected ';', found ','\n");
  expect_report("package main\n\nimport (\n\t\"fmt\"\n", "t.go:4:8: expected ')', found 'EOF'\n");
  expect_report("package main\n\nimport (\n\t\"fmt\"\n\nfunc main() { fmt.Println() }\n",
                "t.go:6:1: expected 'STRING', found 'func'\n");
  expect_report("package main\n\nimport . 5\n\nfunc main() {}\n",
                "t.go:3:10: expected 'STRING', found 5\n");
}

Test(header, unknown_imports_sorted_by_path_each_once) {
  expect_report("package main\n\nimport \"nosuch\"\n\nfunc main() {}\n",
                "t.go:3:8: package nosuch is not in GOROOT (/usr/lib/go-1.19/src/nosuch)\n");
  expect_report("package main\n\nimport (\n\t\"zzz\"\n\t\"aaa\"\n\t\"fmt\"\n\t\"mmm/x\"\n\t\"zzz\"\n)\n\n"
                "func main() {}\n",
                "t.go:5:2: package aaa is not in GOROOT (/usr/lib/go-1.19/src/aaa)\n"
                "t.go:7:2: package mmm/x is not in GOROOT (/usr/lib/go-1.19/src/mmm/x)\n"
                "t.go:4:2: package zzz is not in GOROOT (/usr/lib/go-1.19/src/zzz)\n");
  /* the spec's position: its name when it has one */
  expect_report("package main\n\nimport f \"nosuch\"\n\nfunc main() {}\n",
                "t.go:3:8: package nosuch is not in GOROOT (/usr/lib/go-1.19/src/nosuch)\n");
}

Test(header, load_errors_hide_compile_errors) {
  expect_report("package main\n\nimport \"nosuch\"\n\nfunc main() { x := }\n",
                "t.go:3:8: package nosuch is not in GOROOT (/usr/lib/go-1.19/src/nosuch)\n");
  expect_report("package foo\n\nimport \"nosuch\"\n\nfunc main() {}\n",
                "package command-line-arguments is not a main package\n"
                "t.go:3:8: package nosuch is not in GOROOT (/usr/lib/go-1.19/src/nosuch)\n");
}

Test(header, std_packages) {
  cr_expect(hdr_std_package("fmt"));
  cr_expect(hdr_std_package("os"));
  cr_expect_not(hdr_std_package("nosuch"));
  cr_expect_not(hdr_std_package(""));
}

/* }================================================================== */

/* {==================================================================
** NUL bytes and names
** =================================================================== */

Test(header, nul_in_the_header_is_a_reading_error) {
  const char src[] = "package main\0\nfunc main() {}\n";
  char *errors = NULL;
  cr_assert_null(cmp_compile_file("sub/../x.go", "./x.go", src, sizeof src - 1, &errors));
  cr_expect_str_eq(errors, "go: reading sub/../x.go: unexpected NUL in input\n");
  free(errors);
}

Test(header, nul_after_the_header_is_the_compilers) {
  const char src[] = "package main\n\nfunc main() {\n\tprintln(\"a\0b\")\n}\n";
  char *got = report("./t.go", src, sizeof src - 1);
  cr_expect_str_eq(got, "# command-line-arguments\n./t.go:4:12: invalid NUL character\n");
  free(got);
}

Test(header, nul_anywhere_counts_after_a_reader_syntax_error) {
  const char src[] = "package = 1\nfunc main() { x := \"\0\" }\n";
  char *got = report("./t.go", src, sizeof src - 1);
  cr_expect_str_eq(got, "go: reading ./t.go: unexpected NUL in input\n");
  free(got);
}

Test(header, vm_error_is_what_go_run_prints) {
  vm_State *vm = vm_new(NULL);
  const char *src = "package main\n\nfunc main() { x := }\n";
  cr_expect_eq(vm_load_string(vm, "./t.go", src, strlen(src)), VM_ERR_COMPILE);
  cr_expect_str_eq(vm_error(vm),
                   "# command-line-arguments\n"
                   "./t.go:3:20: syntax error: unexpected }, expecting expression\n");
  cr_expect_eq(vm_exit_status(vm), 1);
  vm_free(vm);

  vm = vm_new(NULL);
  cr_expect_eq(vm_load_string(vm, "./t.go", "package", 7), VM_ERR_COMPILE);
  cr_expect_str_eq(vm_error(vm), "t.go:1:8: expected 'IDENT', found 'EOF'\n");
  cr_expect_eq(vm_exit_status(vm), 1);
  vm_free(vm);
}

Test(header, load_file_as_names_the_file_twice) {
  char path[] = "/tmp/vm_test_header_XXXXXX";
  int fd = mkstemp(path);
  cr_assert_geq(fd, 0);
  const char src[] = "package main\0";
  cr_assert_eq(write(fd, src, sizeof src - 1), (ssize_t)(sizeof src - 1));
  close(fd);
  vm_State *vm = vm_new(NULL);
  cr_expect_eq(vm_load_file_as(vm, path, "./shown.go"), VM_ERR_COMPILE);
  char want[128];
  snprintf(want, sizeof want, "go: reading %s: unexpected NUL in input\n", path);
  cr_expect_str_eq(vm_error(vm), want);
  vm_free(vm);
  unlink(path);
}

/* }================================================================== */
