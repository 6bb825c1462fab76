./sync_once_recursive_deadlock.go:10:6: once escapes to heap:
./sync_once_recursive_deadlock.go:10:6:   flow: {heap} = &once:
./sync_once_recursive_deadlock.go:10:6:     from once (address-of) at ./sync_once_recursive_deadlock.go:11:6
./sync_once_recursive_deadlock.go:10:6:     from (*sync.Once).Do(once, func literal) (call parameter) at ./sync_once_recursive_deadlock.go:11:9
./sync_once_recursive_deadlock.go:10:6: once escapes to heap:
./sync_once_recursive_deadlock.go:10:6:   flow: {heap} = &once:
./sync_once_recursive_deadlock.go:10:6:     from once (address-of) at ./sync_once_recursive_deadlock.go:13:7
./sync_once_recursive_deadlock.go:10:6:     from (*sync.Once).Do(once, func literal) (call parameter) at ./sync_once_recursive_deadlock.go:13:10
./sync_once_recursive_deadlock.go:10:6: main capturing by ref: once (addr=true assign=false width=12)
./sync_once_recursive_deadlock.go:13:32: "inner" escapes to heap:
./sync_once_recursive_deadlock.go:13:32:   flow: {storage for ... argument} = &{storage for "inner"}:
./sync_once_recursive_deadlock.go:13:32:     from "inner" (spill) at ./sync_once_recursive_deadlock.go:13:32
./sync_once_recursive_deadlock.go:13:32:     from ... argument (slice-literal-element) at ./sync_once_recursive_deadlock.go:13:31
./sync_once_recursive_deadlock.go:13:32:   flow: {heap} = {storage for ... argument}:
./sync_once_recursive_deadlock.go:13:32:     from ... argument (spill) at ./sync_once_recursive_deadlock.go:13:31
./sync_once_recursive_deadlock.go:13:32:     from fmt.Println(... argument...) (call parameter) at ./sync_once_recursive_deadlock.go:13:31
./sync_once_recursive_deadlock.go:12:15: "outer" escapes to heap:
./sync_once_recursive_deadlock.go:12:15:   flow: {storage for ... argument} = &{storage for "outer"}:
./sync_once_recursive_deadlock.go:12:15:     from "outer" (spill) at ./sync_once_recursive_deadlock.go:12:15
./sync_once_recursive_deadlock.go:12:15:     from ... argument (slice-literal-element) at ./sync_once_recursive_deadlock.go:12:14
./sync_once_recursive_deadlock.go:12:15:   flow: {heap} = {storage for ... argument}:
./sync_once_recursive_deadlock.go:12:15:     from ... argument (spill) at ./sync_once_recursive_deadlock.go:12:14
./sync_once_recursive_deadlock.go:12:15:     from fmt.Println(... argument...) (call parameter) at ./sync_once_recursive_deadlock.go:12:14
./sync_once_recursive_deadlock.go:10:6: moved to heap: once
./sync_once_recursive_deadlock.go:11:10: func literal does not escape
./sync_once_recursive_deadlock.go:12:14: ... argument does not escape
./sync_once_recursive_deadlock.go:12:15: "outer" escapes to heap
./sync_once_recursive_deadlock.go:13:11: func literal does not escape
./sync_once_recursive_deadlock.go:13:31: ... argument does not escape
./sync_once_recursive_deadlock.go:13:32: "inner" escapes to heap
