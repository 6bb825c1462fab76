./sync_rwmutex_unlock.go:6:6: rw escapes to heap:
./sync_rwmutex_unlock.go:6:6:   flow: {heap} = &rw:
./sync_rwmutex_unlock.go:6:6:     from rw (address-of) at ./sync_rwmutex_unlock.go:7:4
./sync_rwmutex_unlock.go:6:6:     from (*sync.RWMutex).RUnlock(rw) (call parameter) at ./sync_rwmutex_unlock.go:7:12
./sync_rwmutex_unlock.go:6:6: moved to heap: rw
