./prog_lru_cache.go:20:34: &LRU{...} escapes to heap:
./prog_lru_cache.go:20:34:   flow: ~r0 = &{storage for &LRU{...}}:
./prog_lru_cache.go:20:34:     from &LRU{...} (spill) at ./prog_lru_cache.go:20:34
./prog_lru_cache.go:20:34:     from return &LRU{...} (return) at ./prog_lru_cache.go:20:27
./prog_lru_cache.go:20:58: make(map[string]*entry) escapes to heap:
./prog_lru_cache.go:20:58:   flow: {storage for &LRU{...}} = &{storage for make(map[string]*entry)}:
./prog_lru_cache.go:20:58:     from make(map[string]*entry) (spill) at ./prog_lru_cache.go:20:58
./prog_lru_cache.go:20:58:     from LRU{...} (struct literal element) at ./prog_lru_cache.go:20:38
./prog_lru_cache.go:20:34: &LRU{...} escapes to heap
./prog_lru_cache.go:20:58: make(map[string]*entry) escapes to heap
./prog_lru_cache.go:22:22: parameter e leaks to {heap} with derefs=1:
./prog_lru_cache.go:22:22:   flow: {heap} = *e:
./prog_lru_cache.go:22:22:     from e.next (dot of pointer) at ./prog_lru_cache.go:24:18
./prog_lru_cache.go:22:22:     from e.prev.next = e.next (assign) at ./prog_lru_cache.go:24:15
./prog_lru_cache.go:22:7: c does not escape
./prog_lru_cache.go:22:22: leaking param content: e
./prog_lru_cache.go:36:25: parameter e leaks to {heap} with derefs=0:
./prog_lru_cache.go:36:25:   flow: {heap} = e:
./prog_lru_cache.go:36:25:     from c.head.prev = e (assign) at ./prog_lru_cache.go:39:15
./prog_lru_cache.go:36:7: parameter c leaks to {heap} with derefs=1:
./prog_lru_cache.go:36:7:   flow: {heap} = *c:
./prog_lru_cache.go:36:7:     from c.head (dot of pointer) at ./prog_lru_cache.go:37:12
./prog_lru_cache.go:36:7:     from e.next = c.head (assign) at ./prog_lru_cache.go:37:9
./prog_lru_cache.go:36:7: leaking param content: c
./prog_lru_cache.go:36:25: leaking param: e
./prog_lru_cache.go:47:7: parameter c leaks to {heap} with derefs=1:
./prog_lru_cache.go:47:7:   flow: {heap} = *c:
./prog_lru_cache.go:47:7:     from (*LRU).pushFront(c, e) (call parameter) at ./prog_lru_cache.go:53:13
./prog_lru_cache.go:47:7: leaking param content: c
./prog_lru_cache.go:47:19: k does not escape
./prog_lru_cache.go:70:7: &entry{...} escapes to heap:
./prog_lru_cache.go:70:7:   flow: e = &{storage for &entry{...}}:
./prog_lru_cache.go:70:7:     from &entry{...} (spill) at ./prog_lru_cache.go:70:7
./prog_lru_cache.go:70:7:     from e := &entry{...} (assign) at ./prog_lru_cache.go:70:4
./prog_lru_cache.go:70:7:   flow: {heap} = e:
./prog_lru_cache.go:70:7:     from c.items[k] = e (assign) at ./prog_lru_cache.go:71:13
./prog_lru_cache.go:57:19: parameter k leaks to {heap} with derefs=0:
./prog_lru_cache.go:57:19:   flow: {heap} = k:
./prog_lru_cache.go:57:19:     from c.items[k] (key of map put) at ./prog_lru_cache.go:71:9
./prog_lru_cache.go:57:7: parameter c leaks to {heap} with derefs=1:
./prog_lru_cache.go:57:7:   flow: {heap} = *c:
./prog_lru_cache.go:57:7:     from (*LRU).pushFront(c, e) (call parameter) at ./prog_lru_cache.go:61:14
./prog_lru_cache.go:57:22: parameter v leaks to {heap} with derefs=0:
./prog_lru_cache.go:57:22:   flow: {heap} = v:
./prog_lru_cache.go:57:22:     from e.val = v (assign) at ./prog_lru_cache.go:59:9
./prog_lru_cache.go:57:22: parameter v leaks to {storage for &entry{...}} with derefs=0:
./prog_lru_cache.go:57:22:   flow: {storage for &entry{...}} = v:
./prog_lru_cache.go:57:22:     from entry{...} (struct literal element) at ./prog_lru_cache.go:70:13
./prog_lru_cache.go:57:19: parameter k leaks to {storage for &entry{...}} with derefs=0:
./prog_lru_cache.go:57:19:   flow: {storage for &entry{...}} = k:
./prog_lru_cache.go:57:19:     from entry{...} (struct literal element) at ./prog_lru_cache.go:70:13
./prog_lru_cache.go:57:7: leaking param content: c
./prog_lru_cache.go:57:19: leaking param: k
./prog_lru_cache.go:57:22: leaking param: v
./prog_lru_cache.go:70:7: &entry{...} escapes to heap
./prog_lru_cache.go:75:7: parameter c leaks to {heap} with derefs=2:
./prog_lru_cache.go:75:7:   flow: e = *c:
./prog_lru_cache.go:75:7:     from c.head (dot of pointer) at ./prog_lru_cache.go:77:12
./prog_lru_cache.go:75:7:     from e := c.head (assign) at ./prog_lru_cache.go:77:8
./prog_lru_cache.go:75:7:   flow: {heap} = *e:
./prog_lru_cache.go:75:7:     from e.key (dot of pointer) at ./prog_lru_cache.go:78:20
./prog_lru_cache.go:75:7:     from append(ks, e.key) (call parameter) at ./prog_lru_cache.go:78:14
./prog_lru_cache.go:75:7: leaking param content: c
./prog_lru_cache.go:99:35: c.head.key escapes to heap:
./prog_lru_cache.go:99:35:   flow: {storage for ... argument} = &{storage for c.head.key}:
./prog_lru_cache.go:99:35:     from c.head.key (spill) at ./prog_lru_cache.go:99:35
./prog_lru_cache.go:99:35:     from ... argument (slice-literal-element) at ./prog_lru_cache.go:99:13
./prog_lru_cache.go:99:35:   flow: {heap} = {storage for ... argument}:
./prog_lru_cache.go:99:35:     from ... argument (spill) at ./prog_lru_cache.go:99:13
./prog_lru_cache.go:99:35:     from fmt.Println(... argument...) (call parameter) at ./prog_lru_cache.go:99:13
./prog_lru_cache.go:99:23: c.tail.key escapes to heap:
./prog_lru_cache.go:99:23:   flow: {storage for ... argument} = &{storage for c.tail.key}:
./prog_lru_cache.go:99:23:     from c.tail.key (spill) at ./prog_lru_cache.go:99:23
./prog_lru_cache.go:99:23:     from ... argument (slice-literal-element) at ./prog_lru_cache.go:99:13
./prog_lru_cache.go:99:23:   flow: {heap} = {storage for ... argument}:
./prog_lru_cache.go:99:23:     from ... argument (spill) at ./prog_lru_cache.go:99:13
./prog_lru_cache.go:99:23:     from fmt.Println(... argument...) (call parameter) at ./prog_lru_cache.go:99:13
./prog_lru_cache.go:99:13: v escapes to heap:
./prog_lru_cache.go:99:13:   flow: {storage for ... argument} = &{storage for v}:
./prog_lru_cache.go:99:13:     from v (spill) at ./prog_lru_cache.go:99:13
./prog_lru_cache.go:99:13:     from ... argument (slice-literal-element) at ./prog_lru_cache.go:99:13
./prog_lru_cache.go:99:13:   flow: {heap} = {storage for ... argument}:
./prog_lru_cache.go:99:13:     from ... argument (spill) at ./prog_lru_cache.go:99:13
./prog_lru_cache.go:99:13:     from fmt.Println(... argument...) (call parameter) at ./prog_lru_cache.go:99:13
./prog_lru_cache.go:97:36: len(c.items) escapes to heap:
./prog_lru_cache.go:97:36:   flow: {storage for ... argument} = &{storage for len(c.items)}:
./prog_lru_cache.go:97:36:     from len(c.items) (spill) at ./prog_lru_cache.go:97:36
./prog_lru_cache.go:97:36:     from ... argument (slice-literal-element) at ./prog_lru_cache.go:97:13
./prog_lru_cache.go:97:36:   flow: {heap} = {storage for ... argument}:
./prog_lru_cache.go:97:36:     from ... argument (spill) at ./prog_lru_cache.go:97:13
./prog_lru_cache.go:97:36:     from fmt.Println(... argument...) (call parameter) at ./prog_lru_cache.go:97:13
./prog_lru_cache.go:97:25: c.evict escapes to heap:
./prog_lru_cache.go:97:25:   flow: {storage for ... argument} = &{storage for c.evict}:
./prog_lru_cache.go:97:25:     from c.evict (spill) at ./prog_lru_cache.go:97:25
./prog_lru_cache.go:97:25:     from ... argument (slice-literal-element) at ./prog_lru_cache.go:97:13
./prog_lru_cache.go:97:25:   flow: {heap} = {storage for ... argument}:
./prog_lru_cache.go:97:25:     from ... argument (spill) at ./prog_lru_cache.go:97:13
./prog_lru_cache.go:97:25:     from fmt.Println(... argument...) (call parameter) at ./prog_lru_cache.go:97:13
./prog_lru_cache.go:97:20: (*LRU).Keys(c) escapes to heap:
./prog_lru_cache.go:97:20:   flow: {storage for ... argument} = &{storage for (*LRU).Keys(c)}:
./prog_lru_cache.go:97:20:     from (*LRU).Keys(c) (spill) at ./prog_lru_cache.go:97:20
./prog_lru_cache.go:97:20:     from ... argument (slice-literal-element) at ./prog_lru_cache.go:97:13
./prog_lru_cache.go:97:20:   flow: {heap} = {storage for ... argument}:
./prog_lru_cache.go:97:20:     from ... argument (spill) at ./prog_lru_cache.go:97:13
./prog_lru_cache.go:97:20:     from fmt.Println(... argument...) (call parameter) at ./prog_lru_cache.go:97:13
./prog_lru_cache.go:94:13: ok escapes to heap:
./prog_lru_cache.go:94:13:   flow: {storage for ... argument} = &{storage for ok}:
./prog_lru_cache.go:94:13:     from ok (spill) at ./prog_lru_cache.go:94:13
./prog_lru_cache.go:94:13:     from ... argument (slice-literal-element) at ./prog_lru_cache.go:94:13
./prog_lru_cache.go:94:13:   flow: {heap} = {storage for ... argument}:
./prog_lru_cache.go:94:13:     from ... argument (spill) at ./prog_lru_cache.go:94:13
./prog_lru_cache.go:94:13:     from fmt.Println(... argument...) (call parameter) at ./prog_lru_cache.go:94:13
./prog_lru_cache.go:92:25: c.evict escapes to heap:
./prog_lru_cache.go:92:25:   flow: {storage for ... argument} = &{storage for c.evict}:
./prog_lru_cache.go:92:25:     from c.evict (spill) at ./prog_lru_cache.go:92:25
./prog_lru_cache.go:92:25:     from ... argument (slice-literal-element) at ./prog_lru_cache.go:92:13
./prog_lru_cache.go:92:25:   flow: {heap} = {storage for ... argument}:
./prog_lru_cache.go:92:25:     from ... argument (spill) at ./prog_lru_cache.go:92:13
./prog_lru_cache.go:92:25:     from fmt.Println(... argument...) (call parameter) at ./prog_lru_cache.go:92:13
./prog_lru_cache.go:92:20: (*LRU).Keys(c) escapes to heap:
./prog_lru_cache.go:92:20:   flow: {storage for ... argument} = &{storage for (*LRU).Keys(c)}:
./prog_lru_cache.go:92:20:     from (*LRU).Keys(c) (spill) at ./prog_lru_cache.go:92:20
./prog_lru_cache.go:92:20:     from ... argument (slice-literal-element) at ./prog_lru_cache.go:92:13
./prog_lru_cache.go:92:20:   flow: {heap} = {storage for ... argument}:
./prog_lru_cache.go:92:20:     from ... argument (spill) at ./prog_lru_cache.go:92:13
./prog_lru_cache.go:92:20:     from fmt.Println(... argument...) (call parameter) at ./prog_lru_cache.go:92:13
./prog_lru_cache.go:90:27: (*LRU).Keys(c) escapes to heap:
./prog_lru_cache.go:90:27:   flow: {storage for ... argument} = &{storage for (*LRU).Keys(c)}:
./prog_lru_cache.go:90:27:     from (*LRU).Keys(c) (spill) at ./prog_lru_cache.go:90:27
./prog_lru_cache.go:90:27:     from ... argument (slice-literal-element) at ./prog_lru_cache.go:90:13
./prog_lru_cache.go:90:27:   flow: {heap} = {storage for ... argument}:
./prog_lru_cache.go:90:27:     from ... argument (spill) at ./prog_lru_cache.go:90:13
./prog_lru_cache.go:90:27:     from fmt.Println(... argument...) (call parameter) at ./prog_lru_cache.go:90:13
./prog_lru_cache.go:90:13: ok escapes to heap:
./prog_lru_cache.go:90:13:   flow: {storage for ... argument} = &{storage for ok}:
./prog_lru_cache.go:90:13:     from ok (spill) at ./prog_lru_cache.go:90:13
./prog_lru_cache.go:90:13:     from ... argument (slice-literal-element) at ./prog_lru_cache.go:90:13
./prog_lru_cache.go:90:13:   flow: {heap} = {storage for ... argument}:
./prog_lru_cache.go:90:13:     from ... argument (spill) at ./prog_lru_cache.go:90:13
./prog_lru_cache.go:90:13:     from fmt.Println(... argument...) (call parameter) at ./prog_lru_cache.go:90:13
./prog_lru_cache.go:90:13: v escapes to heap:
./prog_lru_cache.go:90:13:   flow: {storage for ... argument} = &{storage for v}:
./prog_lru_cache.go:90:13:     from v (spill) at ./prog_lru_cache.go:90:13
./prog_lru_cache.go:90:13:     from ... argument (slice-literal-element) at ./prog_lru_cache.go:90:13
./prog_lru_cache.go:90:13:   flow: {heap} = {storage for ... argument}:
./prog_lru_cache.go:90:13:     from ... argument (spill) at ./prog_lru_cache.go:90:13
./prog_lru_cache.go:90:13:     from fmt.Println(... argument...) (call parameter) at ./prog_lru_cache.go:90:13
./prog_lru_cache.go:88:20: (*LRU).Keys(c) escapes to heap:
./prog_lru_cache.go:88:20:   flow: {storage for ... argument} = &{storage for (*LRU).Keys(c)}:
./prog_lru_cache.go:88:20:     from (*LRU).Keys(c) (spill) at ./prog_lru_cache.go:88:20
./prog_lru_cache.go:88:20:     from ... argument (slice-literal-element) at ./prog_lru_cache.go:88:13
./prog_lru_cache.go:88:20:   flow: {heap} = {storage for ... argument}:
./prog_lru_cache.go:88:20:     from ... argument (spill) at ./prog_lru_cache.go:88:13
./prog_lru_cache.go:88:20:     from fmt.Println(... argument...) (call parameter) at ./prog_lru_cache.go:88:13
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
