/*
** exec.h — running a loaded module: the entry the API calls.
**
** ex_run_main allocates the package variables, runs the package initialiser
** and then main.main on the main goroutine, inside the one protected call
** that owns the unwinding of panics and os.Exit. It returns the vm_Result and
** sets vm->exit_status (0, the os.Exit code, or 2 after a panic, whose
** message and traceback were written to stderr and kept as vm_error text).
*/
#ifndef EXEC_H
#define EXEC_H

#include "vm.h"

vm_Result ex_run_main(VM *vm);
/* Releases the interpreter state (stack, frames); safe to call twice. */
void ex_free(VM *vm);

#endif /* EXEC_H */
