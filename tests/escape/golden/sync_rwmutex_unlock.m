./sync_rwmutex_unlock.go:6:6: moved to heap: rw
