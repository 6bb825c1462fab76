./sync_unlock_unlocked.go:9:6: moved to heap: mu
./sync_unlock_unlocked.go:10:13: ... argument does not escape
./sync_unlock_unlocked.go:10:14: "about to unlock" escapes to heap
