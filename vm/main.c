/*
** main.c — the `vm` command, a thin client of libvm (include/libvm.h only):
**
**   vm [flags] FILE.go [arguments...]    run the program, like `go run`
**   vm [flags] A.go B.go ... [arguments...]   a package of several files
**   vm [flags] DIR [arguments...]        the package in DIR (`go run .`)
**   vm [flags] run FILE.go [arguments...]
**   vm [flags] disasm FILE.go|DIR        list the bytecode
**   vm -version | -h | -help
**   vm -m[=2] FILE.go                    print escape decisions, then run
**   vm -allocprof FILE.go                run, then print the allocation
**                                        profile (per alloc site) to stderr
**   vm -gctrace FILE.go                  one line per GC cycle on stderr
**   vm -gcsummary FILE.go                GC totals and peaks at exit
**   vm -gcstress[=N] FILE.go             collect at every (N-th) allocation
**
** Flags are parsed as Go's flag package does: they stop at the first
** non-flag argument or after "--"; -name=value, -name value and --name
** forms; -h/-help print the usage and exit 0; a bad flag prints the error
** and the usage and exits 2.
**
** The command's own business is what the go command does with its
** arguments: the leading arguments ending in ".go" are the package's files
** (the rest are the program's), or else the first argument is a package
** directory; checking that each file exists and is not a directory ("stat
** FILE: no such file or directory", "FILE is a directory, should be a Go
** file", exit 1), that the files share a directory ("named files must all
** be in one directory; have a and b"), and naming files and directories as
** go names them in compile errors (relative to the current directory when
** that is shorter, "./x.go" for a file in it, "." for it). Everything about the file's contents is libvm's: after a
** failed load, vm_error() is exactly what `go run` prints, and is printed
** verbatim. os.Args[0] is the file path as given; the exit status is
** vm_exit_status(): the os.Exit code, 2 after a panic, 1 after errors.
*/
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "libvm.h"

static const char usage_text[] =
    "usage: vm [flags] FILE.go... [arguments...]\n"
    "       vm [flags] DIR [arguments...]\n"
    "       vm [flags] run FILE.go...|DIR [arguments...]\n"
    "       vm [flags] disasm FILE.go...|DIR\n"
    "flags:\n"
    "  -allocprof\n"
    "    \tat exit, print per allocation site the times it ran and the\n"
    "    \tbytes it placed on the stack and on the heap, to stderr\n"
    "  -gcstress[=N]\n"
    "    \tcollect fully at the safepoint after every (N-th) allocation\n"
    "  -gcsummary\n"
    "    \tat exit, print the GC's cycles, longest pause, peak live heap and\n"
    "    \tpeak RSS to stderr\n"
    "  -gctrace\n"
    "    \tprint one line per GC cycle to stderr (as GODEBUG=gctrace=1)\n"
    "  -h, -help\n"
    "    \tprint this help\n"
    "  -m\tprint the escape-analysis decisions to stderr, as\n"
    "    \t`go build -gcflags='-m -l'` does, then run (-m=2: with reasons)\n"
    "  -noescape\n"
    "    \tallocate every value on the heap, ignoring escape analysis\n"
    "  -maxstack int\n"
    "    \tmaximum goroutine stack size in bytes (default 1000000000)\n"
    "  -stack int\n"
    "    \tinitial goroutine stack size in bytes (default 2048)\n"
    "  -stackmode string\n"
    "    \tcopy (default): grow stacks by copying; segmented: by chaining\n"
    "    \tsegments\n"
    "  -stats\n"
    "    \tat exit, print goroutine and stack counters to stderr\n"
    "  -version\n"
    "    \tprint the version and exit\n";

static void usage(void) { fputs(usage_text, stderr); }

static int flag_error(const char *fmt, const char *a, const char *b) {
  fprintf(stderr, fmt, a, b);
  fputc('\n', stderr);
  usage();
  return 2;
}

/* {==================================================================
** Flags
** =================================================================== */

typedef struct Options {
  vm_Config cfg;
  int version;
} Options;

/* A size flag: Go's strconv.ParseInt(s, 0, 64), positive. */
static int parse_size(const char *name, const char *val, size_t *out) {
  char *end;
  errno = 0;
  long long v = strtoll(val, &end, 0);
  if (*val == '\0' || *end != '\0')
    return flag_error("invalid value \"%s\" for flag -%s: parse error", val, name);
  if (errno == ERANGE || v <= 0)
    return flag_error("invalid value \"%s\" for flag -%s: value out of range", val, name);
  *out = (size_t)v;
  return 0;
}

