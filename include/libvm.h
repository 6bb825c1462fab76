/*
** libvm.h — the public embedding API of vm, a virtual machine for Go programs.
**
** A host creates a VM (vm_new), loads Go source into it (vm_load_file or
** vm_load_string), optionally sets the program's arguments (vm_set_args), runs
** `main` (vm_run_main) and reads back the outcome (vm_error, vm_exit_status).
** Every VM is independent: there is no global state, so a host may run many
** VMs, one per thread.
**
** Invariants the API keeps:
**  - No call aborts the host process or exits it: compile errors, Go panics,
**    os.Exit and resource limits all come back as a vm_Result, with the text a
**    Go toolchain would print available from vm_error().
**  - Strings passed in are copied; the host may free them after the call.
**  - Output of the program (fmt, print, panics) goes through vm_Config.write,
**    or to file descriptors 1 and 2 when no callback is set.
*/
#ifndef LIBVM_H
#define LIBVM_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(_WIN32)
#define VM_API __declspec(dllexport)
#else
#define VM_API __attribute__((visibility("default")))
#endif

#define VM_VERSION "0.1.0"

/* An opaque VM instance. */
typedef struct vm_State vm_State;

/* Outcome of a load or run. Values match the exit status `go run` gives. */
typedef enum vm_Result {
  VM_OK = 0,          /* success; the program ran to the end of main */
  VM_ERR_COMPILE = 1, /* malformed or ill-typed source; see vm_error() */
  VM_ERR_RUNTIME = 2, /* unrecovered panic or fatal error; see vm_error() */
  VM_EXIT = 3,        /* the program called os.Exit; see vm_exit_status() */
  VM_ERR_USAGE = 4,   /* the host misused the API (e.g. run before load) */
  VM_ERR_MEMORY = 5   /* a memory limit was reached */
} vm_Result;

/* Streams for vm_WriteFn. */
enum { VM_STDOUT = 1, VM_STDERR = 2 };

/* Receives everything the program writes. [stream] is VM_STDOUT or
** VM_STDERR; [data] is not NUL-terminated. */
typedef void (*vm_WriteFn)(void *userdata, int stream, const char *data,
                           size_t len);

enum { VM_STACK_COPY = 0, VM_STACK_SEGMENTED = 1 };

/* Settings for vm_new. Fill with vm_config_init, then change what you need. */
typedef struct vm_Config {
  vm_WriteFn write;         /* NULL: write to file descriptors 1 and 2 */
  void *userdata;           /* passed to write */
  size_t stack_size;        /* initial goroutine stack in bytes (2048) */
  size_t max_stack;         /* stack limit in bytes (1e9, as Go) */
  int escape_report;        /* 0: off; 1: when a program is loaded, write
                               its escape-analysis decisions to VM_STDERR
                               as `go build -gcflags=-m -l` prints them
                               (without its "# command-line-arguments"
                               line); 2: the same at -m=2 */
  int noescape;             /* nonzero: allocate every value on the heap,
                               ignoring escape analysis (the ablation that
                               shows what it saves; output is unchanged) */
  int allocprof;            /* nonzero: count every allocation site's
                               executions and the bytes it placed on the
                               stack and on the heap; vm_run_main writes the
                               table ("alloc profile:" then one line per
                               site that ran, most heap bytes first) to
                               VM_STDERR when the run ends, also after
                               os.Exit or a panic's report */
  int stack_mode;           /* VM_STACK_COPY (0, default): a stack that is
                               too small moves to one twice as large;
                               VM_STACK_SEGMENTED: a new segment is chained
                               instead and freed when its first frame
                               returns (never copies; the "hot split") */
  int stats;                /* nonzero: when the run ends, write to
                               VM_STDERR the goroutine and stack counters
                               (goroutines, switches, stack growths,
                               shrinks, bytes copied, pointers adjusted,
                               peak stack bytes) */
  int gctrace;              /* nonzero: one line per GC cycle on VM_STDERR,
                               as GODEBUG=gctrace=1 prints it (the
                               environment variable works too) */
  int gcstress;             /* > 0: a full collection at the safepoint after
                               every gcstress-th allocation (testing; the
                               environment's VM_GCSTRESS=N does the same) */
  int gcsummary;            /* nonzero: when the run ends, one line on
                               VM_STDERR: "gc summary: cycles=N forced=F
                               max_pause_ns=P total_pause_ns=T
                               peak_live=B peak_inuse=B maxrss=B" (peak
                               live: the most bytes found live by a mark;
                               maxrss: the process's peak resident set) */
} vm_Config;

/* Fills [cfg] with the defaults. */
VM_API void vm_config_init(vm_Config *cfg);

