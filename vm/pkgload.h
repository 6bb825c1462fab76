/*
** pkgload.h — the go command's view of a package directory (pkgload.c):
** which files of DIR make up the package `go run DIR` builds, in which
** order, and what the package is called.
*/
#ifndef VM_PKGLOAD_H
#define VM_PKGLOAD_H

#include <stdbool.h>

/* A package directory, as pl_scan_dir found it. Everything is malloc'd;
** pl_free releases it. */
typedef struct PkgDir {
  char **paths;   /* the package's files: DIR/NAME.go, sorted by NAME */
  char **shown;   /* how compile errors name them: SHOWN_DIR/NAME.go */
  int n;
  char *abs;      /* DIR as a clean absolute path */
  char *pkgpath;  /* the import path: the module path (go.mod) plus DIR's
                     place below the module root, or "_" + abs without a
                     go.mod (GOPATH mode's name for a directory) */
  char *error;    /* NULL, or what the go command prints when the directory
                     holds no package (ends with '\n') */
} PkgDir;

/* Lists [dir] as go/build's Import does for `go run DIR`: the *.go files
** whose names start with neither '.' nor '_', without *_test.go, whose
** _GOOS/_GOARCH name suffixes and build constraints (//go:build, else
** // +build lines, in the header before the package clause) hold for this
** machine, sorted by name. [shown_dir] is prefixed to each name in
** diagnostics. False only when memory is short. */
bool pl_scan_dir(PkgDir *p, const char *dir, const char *shown_dir);

void pl_free(PkgDir *p);

/* Whether the build-constraint expression [expr] (the text after
** "//go:build") holds for this machine; exposed for the unit tests. */
bool pl_constraint_holds(const char *expr);

#endif /* VM_PKGLOAD_H */