static int parse_bool(const char *name, const char *val, int *out) {
  if (!val || !strcmp(val, "1") || !strcmp(val, "t") || !strcmp(val, "T") ||
      !strcmp(val, "true") || !strcmp(val, "TRUE") || !strcmp(val, "True")) {
    *out = 1;
    return 0;
  }
  if (!strcmp(val, "0") || !strcmp(val, "f") || !strcmp(val, "F") ||
      !strcmp(val, "false") || !strcmp(val, "FALSE") || !strcmp(val, "False")) {
    *out = 0;
    return 0;
  }
  return flag_error("invalid boolean value \"%s\" for -%s: parse error", val, name);
}

/* Parses the flags in argv[1..]; sets *next to the first other argument.
** Returns -1 to go on, else the exit status. */
static int parse_flags(int argc, char **argv, Options *o, int *next) {
  int i = 1;
  for (; i < argc; i++) {
    char *a = argv[i];
    if (a[0] != '-' || a[1] == '\0') break;
    char *name = a + 1;
    if (*name == '-') {
      name++;
      if (*name == '\0') { /* "--" ends the flags */
        i++;
        break;
      }
    }
    if (*name == '-' || *name == '=')
      return flag_error("bad flag syntax: %s%s", a, "");
    char namebuf[64];
    const char *val = NULL;
    char *eq = strchr(name, '=');
    size_t nlen = eq ? (size_t)(eq - name) : strlen(name);
    if (nlen >= sizeof namebuf) nlen = sizeof namebuf - 1;
    memcpy(namebuf, name, nlen);
    namebuf[nlen] = '\0';
    if (eq) val = eq + 1;

    if (!strcmp(namebuf, "h") || !strcmp(namebuf, "help")) {
      usage();
      return 0;
    }
    if (!strcmp(namebuf, "m")) { /* -m, -m=N: gc's -m levels */
      char *end;
      long lv = val ? strtol(val, &end, 10) : 1;
      if (val && (*val == '\0' || *end != '\0' || lv < 0))
        return flag_error("invalid value \"%s\" for flag -%s: parse error", val, namebuf);
      o->cfg.escape_report = lv > 2 ? 2 : (int)lv;
      continue;
    }
    if (!strcmp(namebuf, "version")) {
      if (parse_bool(namebuf, val, &o->version)) return 2;
      continue;
    }
    if (!strcmp(namebuf, "noescape")) {
      if (parse_bool(namebuf, val, &o->cfg.noescape)) return 2;
      continue;
    }
    if (!strcmp(namebuf, "allocprof")) {
      if (parse_bool(namebuf, val, &o->cfg.allocprof)) return 2;
      continue;
    }
    if (!strcmp(namebuf, "stackmode")) {
      if (!val) {
        if (i + 1 >= argc) return flag_error("flag needs an argument: -%s%s", namebuf, "");
        val = argv[++i];
      }
      if (!strcmp(val, "copy")) o->cfg.stack_mode = VM_STACK_COPY;
      else if (!strcmp(val, "segmented")) o->cfg.stack_mode = VM_STACK_SEGMENTED;
      else return flag_error("invalid value \"%s\" for flag -stackmode: want copy or segmented", val, "");
      continue;
    }
    if (!strcmp(namebuf, "stats")) {
      if (parse_bool(namebuf, val, &o->cfg.stats)) return 2;
      continue;
    }
    if (!strcmp(namebuf, "gcsummary")) {
      if (parse_bool(namebuf, val, &o->cfg.gcsummary)) return 2;
      continue;
    }
    if (!strcmp(namebuf, "gctrace")) {
      if (parse_bool(namebuf, val, &o->cfg.gctrace)) return 2;
      continue;
    }
    if (!strcmp(namebuf, "gcstress")) { /* -gcstress, -gcstress=N */
      char *end;
      long n = val ? strtol(val, &end, 10) : 1;
      if (val && (*val == '\0' || *end != '\0' || n < 0 || n > 1000000000))
        return flag_error("invalid value \"%s\" for flag -%s: parse error", val, namebuf);
      o->cfg.gcstress = (int)n;
      continue;
    }
    size_t *size = !strcmp(namebuf, "stack") ? &o->cfg.stack_size
                 : !strcmp(namebuf, "maxstack") ? &o->cfg.max_stack : NULL;
    if (!size) return flag_error("flag provided but not defined: -%s%s", namebuf, "");
    if (!val) {
      if (i + 1 >= argc) return flag_error("flag needs an argument: -%s%s", namebuf, "");
      val = argv[++i];
    }
    if (parse_size(namebuf, val, size)) return 2;
  }
  *next = i;
  return -1;
}

