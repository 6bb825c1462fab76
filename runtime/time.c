/*
** time.c — package time: Sleep on the scheduler's timer heap (vm/sched.c).
**
** time.Duration is an int64 count of nanoseconds (stdlib.def declares the
** type and its unit constants). Sleep parks the calling goroutine until the
** monotonic clock has advanced by d; a non-positive d returns at once, as
** in Go.
*/
#include "runtime.h"
#include "../vm/sched.h"

/* func Sleep(d Duration) */
void rt_time_Sleep(VM *vm, Word *args) { sched_sleep(vm, args[0].i); }