/* Creates a VM. [cfg] may be NULL for the defaults. Returns NULL only when
** memory is exhausted. */
VM_API vm_State *vm_new(const vm_Config *cfg);

/* Frees the VM and everything it owns. NULL is allowed. */
VM_API void vm_free(vm_State *vm);

/* Compiles the Go source file at [path] (a `package main` program). On
** failure (VM_ERR_COMPILE, vm_exit_status() 1) vm_error() holds exactly what
** `go run` prints on stderr for that file, with the file named [path]:
**  - errors that the go command finds itself before compiling (its load
**    step), alone and in its own words: the first error in the package
**    clause or the imports ("x.go:1:1: expected 'package', found 'EOF'",
**    "x.go:3:8: invalid import path: \"a b\""), or "package
**    command-line-arguments is not a main package" and/or one "x.go:3:8:
**    package foo is not in GOROOT (...)" line per unknown import, or "go:
**    reading x.go: unexpected NUL in input". Here the file's name loses a
**    leading "./", as the go command names it ("x.go", not "./x.go");
**  - otherwise compile errors: "# command-line-arguments", then one
**    `FILE:LINE:COL: message` line per diagnostic in gc's words and order;
**  - or, when the file cannot be read, "open PATH: <reason>".
** Every line ends with '\n'. */
VM_API vm_Result vm_load_file(vm_State *vm, const char *path);

/* Like vm_load_file, but diagnostics and tracebacks name the file [shown]:
** a host that mimics the go command passes the name it would print, e.g.
** "./x.go" for x.go in the current directory. Errors about reading the file
** ("go: reading PATH: ...") keep [path] as given. */
VM_API vm_Result vm_load_file_as(vm_State *vm, const char *path,
                                 const char *shown);

/* Compiles the [n] Go source files [paths] as one `package main`, as `go
** run a.go b.go` does: in the order given (init functions run file after
** file, package variables initialize in dependency order across files),
** one package scope, imports per file. [shown] (NULL, or n names, each
** NULL or a name) gives the names diagnostics and tracebacks use, as in
** vm_load_file_as. The files' package clauses must agree ("found packages
** main (a.go) and foo (b.go) in .") and name main. Errors otherwise as
** vm_load_file, after "# command-line-arguments"; the syntax errors of
** every file are reported. */
VM_API vm_Result vm_load_files(vm_State *vm, int n, const char *const *paths,
                               const char *const *shown);

/* Compiles the package in directory [dir] as `go run DIR` does: its *.go
** files except *_test.go and names starting with '.' or '_', less those
** that a _GOOS/_GOARCH name suffix or a build constraint (//go:build, or
** // +build lines) excludes on this machine, sorted by name. Diagnostics
** name each file [shown]/NAME.go ([shown] NULL: [dir]; a host mimicking
** the go command passes "." for the current directory, giving
** "./a.go:3:5: ..."), and tracebacks its absolute path. The package is
** named by the nearest go.mod above [dir] (module path plus the
** directory's place below it: "# example.com/m/cmd"), or "_" + the
** absolute directory without one (GOPATH mode's name). When [dir] holds no
** package, vm_error() is the go command's message ("no Go files in DIR",
** "go build PKG: no non-test Go files in DIR", "package PKG: build
** constraints exclude all Go files in DIR"), status 1; package clauses
** that differ give "found packages main (a.go) and foo (b.go) in DIR". */
VM_API vm_Result vm_load_dir(vm_State *vm, const char *dir, const char *shown);

/* Like vm_load_file, for source held in memory. [name] is the file name used
** in diagnostics and tracebacks; vm_error() after a failed load is again
** exactly what `go run` would print for that file. */
VM_API vm_Result vm_load_string(vm_State *vm, const char *name,
                                const char *src, size_t len);

/* Sets os.Args: argv[0] is the program name, the rest its arguments. */
VM_API vm_Result vm_set_args(vm_State *vm, int argc, const char *const *argv);

/* Runs the loaded program's main function to completion. */
VM_API vm_Result vm_run_main(vm_State *vm);

/* Prints the loaded program's bytecode, one function after another, through
** the write callback (stdout). */
VM_API vm_Result vm_disasm(vm_State *vm);

/* The text of the last error; "" when there was none. After a failed load it
** is what `go run` prints on stderr (see vm_load_file), for the host to show
** verbatim; after a run, the panic message and traceback that were also
** written to stderr. */
VM_API const char *vm_error(const vm_State *vm);

/* The exit status a `go run` of the program would have had: 0 after a normal
** return from main, the os.Exit argument, 1 on compile errors, 2 on panics. */
VM_API int vm_exit_status(const vm_State *vm);

#ifdef __cplusplus
}
#endif
#endif /* LIBVM_H */
