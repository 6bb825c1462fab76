./sync_mutex_deadlock.go:9:6: mu escapes to heap:
./sync_mutex_deadlock.go:9:6:   flow: {heap} = &mu:
./sync_mutex_deadlock.go:9:6:     from mu (address-of) at ./sync_mutex_deadlock.go:10:4
./sync_mutex_deadlock.go:9:6:     from (*sync.Mutex).Lock(mu) (call parameter) at ./sync_mutex_deadlock.go:10:9
./sync_mutex_deadlock.go:9:6: mu escapes to heap:
./sync_mutex_deadlock.go:9:6:   flow: {heap} = &mu:
./sync_mutex_deadlock.go:9:6:     from mu (address-of) at ./sync_mutex_deadlock.go:12:4
./sync_mutex_deadlock.go:9:6:     from (*sync.Mutex).Lock(mu) (call parameter) at ./sync_mutex_deadlock.go:12:9
./sync_mutex_deadlock.go:11:14: "locked once" escapes to heap:
./sync_mutex_deadlock.go:11:14:   flow: {storage for ... argument} = &{storage for "locked once"}:
./sync_mutex_deadlock.go:11:14:     from "locked once" (spill) at ./sync_mutex_deadlock.go:11:14
./sync_mutex_deadlock.go:11:14:     from ... argument (slice-literal-element) at ./sync_mutex_deadlock.go:11:13
./sync_mutex_deadlock.go:11:14:   flow: {heap} = {storage for ... argument}:
./sync_mutex_deadlock.go:11:14:     from ... argument (spill) at ./sync_mutex_deadlock.go:11:13
./sync_mutex_deadlock.go:11:14:     from fmt.Println(... argument...) (call parameter) at ./sync_mutex_deadlock.go:11:13
./sync_mutex_deadlock.go:9:6: moved to heap: mu
./sync_mutex_deadlock.go:11:13: ... argument does not escape
./sync_mutex_deadlock.go:11:14: "locked once" escapes to heap
