./sync_wg_deadlock.go:9:6: moved to heap: wg
./sync_wg_deadlock.go:12:13: ... argument does not escape
./sync_wg_deadlock.go:12:14: "waiting" escapes to heap
