./sync_unlock_unlocked.go:9:6: mu escapes to heap:
./sync_unlock_unlocked.go:9:6:   flow: {heap} = &mu:
./sync_unlock_unlocked.go:9:6:     from mu (address-of) at ./sync_unlock_unlocked.go:11:4
./sync_unlock_unlocked.go:9:6:     from (*sync.Mutex).Unlock(mu) (call parameter) at ./sync_unlock_unlocked.go:11:11
./sync_unlock_unlocked.go:10:14: "about to unlock" escapes to heap:
./sync_unlock_unlocked.go:10:14:   flow: {storage for ... argument} = &{storage for "about to unlock"}:
./sync_unlock_unlocked.go:10:14:     from "about to unlock" (spill) at ./sync_unlock_unlocked.go:10:14
./sync_unlock_unlocked.go:10:14:     from ... argument (slice-literal-element) at ./sync_unlock_unlocked.go:10:13
./sync_unlock_unlocked.go:10:14:   flow: {heap} = {storage for ... argument}:
./sync_unlock_unlocked.go:10:14:     from ... argument (spill) at ./sync_unlock_unlocked.go:10:13
./sync_unlock_unlocked.go:10:14:     from fmt.Println(... argument...) (call parameter) at ./sync_unlock_unlocked.go:10:13
./sync_unlock_unlocked.go:9:6: moved to heap: mu
./sync_unlock_unlocked.go:10:13: ... argument does not escape
./sync_unlock_unlocked.go:10:14: "about to unlock" escapes to heap
