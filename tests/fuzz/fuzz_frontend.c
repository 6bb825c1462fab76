/*
** fuzz_frontend.c — libFuzzer entry point for the compiler's front half.
**
** Each input is one Go source file. By default it goes through the whole
** pipeline (cmp_compile: parse, check, codegen) and everything is freed;
** built with -DVM_FUZZ_PARSER_ONLY it is only scanned and parsed, which is
** what to fuzz while the later phases are in flux. Either way the invariant
** under test is the project's: no input crashes, hangs, leaks or overflows
** the stack; malformed input only produces diagnostics.
*/
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "compiler/compiler.h"
#include "vm/module.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
#ifdef VM_FUZZ_PARSER_ONLY
  Comp c;
  cmp_init(&c, "fuzz.go", (const char *)data, size);
  File *f = parse_file(&c);
  if (f != NULL) {
    /* the printers walk the whole tree */
    char *d = ast_dump_file(f);
    free(d);
  }
  free(cmp_format_errors(&c));
  cmp_free(&c);
#else
  char *errors = NULL;
  Module *m = cmp_compile("fuzz.go", (const char *)data, size, &errors);
  if (m != NULL) mod_free(m);
  free(errors);
#endif
  return 0;
}
