./prog_lru_cache.go:20:34: &LRU{...} escapes to heap
./prog_lru_cache.go:20:58: make(map[string]*entry) escapes to heap
./prog_lru_cache.go:22:7: c does not escape
./prog_lru_cache.go:22:22: leaking param content: e
./prog_lru_cache.go:36:7: leaking param content: c
./prog_lru_cache.go:36:25: leaking param: e
./prog_lru_cache.go:47:7: leaking param content: c
./prog_lru_cache.go:47:19: k does not escape
./prog_lru_cache.go:57:7: leaking param content: c
./prog_lru_cache.go:57:19: leaking param: k
./prog_lru_cache.go:57:22: leaking param: v
./prog_lru_cache.go:70:7: &entry{...} escapes to heap
./prog_lru_cache.go:75:7: leaking param content: c
./prog_lru_cache.go:88:13: ... argument does not escape
./prog_lru_cache.go:88:20: (*LRU).Keys(c) escapes to heap
./prog_lru_cache.go:90:13: ... argument does not escape
./prog_lru_cache.go:90:13: v escapes to heap
./prog_lru_cache.go:90:13: ok escapes to heap
./prog_lru_cache.go:90:27: (*LRU).Keys(c) escapes to heap
./prog_lru_cache.go:92:13: ... argument does not escape
./prog_lru_cache.go:92:20: (*LRU).Keys(c) escapes to heap
./prog_lru_cache.go:92:25: c.evict escapes to heap
./prog_lru_cache.go:94:13: ... argument does not escape
./prog_lru_cache.go:94:13: ok escapes to heap
./prog_lru_cache.go:97:13: ... argument does not escape
./prog_lru_cache.go:97:20: (*LRU).Keys(c) escapes to heap
./prog_lru_cache.go:97:25: c.evict escapes to heap
./prog_lru_cache.go:97:36: len(c.items) escapes to heap
./prog_lru_cache.go:99:13: ... argument does not escape
./prog_lru_cache.go:99:13: v escapes to heap
./prog_lru_cache.go:99:23: c.tail.key escapes to heap
./prog_lru_cache.go:99:35: c.head.key escapes to heap
