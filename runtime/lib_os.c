/*
** lib_os.c — package os beyond Exit and Args (stdlib.c): the environment.
** Getenv and LookupEnv read the process environment (the host's, as a Go
** binary would), copying the value onto the Go heap.
*/
#include <stdlib.h>
#include <string.h>

#include "lib.h"

/* The value of the variable named [key], or NULL. A key holding a NUL
** byte names no variable (Go's syscall.Getenv finds none either). */
static const char *lookup(GoString key) {
  if (key.len == 0 || memchr(key.ptr, 0, (size_t)key.len)) return NULL;
  char *k = malloc((size_t)key.len + 1);
  if (!k) return NULL;
  memcpy(k, key.ptr, (size_t)key.len);
  k[key.len] = 0;
  const char *v = getenv(k);
  free(k);
  return v;
}

static GoString value(VM *vm, const char *v) {
  return v ? lib_string_copy(vm, (const uint8_t *)v, (int64_t)strlen(v)) : (GoString){NULL, 0};
}

/* func Getenv(key string) string */
void rt_os_Getenv(VM *vm, Word *a) { lib_ret_str(a, value(vm, lookup(lib_str(a)))); }

/* func LookupEnv(key string) (string, bool) */
void rt_os_LookupEnv(VM *vm, Word *a) {
  const char *v = lookup(lib_str(a));
  lib_ret_str(a, value(vm, v));
  a[2].i = v != NULL;
}