/* }================================================================== */

/* {==================================================================
** File names as the go command shows them
** =================================================================== */

/* Lexically cleans an absolute path in place (filepath.Clean). */
static void clean_abs(char *p) {
  char *out = p, *s = p;
  while (*s) {
    while (*s == '/') s++;
    char *seg = s;
    while (*s && *s != '/') s++;
    size_t n = (size_t)(s - seg);
    if (n == 0 || (n == 1 && seg[0] == '.')) continue;
    if (n == 2 && seg[0] == '.' && seg[1] == '.') {
      while (out > p && *--out != '/') {}
      continue;
    }
    *out++ = '/';
    memmove(out, seg, n);
    out += n;
  }
  if (out == p) *out++ = '/';
  *out = '\0';
}

/* The current directory as Go's os.Getwd reports it: $PWD when it names
** the same directory (keeping the user's symlinks), else getcwd. */
static char *current_dir(void) {
  const char *pwd = getenv("PWD");
  struct stat a, b;
  if (pwd && pwd[0] == '/' && stat(pwd, &a) == 0 && stat(".", &b) == 0 &&
      a.st_dev == b.st_dev && a.st_ino == b.st_ino)
    return strdup(pwd);
  return getcwd(NULL, 0);
}

/* filepath.Rel(base, target) for clean absolute paths. */
static char *rel_path(const char *base, const char *target) {
  size_t i = 0, common = 0;
  /* the longest common prefix ending at a component boundary */
  for (;; i++) {
    bool bend = base[i] == '\0' || base[i] == '/';
    bool tend = target[i] == '\0' || target[i] == '/';
    if (bend && tend) common = i;
    if (base[i] != target[i] || base[i] == '\0') break;
  }
  if (!strcmp(base, "/")) common = 0;
  size_t ups = 0; /* components of base below the common prefix */
  for (const char *s = base + common; *s; s++)
    if (*s != '/' && (s == base || s[-1] == '/')) ups++;
  const char *rest = target + common;
  if (*rest == '/') rest++;
  if (!strcmp(target, "/")) rest = "";
  char *out = malloc(3 * ups + strlen(rest) + 2);
  if (!out) return NULL;
  out[0] = '\0';
  for (size_t k = 0; k < ups; k++) strcat(out, k + 1 < ups || *rest ? "../" : "..");
  strcat(out, rest);
  if (!out[0]) strcpy(out, ".");
  return out;
}

/* base.ShortPath: the path relative to the current directory when that is
** shorter. [abs] and [cwd] are clean absolute paths. */
static char *short_path(const char *cwd, const char *abs) {
  char *rel = rel_path(cwd, abs);
  if (rel && strlen(rel) < strlen(abs)) return rel;
  free(rel);
  return strdup(abs);
}

/* [path] made absolute and clean; NULL if memory is short. */
static char *abs_clean(const char *cwd, const char *path) {
  char *abs = malloc(strlen(cwd) + strlen(path) + 3);
  if (!abs) return NULL;
  if (path[0] == '/') strcpy(abs, path);
  else sprintf(abs, "%s/%s", cwd, path);
  clean_abs(abs);
  return abs;
}

/* The name of [path] in compile errors: ShortPath(dir) + "/" + base, so
** "./x.go" for a file in the current directory; with [is_dir], the
** directory's own ShortPath ("." for the current one). NULL if memory is
** short. */
static char *shown_name(const char *path, bool is_dir) {
  char *shown = NULL;
  char *cwd = current_dir();
  char *abs = NULL;
  if (cwd) {
    clean_abs(cwd);
    abs = abs_clean(cwd, path);
  }
  if (abs && is_dir) {
    shown = short_path(cwd, abs);
  } else if (abs) {
    char *slash = strrchr(abs, '/');
    const char *base = slash + 1;
    *slash = '\0';
    char *dir = short_path(cwd, abs[0] ? abs : "/");
    shown = dir ? malloc(strlen(dir) + strlen(base) + 2) : NULL;
    if (shown)
      sprintf(shown, "%s%s%s", dir, dir[strlen(dir) - 1] == '/' ? "" : "/", base);
    free(dir);
  }
  free(abs);
  free(cwd);
  return shown;
}

/* }================================================================== */

