./sync_wg_deadlock.go:9:6: wg escapes to heap:
./sync_wg_deadlock.go:9:6:   flow: {heap} = &wg:
./sync_wg_deadlock.go:9:6:     from wg (address-of) at ./sync_wg_deadlock.go:10:4
./sync_wg_deadlock.go:9:6:     from (*sync.WaitGroup).Add(wg, 2) (call parameter) at ./sync_wg_deadlock.go:10:8
./sync_wg_deadlock.go:9:6: wg escapes to heap:
./sync_wg_deadlock.go:9:6:   flow: {heap} = &wg:
./sync_wg_deadlock.go:9:6:     from wg (address-of) at ./sync_wg_deadlock.go:11:4
./sync_wg_deadlock.go:9:6:     from (*sync.WaitGroup).Done(wg) (call parameter) at ./sync_wg_deadlock.go:11:9
./sync_wg_deadlock.go:9:6: wg escapes to heap:
./sync_wg_deadlock.go:9:6:   flow: {heap} = &wg:
./sync_wg_deadlock.go:9:6:     from wg (address-of) at ./sync_wg_deadlock.go:13:4
./sync_wg_deadlock.go:9:6:     from (*sync.WaitGroup).Wait(wg) (call parameter) at ./sync_wg_deadlock.go:13:9
./sync_wg_deadlock.go:12:14: "waiting" escapes to heap:
./sync_wg_deadlock.go:12:14:   flow: {storage for ... argument} = &{storage for "waiting"}:
./sync_wg_deadlock.go:12:14:     from "waiting" (spill) at ./sync_wg_deadlock.go:12:14
./sync_wg_deadlock.go:12:14:     from ... argument (slice-literal-element) at ./sync_wg_deadlock.go:12:13
./sync_wg_deadlock.go:12:14:   flow: {heap} = {storage for ... argument}:
./sync_wg_deadlock.go:12:14:     from ... argument (spill) at ./sync_wg_deadlock.go:12:13
./sync_wg_deadlock.go:12:14:     from fmt.Println(... argument...) (call parameter) at ./sync_wg_deadlock.go:12:13
./sync_wg_deadlock.go:9:6: moved to heap: wg
./sync_wg_deadlock.go:12:13: ... argument does not escape
./sync_wg_deadlock.go:12:14: "waiting" escapes to heap