/* "stat x.go: no such file or directory": strerror in Go's lower case. */
static int os_error(const char *op, const char *path, int err) {
  char msg[128];
  snprintf(msg, sizeof msg, "%s", strerror(err));
  if (msg[0] >= 'A' && msg[0] <= 'Z') msg[0] = (char)(msg[0] - 'A' + 'a');
  fprintf(stderr, "%s %s: %s\n", op, path, msg);
  return 1;
}

static bool is_go_file(const char *arg) {
  size_t n = strlen(arg);
  return n >= 3 && strcmp(arg + n - 3, ".go") == 0;
}

/* filepath.Dir as the go command compares the named files' directories. */
static char *dir_of(const char *path) {
  const char *slash = strrchr(path, '/');
  if (!slash) return strdup(".");
  if (slash == path) return strdup("/");
  return strndup(path, (size_t)(slash - path));
}

/* Prints what a failed load printed and returns its exit status. */
static int load_status(vm_State *vm, vm_Result r) {
  if (r == VM_OK) return -1;
  fputs(vm_error(vm), stderr);
  int status = vm_exit_status(vm);
  return status != 0 ? status : 1;
}

/* Loads the [n] files [paths] as `go run` would; prints what it prints on
** failure. Returns -1 on success, else the exit status. */
static int load_files(vm_State *vm, int n, char **paths) {
  char *first_dir = dir_of(paths[0]);
  for (int i = 0; i < n; i++) {
    struct stat st;
    if (stat(paths[i], &st) != 0) {
      free(first_dir);
      return os_error("stat", paths[i], errno);
    }
    if (S_ISDIR(st.st_mode)) {
      free(first_dir);
      fprintf(stderr, "%s is a directory, should be a Go file\n", paths[i]);
      return 1;
    }
    char *d = dir_of(paths[i]);
    bool same = d && first_dir && strcmp(d, first_dir) == 0;
    if (!same && d && first_dir) {
      fprintf(stderr, "named files must all be in one directory; have %s and %s\n", first_dir, d);
      free(d);
      free(first_dir);
      return 1;
    }
    free(d);
  }
  free(first_dir);
  char **shown = calloc((size_t)n, sizeof *shown);
  if (!shown) return 2;
  for (int i = 0; i < n; i++) shown[i] = shown_name(paths[i], false);
  vm_Result r = vm_load_files(vm, n, (const char *const *)paths, (const char *const *)shown);
  for (int i = 0; i < n; i++) free(shown[i]);
  free(shown);
  return load_status(vm, r);
}

/* Loads the package in directory [dir] as `go run DIR` would. */
static int load_dir(vm_State *vm, const char *dir) {
  char *shown = shown_name(dir, true);
  vm_Result r = vm_load_dir(vm, dir, shown ? shown : dir);
  free(shown);
  return load_status(vm, r);
}

int main(int argc, char **argv) {
  Options o = {0};
  vm_config_init(&o.cfg);
  int i = 1, status = parse_flags(argc, argv, &o, &i);
  if (status >= 0) return status;
  if (o.version) {
    printf("vm version %s\n", VM_VERSION);
    return 0;
  }
  bool disasm = false;
  if (i < argc && !strcmp(argv[i], "run")) {
    i++;
  } else if (i < argc && !strcmp(argv[i], "disasm")) {
    disasm = true;
    i++;
  }
  if (i >= argc) {
    usage();
    return 2;
  }
  /* the package: the leading *.go arguments, or a directory */
  int nfiles = 0;
  while (i + nfiles < argc && is_go_file(argv[i + nfiles])) nfiles++;
  struct stat st;
  bool dir = nfiles == 0 && stat(argv[i], &st) == 0 && S_ISDIR(st.st_mode);
  if (nfiles == 0 && !dir) nfiles = 1; /* reported by load_files */
  if (disasm && i + (dir ? 1 : nfiles) < argc) {
    fputs("vm disasm: too many arguments\n", stderr);
    usage();
    return 2;
  }

  vm_State *vm = vm_new(&o.cfg);
  if (!vm) {
    fputs("fatal error: runtime: out of memory\n", stderr);
    return 2;
  }
  status = dir ? load_dir(vm, argv[i]) : load_files(vm, nfiles, argv + i);
  if (status < 0) {
    if (disasm) {
      vm_disasm(vm);
      status = 0;
    } else {
      /* os.Args: the first file (or the directory) as given, then the
      ** program's arguments */
      int skip = dir ? 0 : nfiles - 1;
      argv[i + skip] = argv[i];
      vm_set_args(vm, argc - i - skip, (const char *const *)(argv + i + skip));
      vm_run_main(vm);
      status = vm_exit_status(vm);
    }
  }
  vm_free(vm);
  return status;
}
